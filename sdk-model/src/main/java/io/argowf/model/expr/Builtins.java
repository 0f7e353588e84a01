package io.argowf.model.expr;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** expr-lang's builtin functions, with Go's semantics (string functions as in Go's strings package). */
final class Builtins {
  private static final Map<String, Fn> PLAIN = new HashMap<>();
  static final Set<String> PREDICATES = Set.of("all", "none", "any", "one", "filter", "map", "find", "findIndex",
      "findLast", "findLastIndex", "count", "sum", "groupBy", "sortBy", "reduce");

  static {
    PLAIN.put("len", a -> len(a.get(0)));
    PLAIN.put("type", a -> Values.type(a.get(0)));
    PLAIN.put("abs", a -> a.get(0) instanceof Long l ? (Object) Math.abs(l) : (Object) Math.abs(num(a.get(0))));
    PLAIN.put("ceil", a -> Math.ceil(num(a.get(0))));
    PLAIN.put("floor", a -> Math.floor(num(a.get(0))));
    PLAIN.put("round", a -> goRound(num(a.get(0))));
    PLAIN.put("int", a -> toInt(a.get(0)));
    PLAIN.put("float", a -> toFloat(a.get(0)));
    PLAIN.put("string", a -> GoFormat.value(a.get(0)));
    PLAIN.put("trim", a -> a.size() > 1 ? GoStrings.trim(str(a.get(0)), str(a.get(1))) : GoStrings.trimSpace(str(a.get(0))));
    PLAIN.put("trimPrefix", a -> GoStrings.trimPrefix(str(a.get(0)), a.size() > 1 ? str(a.get(1)) : " "));
    PLAIN.put("trimSuffix", a -> GoStrings.trimSuffix(str(a.get(0)), a.size() > 1 ? str(a.get(1)) : " "));
    PLAIN.put("upper", a -> str(a.get(0)).toUpperCase(java.util.Locale.ROOT));
    PLAIN.put("lower", a -> str(a.get(0)).toLowerCase(java.util.Locale.ROOT));
    PLAIN.put("split", a -> new ArrayList<Object>(GoStrings.split(str(a.get(0)), str(a.get(1)), a.size() > 2 ? (int) Values.toLong(a.get(2)) : -1, false)));
    PLAIN.put("splitAfter", a -> new ArrayList<Object>(GoStrings.split(str(a.get(0)), str(a.get(1)), a.size() > 2 ? (int) Values.toLong(a.get(2)) : -1, true)));
    PLAIN.put("replace", a -> str(a.get(0)).replace(str(a.get(1)), str(a.get(2))));
    PLAIN.put("repeat", a -> str(a.get(0)).repeat((int) nonNegative(a.get(1))));
    PLAIN.put("join", a -> join(list(a.get(0)), a.size() > 1 ? str(a.get(1)) : ""));
    PLAIN.put("indexOf", a -> GoStrings.byteIndex(str(a.get(0)), str(a.get(0)).indexOf(str(a.get(1)))));
    PLAIN.put("lastIndexOf", a -> GoStrings.byteIndex(str(a.get(0)), str(a.get(0)).lastIndexOf(str(a.get(1)))));
    PLAIN.put("hasPrefix", a -> str(a.get(0)).startsWith(str(a.get(1))));
    PLAIN.put("hasSuffix", a -> str(a.get(0)).endsWith(str(a.get(1))));
    PLAIN.put("max", a -> extreme(spread(a), 1));
    PLAIN.put("min", a -> extreme(spread(a), -1));
    PLAIN.put("mean", Builtins::mean);
    PLAIN.put("median", Builtins::median);
    PLAIN.put("toJSON", a -> GoJson.write(a.get(0), "  "));
    PLAIN.put("fromJSON", a -> GoJson.read(str(a.get(0))));
    PLAIN.put("toBase64", a -> Base64.getEncoder().encodeToString(str(a.get(0)).getBytes(StandardCharsets.UTF_8)));
    PLAIN.put("fromBase64", a -> new String(Base64.getDecoder().decode(str(a.get(0))), StandardCharsets.UTF_8));
    PLAIN.put("now", a -> ZonedDateTime.now());
    PLAIN.put("duration", a -> GoTime.parseDuration(str(a.get(0))));
    PLAIN.put("date", Builtins::date);
    PLAIN.put("first", a -> list(a.get(0)).isEmpty() ? null : list(a.get(0)).get(0));
    PLAIN.put("last", a -> list(a.get(0)).isEmpty() ? null : list(a.get(0)).get(list(a.get(0)).size() - 1));
    PLAIN.put("get", a -> get(a.get(0), a.get(1)));
    PLAIN.put("keys", a -> new ArrayList<Object>(map(a.get(0)).keySet()));
    PLAIN.put("values", a -> new ArrayList<Object>(map(a.get(0)).values()));
    PLAIN.put("toPairs", a -> toPairs(map(a.get(0))));
    PLAIN.put("fromPairs", a -> fromPairs(list(a.get(0))));
    PLAIN.put("sort", a -> sort(list(a.get(0)), a.size() > 1 ? str(a.get(1)) : "asc"));
    PLAIN.put("flatten", a -> flatten(list(a.get(0)), new ArrayList<>()));
    PLAIN.put("uniq", Builtins::uniq);
    PLAIN.put("concat", Builtins::concat);
    PLAIN.put("bitand", a -> integer(a.get(0)) & integer(a.get(1)));
    PLAIN.put("bitor", a -> integer(a.get(0)) | integer(a.get(1)));
    PLAIN.put("bitxor", a -> integer(a.get(0)) ^ integer(a.get(1)));
    PLAIN.put("bitnand", a -> integer(a.get(0)) & ~integer(a.get(1)));
    PLAIN.put("bitnot", a -> ~integer(a.get(0)));
    PLAIN.put("bitshl", a -> integer(a.get(0)) << integer(a.get(1)));
    PLAIN.put("bitshr", a -> integer(a.get(0)) >> integer(a.get(1)));
    PLAIN.put("bitushr", a -> integer(a.get(0)) >>> integer(a.get(1)));
  }

  /** Every builtin's name: a call of one of these is expr's builtin even when the environment has the name. */
  static final Set<String> NAMES = names();

  private Builtins() {}

  private static Set<String> names() {
    java.util.TreeSet<String> all = new java.util.TreeSet<>(PLAIN.keySet());
    all.addAll(PREDICATES);
    return java.util.Collections.unmodifiableSet(all);
  }

  static Object call(Evaluator ev, Node.Builtin b) {
    if (PREDICATES.contains(b.name())) return Predicates.call(ev, b);
    List<Object> args = new ArrayList<>(b.arguments().size());
    for (Node a : b.arguments()) args.add(ev.eval(a));
    try {
      return Values.normalize(PLAIN.get(b.name()).call(args));
    } catch (ExpressionException e) {
      throw e;
    } catch (ClassCastException e) {
      throw ev.fail(b, "invalid argument for " + b.name() + " (" + Evaluator.types(args) + ")");
    } catch (IndexOutOfBoundsException e) {
      throw ev.fail(b, b.name() + " needs more arguments (" + args.size() + " given)");
    } catch (RuntimeException e) {
      throw ev.fail(b, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  // ---- argument helpers

  static String str(Object v) {
    if (v instanceof String s) return s;
    throw new IllegalArgumentException("expected a string, got " + Values.type(v) + " (" + GoFormat.value(v) + ")");
  }

  static double num(Object v) {
    if (Values.isNumber(v)) return Values.toDouble(v);
    throw new IllegalArgumentException("expected a number, got " + Values.type(v) + " (" + GoFormat.value(v) + ")");
  }

  static long integer(Object v) {
    if (v instanceof Long l) return l;
    throw new IllegalArgumentException("expected an int, got " + Values.type(v) + " (" + GoFormat.value(v) + ")");
  }

  private static long nonNegative(Object v) {
    long n = integer(v);
    if (n < 0) throw new IllegalArgumentException("negative repeat count " + n);
    return n;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object v) {
    if (v instanceof List<?> l) return (List<Object>) l;
    throw new IllegalArgumentException("expected an array, got " + Values.type(v) + " (" + GoFormat.value(v) + ")");
  }

  @SuppressWarnings("unchecked")
  static Map<Object, Object> map(Object v) {
    if (v instanceof Map<?, ?> m) return (Map<Object, Object>) m;
    throw new IllegalArgumentException("expected a map, got " + Values.type(v) + " (" + GoFormat.value(v) + ")");
  }

  // ---- implementations

  private static Object len(Object v) {
    if (v instanceof String s) return (long) s.codePointCount(0, s.length());
    if (v instanceof List<?> l) return (long) l.size();
    if (v instanceof Map<?, ?> m) return (long) m.size();
    throw new IllegalArgumentException("invalid argument for len (type " + Values.type(v) + ")");
  }

  /** Go's math.Round: halves away from zero. */
  static double goRound(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) return d;
    return Math.copySign(Math.floor(Math.abs(d) + 0.5), d);
  }

  static Object toInt(Object v) {
    if (v instanceof Long) return v;
    if (v instanceof Double d) return Values.toLong(d);
    if (v instanceof String s) {
      try {
        return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("invalid operation: int(\"" + s + "\"): not an integer");
      }
    }
    throw new IllegalArgumentException("invalid operation: int(" + Values.type(v) + ")");
  }

  static Object toFloat(Object v) {
    if (Values.isNumber(v)) return Values.toDouble(v);
    if (v instanceof String s) {
      Double d = GoStrings.parseFloat(s);
      if (d == null) throw new IllegalArgumentException("invalid operation: float(\"" + s + "\"): not a number");
      return d;
    }
    throw new IllegalArgumentException("invalid operation: float(" + Values.type(v) + ")");
  }

  private static String join(List<Object> items, String sep) {
    List<String> parts = new ArrayList<>(items.size());
    for (Object o : items) parts.add(GoFormat.value(o));
    return String.join(sep, parts);
  }

  private static List<Object> spread(List<Object> args) {
    if (args.size() == 1 && args.get(0) instanceof List<?> l) return list(l);
    return args;
  }

  private static Object extreme(List<Object> items, int sign) {
    if (items.isEmpty()) throw new IllegalArgumentException("not enough arguments");
    Object best = null;
    for (Object o : items) {
      num(o);
      if (best == null || sign * Operators.compareValues("max", o, best) > 0) best = o;
    }
    return best;
  }

  private static Object mean(List<Object> args) {
    List<Object> items = spread(args);
    if (items.isEmpty()) return 0.0;
    double sum = 0;
    for (Object o : items) sum += num(o);
    return sum / items.size();
  }

  private static Object median(List<Object> args) {
    List<Object> items = new ArrayList<>(spread(args));
    if (items.isEmpty()) return 0.0;
    for (Object o : items) num(o);
    items.sort(Comparator.comparingDouble(Values::toDouble));
    int n = items.size();
    return n % 2 == 1 ? Values.toDouble(items.get(n / 2)) : (Values.toDouble(items.get(n / 2 - 1)) + Values.toDouble(items.get(n / 2))) / 2;
  }

  private static Object date(List<Object> a) {
    Object v = a.get(0);
    if (v instanceof ZonedDateTime) return v;
    String text = str(v);
    ZoneId zone = a.size() > 2 ? GoTime.zone(str(a.get(2))) : java.time.ZoneOffset.UTC;
    if (a.size() > 1) return GoTime.parse(text, str(a.get(1)), zone);
    return GoTime.parseAny(text, zone);
  }

  private static Object get(Object from, Object key) {
    if (from instanceof Map<?, ?> m) return m.get(key);
    if (from instanceof List<?> l && key instanceof Long i) {
      long at = i < 0 ? l.size() + i : i;
      return at < 0 || at >= l.size() ? null : l.get((int) at);
    }
    return null;
  }

  private static List<Object> toPairs(Map<Object, Object> m) {
    List<Object> out = new ArrayList<>();
    for (Map.Entry<Object, Object> e : m.entrySet()) out.add(java.util.Arrays.asList(e.getKey(), e.getValue()));
    return out;
  }

  private static Map<Object, Object> fromPairs(List<Object> pairs) {
    Map<Object, Object> out = new LinkedHashMap<>();
    for (Object p : pairs) {
      List<Object> pair = list(p);
      if (pair.size() != 2) throw new IllegalArgumentException("fromPairs needs pairs [key, value], got " + GoFormat.value(p));
      out.put(pair.get(0), pair.get(1));
    }
    return out;
  }

  static List<Object> sort(List<Object> items, String order) {
    if (!order.equals("asc") && !order.equals("desc")) throw new IllegalArgumentException("unknown order " + order + "; use asc or desc");
    List<Object> out = new ArrayList<>(items);
    out.sort((x, y) -> Operators.compareValues("sort", x, y));
    if (order.equals("desc")) java.util.Collections.reverse(out);
    return out;
  }

  private static List<Object> flatten(List<Object> items, List<Object> out) {
    for (Object o : items) {
      if (o instanceof List<?> l) flatten(list(l), out);
      else out.add(o);
    }
    return out;
  }

  private static Object uniq(List<Object> a) {
    List<Object> out = new ArrayList<>();
    for (Object o : list(a.get(0))) {
      boolean seen = false;
      for (Object p : out) seen |= Values.deepEqual(o, p);
      if (!seen) out.add(o);
    }
    return out;
  }

  private static Object concat(List<Object> a) {
    List<Object> out = new ArrayList<>();
    for (Object o : a) out.addAll(list(o));
    return out;
  }
}
