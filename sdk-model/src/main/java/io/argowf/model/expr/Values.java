package io.argowf.model.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The value model shared by both languages, as Go sees it: {@code null} (nil), {@link Boolean}, {@link Long} (Go's
 * int: 64 bits, wrapping on overflow), {@link Double} (float64), {@link String}, {@link List}, {@link Map},
 * {@link ZonedDateTime} (time.Time), {@link Duration} (time.Duration) and functions.
 */
final class Values {
  private Values() {}

  /** A Java value from the environment in the model's terms: Integer becomes Long, Float and BigDecimal Double. */
  static Object normalize(Object v) {
    if (v == null || v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean
        || v instanceof List || v instanceof Map || v instanceof Fn || v instanceof ZonedDateTime || v instanceof Duration) {
      return v;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) return ((Number) v).longValue();
    if (v instanceof Float) return Double.parseDouble(v.toString());
    if (v instanceof BigInteger b) return b.bitLength() < 64 ? (Object) b.longValue() : (Object) b.doubleValue();
    if (v instanceof BigDecimal d) return d.doubleValue();
    if (v instanceof Number n) return n.doubleValue();
    if (v instanceof Character c) return c.toString();
    if (v instanceof CharSequence c) return c.toString();
    if (v instanceof Collection<?> c) return new ArrayList<>(c);
    if (v instanceof Object[] a) return Arrays.asList(a);
    if (v instanceof Instant t) return t.atZone(ZoneOffset.UTC);
    if (v instanceof OffsetDateTime t) return t.toZonedDateTime();
    if (v instanceof Optional<?> o) return normalize(o.orElse(null));
    throw new IllegalArgumentException("values of type " + v.getClass().getName()
        + " are not supported; use String, Long, Double, Boolean, List, Map or null");
  }

  static String type(Object v) {
    if (v == null) return "nil";
    if (v instanceof Boolean) return "bool";
    if (v instanceof Long) return "int";
    if (v instanceof Double) return "float";
    if (v instanceof String) return "string";
    if (v instanceof List) return "array";
    if (v instanceof Map) return "map";
    if (v instanceof Fn) return "func";
    if (v instanceof ZonedDateTime) return "time.Time";
    if (v instanceof Duration) return "time.Duration";
    return v.getClass().getSimpleName();
  }

  static boolean isNumber(Object v) {
    return v instanceof Long || v instanceof Double;
  }

  static boolean isInteger(Object v) {
    return v instanceof Long;
  }

  static double toDouble(Object v) {
    return ((Number) v).doubleValue();
  }

  /** Go's int(x) of a number: floats truncate toward zero. */
  static long toLong(Object v) {
    if (v instanceof Long l) return l;
    double d = (Double) v;
    if (Double.isNaN(d)) return Long.MIN_VALUE;
    return (long) d;
  }

  /** expr's == : numbers compare by value across int and float; everything else as Go's reflect.DeepEqual. */
  static boolean equal(Object a, Object b) {
    if (isNumber(a) && isNumber(b)) {
      if (a instanceof Long x && b instanceof Long y) return x.longValue() == y.longValue();
      return toDouble(a) == toDouble(b);
    }
    return deepEqual(a, b);
  }

  /** Go's reflect.DeepEqual over the model: types must match exactly (1 and 1.0 differ inside lists). */
  static boolean deepEqual(Object a, Object b) {
    if (a == null || b == null) return a == b;
    if (a instanceof Double x && b instanceof Double y) return x.doubleValue() == y.doubleValue();
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) return false;
      Iterator<?> i = x.iterator();
      Iterator<?> j = y.iterator();
      while (i.hasNext()) {
        if (!deepEqual(normalize(i.next()), normalize(j.next()))) return false;
      }
      return true;
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      if (x.size() != y.size()) return false;
      for (Map.Entry<?, ?> e : x.entrySet()) {
        if (!y.containsKey(e.getKey()) || !deepEqual(normalize(e.getValue()), normalize(y.get(e.getKey())))) return false;
      }
      return true;
    }
    if (a instanceof ZonedDateTime x && b instanceof ZonedDateTime y) return x.toInstant().equals(y.toInstant());
    return a.getClass() == b.getClass() && Objects.equals(a, b);
  }

  /** sprig's and Argo's "empty": nil, false, 0, "", and empty lists and maps. */
  static boolean isEmpty(Object v) {
    if (v == null) return true;
    if (v instanceof Boolean b) return !b;
    if (v instanceof Long l) return l == 0;
    if (v instanceof Double d) return d == 0;
    if (v instanceof String s) return s.isEmpty();
    if (v instanceof List<?> l) return l.isEmpty();
    if (v instanceof Map<?, ?> m) return m.isEmpty();
    if (v instanceof Duration d) return d.isZero();
    return false;
  }
}
