package io.argowf.model.expr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON as Go's encoding/json writes and reads it: map keys sorted, {@code <>&} escaped, floats in Go's form, and
 * every number read back as a float64 (so {@code fromJSON("1")} is {@code 1.0}, printed {@code 1}).
 */
final class GoJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private GoJson() {}

  /** json.Marshal(v) (indent "") or json.MarshalIndent(v, "", indent). */
  static String write(Object v, String indent) {
    StringBuilder b = new StringBuilder();
    write(b, Values.normalize(v), indent, "");
    return b.toString();
  }

  private static void write(StringBuilder b, Object v, String indent, String current) {
    if (v == null) {
      b.append("null");
    } else if (v instanceof Boolean || v instanceof Long) {
      b.append(v);
    } else if (v instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) throw new IllegalArgumentException("json: unsupported value: " + GoFormat.floatG(d));
      b.append(GoFormat.floatJson(d));
    } else if (v instanceof String s) {
      string(b, s);
    } else if (v instanceof List<?> l) {
      list(b, l, indent, current);
    } else if (v instanceof Map<?, ?> m) {
      map(b, m, indent, current);
    } else if (v instanceof Duration d) {
      b.append(d.toNanos());
    } else if (v instanceof ZonedDateTime t) {
      string(b, t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } else {
      throw new IllegalArgumentException("json: unsupported type: " + Values.type(v));
    }
  }

  private static void list(StringBuilder b, List<?> l, String indent, String current) {
    if (l.isEmpty()) {
      b.append("[]");
      return;
    }
    String inner = current + indent;
    b.append('[');
    boolean first = true;
    for (Object o : l) {
      if (!first) b.append(',');
      first = false;
      newline(b, indent, inner);
      write(b, Values.normalize(o), indent, inner);
    }
    newline(b, indent, current);
    b.append(']');
  }

  private static void map(StringBuilder b, Map<?, ?> m, String indent, String current) {
    if (m.isEmpty()) {
      b.append("{}");
      return;
    }
    String inner = current + indent;
    b.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : sorted(m)) {
      if (!first) b.append(',');
      first = false;
      newline(b, indent, inner);
      string(b, String.valueOf(e.getKey()));
      b.append(indent.isEmpty() ? ":" : ": ");
      write(b, Values.normalize(e.getValue()), indent, inner);
    }
    newline(b, indent, current);
    b.append('}');
  }

  private static void newline(StringBuilder b, String indent, String current) {
    if (!indent.isEmpty()) b.append('\n').append(current);
  }

  /** A map's entries by key, as Go's fmt and encoding/json order them. */
  static List<Map.Entry<?, ?>> sorted(Map<?, ?> m) {
    List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
    entries.sort(Comparator.comparing(e -> String.valueOf(e.getKey())));
    return entries;
  }

  private static void string(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            b.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15]).append(HEX[c & 15]);
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }

  /** json.Unmarshal into interface{}: objects become maps, arrays lists, every number a float64. */
  static Object read(String text) {
    if (text.isBlank()) throw new IllegalArgumentException("not valid JSON: unexpected end of JSON input");
    try {
      return value(MAPPER.readTree(text));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static Object value(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) return null;
    if (n.isBoolean()) return n.booleanValue();
    if (n.isNumber()) return n.doubleValue();
    if (n.isTextual()) return n.textValue();
    if (n.isArray()) {
      List<Object> l = new ArrayList<>(n.size());
      for (JsonNode c : n) l.add(value(c));
      return l;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      m.put(e.getKey(), value(e.getValue()));
    }
    return m;
  }
}
