package io.argowf.dsl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.model.workflow.Item;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Java values as the JSON Argo expects, the same on every run: maps and sets whose order Java does not define
 * ({@code Map.of}, {@code HashMap}, {@code Set.of}, ...) in sorted order, ordered ones ({@code LinkedHashMap},
 * {@code TreeMap}, lists) in theirs; records as objects of their components; numbers as Go writes them.
 */
public final class JsonValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonValues() {}

  /** A parameter value: a string stays itself, a number is written as Go writes it, anything else as compact JSON. */
  public static String text(Object value) {
    if (value instanceof CharSequence s) return s.toString();
    if (value instanceof Number n) return GoNumbers.format(n);
    JsonNode node = tree(value);
    if (node.isTextual()) return node.textValue();
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  /** Compact JSON, numbers as Go writes them (Jackson would write {@code 1E+21}). */
  private static void write(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      out.append('{');
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        out.append(NODES.textNode(f.getKey())).append(':');
        write(f.getValue(), out);
        if (fields.hasNext()) out.append(',');
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) out.append(',');
        write(node.get(i), out);
      }
      out.append(']');
    } else if (node.isNumber()) {
      out.append(GoNumbers.format(node.numberValue()));
    } else {
      out.append(node);
    }
  }

  /** {@code withItems} elements, sorted when the collection has no order of its own ({@code Set.of}). */
  public static List<Item> items(Collection<?> values) {
    List<Item> items = new ArrayList<>();
    array(values).forEach(n -> items.add(Item.of(n)));
    return items;
  }

  /** The JSON tree of a Java value. */
  public static JsonNode tree(Object value) {
    if (value == null) return NODES.nullNode();
    if (value instanceof JsonNode n) return n;
    if (value instanceof Item i) return i.value();
    if (value instanceof CharSequence s) return NODES.textNode(s.toString());
    if (value instanceof Boolean b) return NODES.booleanNode(b);
    if (value instanceof Number n) return number(n);
    if (value instanceof Enum<?> e) return NODES.textNode(e.toString());
    if (value instanceof Optional<?> o) return tree(o.orElse(null));
    if (value instanceof Map<?, ?> m) return object(m);
    if (value instanceof Collection<?> c) return array(c);
    if (value.getClass().isArray()) return array(arrayElements(value));
    if (value instanceof Record r) return record(r);
    return modelTree(value);
  }

  /** The node Jackson itself would make (so items equal the model's {@code Item.of}); written out as Go writes it. */
  private static JsonNode number(Number n) {
    GoNumbers.format(n);   // refuses NaN and infinities
    if (n instanceof Integer || n instanceof Short || n instanceof Byte) return NODES.numberNode(n.intValue());
    if (n instanceof Long l) return NODES.numberNode(l);
    if (n instanceof BigInteger b) return NODES.numberNode(b);
    if (n instanceof BigDecimal d) return NODES.numberNode(d);
    if (n instanceof Float f) return NODES.numberNode(f);
    return NODES.numberNode(n.doubleValue());
  }

  /** A copy of a map in a defined order: its own when it has one, sorted by key otherwise. */
  public static <K, V> Map<K, V> ordered(Map<K, V> map) {
    if (map == null || isOrdered(map)) return map;
    Map<K, V> sorted = new TreeMap<>(Comparator.comparing(String::valueOf));
    sorted.putAll(map);
    return new LinkedHashMap<>(sorted);
  }

  private static boolean isOrdered(Object container) {
    return container instanceof SortedMap || container instanceof SortedSet || container instanceof LinkedHashMap
        || container instanceof LinkedHashSet || container instanceof List;
  }

  private static ObjectNode object(Map<?, ?> map) {
    ObjectNode o = NODES.objectNode();
    ordered(map).forEach((k, v) -> o.set(String.valueOf(k), tree(v)));
    return o;
  }

  private static ArrayNode array(Collection<?> values) {
    ArrayNode a = NODES.arrayNode();
    List<JsonNode> nodes = new ArrayList<>();
    values.forEach(v -> nodes.add(tree(v)));
    if (!isOrdered(values) && !(values instanceof java.util.Queue)) nodes.sort(Comparator.comparing(JsonNode::toString));
    a.addAll(nodes);
    return a;
  }

  private static List<Object> arrayElements(Object array) {
    List<Object> all = new ArrayList<>();
    for (int i = 0; i < Array.getLength(array); i++) all.add(Array.get(array, i));
    return all;
  }

  private static ObjectNode record(Record r) {
    ObjectNode o = NODES.objectNode();
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      try {
        c.getAccessor().setAccessible(true);
        o.set(c.getName(), tree(c.getAccessor().invoke(r)));
      } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
        throw new IllegalArgumentException("cannot read component '" + c.getName() + "' of " + r.getClass().getName()
            + " to write it as JSON: " + e.getMessage(), e);
      }
    }
    return o;
  }

  private static JsonNode modelTree(Object value) {
    JsonNode viaModel = Item.of(value).value();
    if (viaModel.isObject() && viaModel.isEmpty() && !value.getClass().getName().startsWith("io.argowf.model.")) {
      throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON; expected a string, "
          + "number, boolean, map, collection, array, record or model object");
    }
    return viaModel;
  }

  /** Numbers as Go's {@code encoding/json} writes them. */
  static final class GoNumbers {
    private GoNumbers() {}

    static String format(Number n) {
      if (n instanceof Double || n instanceof Float) return floating(n);
      if (n instanceof BigDecimal d) return decimal(d.stripTrailingZeros());
      if (n instanceof BigInteger || n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) return n.toString();
      return floating(n.doubleValue());
    }

    private static String floating(Number n) {
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException(n + " has no JSON form (Argo, like Go, refuses NaN and infinities)");
      }
      if (d == 0) return (1 / d < 0) ? "-0" : "0";
      return decimal(new BigDecimal(n instanceof Float f ? Float.toString(f) : Double.toString(d)).stripTrailingZeros());
    }

    /** Go's choice: plain digits, or the exponent form below 1e-6 and from 1e21. */
    private static String decimal(BigDecimal exact) {
      if (exact.signum() == 0) return "0";
      BigDecimal abs = exact.abs();
      if (abs.compareTo(new BigDecimal("1e-6")) < 0 || abs.compareTo(new BigDecimal("1e21")) >= 0) return exponent(exact);
      return exact.scale() <= 0 ? exact.toBigInteger().toString() : exact.toPlainString();
    }

    /** Go's shortest {@code 'e'} form with the exponent's leading zero dropped: 1e+21, 1.5e-7. */
    private static String exponent(BigDecimal exact) {
      String digits = exact.unscaledValue().abs().toString();
      int exp = digits.length() - 1 - exact.scale();
      String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      return (exact.signum() < 0 ? "-" : "") + mantissa + "e" + (exp < 0 ? "-" : "+") + Math.abs(exp);
    }
  }
}
