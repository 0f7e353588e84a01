package io.argowf.model.expr;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * expr's binary operators with Go's number rules: int op int stays int (wrapping on overflow) except {@code /},
 * {@code **} and {@code ^}, which give floats; mixing int and float gives float; {@code %} takes ints only.
 */
final class Operators {
  private Operators() {}

  static Object binary(Evaluator ev, Node.Binary b) {
    String op = b.operator();
    switch (op) {
      case "&&", "and" -> {
        if (!ev.bool(b.left(), ev.eval(b.left()), "'" + op + "'")) return false;
        return ev.bool(b.right(), ev.eval(b.right()), "'" + op + "'");
      }
      case "||", "or" -> {
        if (ev.bool(b.left(), ev.eval(b.left()), "'" + op + "'")) return true;
        return ev.bool(b.right(), ev.eval(b.right()), "'" + op + "'");
      }
      case "??" -> {
        Object l = ev.lenient(b.left());
        return l != null ? l : ev.eval(b.right());
      }
      default -> {
        Object l = ev.eval(b.left());
        Object r = ev.eval(b.right());
        try {
          return apply(op, l, r);
        } catch (IllegalArgumentException | ArithmeticException e) {
          throw ev.fail(b, e.getMessage());
        }
      }
    }
  }

  static Object apply(String op, Object l, Object r) {
    return switch (op) {
      case "==" -> Values.equal(l, r);
      case "!=" -> !Values.equal(l, r);
      case "<", ">", "<=", ">=" -> compare(op, l, r);
      case "+" -> plus(l, r);
      case "-" -> minus(l, r);
      case "*" -> times(l, r);
      case "/" -> {
        numbers(op, l, r);
        yield Values.toDouble(l) / Values.toDouble(r);
      }
      case "%" -> {
        if (!(l instanceof Long a) || !(r instanceof Long c)) throw mismatched(op, l, r);
        if (c == 0) throw new ArithmeticException("integer divide by zero");
        yield a % c;
      }
      case "**", "^" -> {
        numbers(op, l, r);
        yield Math.pow(Values.toDouble(l), Values.toDouble(r));
      }
      case "in" -> in(l, r);
      case "matches" -> Evaluator.pattern(strings(op, l, r)[1]).matcher((String) l).find();
      case "contains" -> strings(op, l, r)[0].contains((String) r);
      case "startsWith" -> strings(op, l, r)[0].startsWith((String) r);
      case "endsWith" -> strings(op, l, r)[0].endsWith((String) r);
      case ".." -> range(l, r);
      default -> throw new IllegalArgumentException("unknown operator " + op);
    };
  }

  private static IllegalArgumentException mismatched(String op, Object l, Object r) {
    return new IllegalArgumentException("invalid operation: " + Values.type(l) + " " + op + " " + Values.type(r)
        + " (mismatched types " + Values.type(l) + " and " + Values.type(r) + ")");
  }

  private static void numbers(String op, Object l, Object r) {
    if (!Values.isNumber(l) || !Values.isNumber(r)) throw mismatched(op, l, r);
  }

  private static String[] strings(String op, Object l, Object r) {
    if (!(l instanceof String a) || !(r instanceof String c)) throw mismatched(op, l, r);
    return new String[] {a, c};
  }

  private static Object plus(Object l, Object r) {
    if (l instanceof Long a && r instanceof Long c) return a + c;
    if (Values.isNumber(l) && Values.isNumber(r)) return Values.toDouble(l) + Values.toDouble(r);
    if (l instanceof String a && r instanceof String c) return a + c;
    if (l instanceof Duration a && r instanceof Duration c) return a.plus(c);
    if (l instanceof ZonedDateTime t && r instanceof Duration d) return t.plus(d);
    if (l instanceof Duration d && r instanceof ZonedDateTime t) return t.plus(d);
    if (l instanceof List<?> a && r instanceof List<?> c) {
      List<Object> out = new ArrayList<>(a);
      out.addAll(c);
      return out;
    }
    throw mismatched("+", l, r);
  }

  private static Object minus(Object l, Object r) {
    if (l instanceof Long a && r instanceof Long c) return a - c;
    if (Values.isNumber(l) && Values.isNumber(r)) return Values.toDouble(l) - Values.toDouble(r);
    if (l instanceof ZonedDateTime a && r instanceof ZonedDateTime c) return Duration.between(c.toInstant(), a.toInstant());
    if (l instanceof ZonedDateTime t && r instanceof Duration d) return t.minus(d);
    if (l instanceof Duration a && r instanceof Duration c) return a.minus(c);
    throw mismatched("-", l, r);
  }

  private static Object times(Object l, Object r) {
    if (l instanceof Long a && r instanceof Long c) return a * c;
    if (Values.isNumber(l) && Values.isNumber(r)) return Values.toDouble(l) * Values.toDouble(r);
    if (l instanceof Duration d && r instanceof Long n) return d.multipliedBy(n);
    if (l instanceof Long n && r instanceof Duration d) return d.multipliedBy(n);
    throw mismatched("*", l, r);
  }

  static int compareValues(String op, Object l, Object r) {
    if (l instanceof Long a && r instanceof Long c) return Long.compare(a, c);
    if (Values.isNumber(l) && Values.isNumber(r)) return Double.compare(Values.toDouble(l), Values.toDouble(r));
    if (l instanceof String a && r instanceof String c) return Integer.signum(a.compareTo(c));
    if (l instanceof ZonedDateTime a && r instanceof ZonedDateTime c) return a.toInstant().compareTo(c.toInstant());
    if (l instanceof Duration a && r instanceof Duration c) return a.compareTo(c);
    throw mismatched(op, l, r);
  }

  private static boolean compare(String op, Object l, Object r) {
    if (l instanceof Double a && a.isNaN() || r instanceof Double c && c.isNaN()) {
      compareValues(op, l, r);
      return false;
    }
    int c = compareValues(op, l, r);
    return switch (op) {
      case "<" -> c < 0;
      case ">" -> c > 0;
      case "<=" -> c <= 0;
      default -> c >= 0;
    };
  }

  private static boolean in(Object l, Object r) {
    if (r instanceof List<?> list) {
      for (Object o : list) {
        if (Values.equal(l, Values.normalize(o))) return true;
      }
      return false;
    }
    if (r instanceof Map<?, ?> map) return map.containsKey(l);
    throw new IllegalArgumentException("operator in is not defined on " + Values.type(r) + "; use a list or a map on its right");
  }

  private static List<Object> range(Object l, Object r) {
    if (!(l instanceof Long a) || !(r instanceof Long c)) throw mismatched("..", l, r);
    if (c - a > 10_000_000) throw new IllegalArgumentException("range " + a + ".." + c + " is too large (over 10,000,000 items)");
    List<Object> out = new ArrayList<>();
    for (long i = a; i <= c; i++) out.add(i);
    return out;
  }
}
