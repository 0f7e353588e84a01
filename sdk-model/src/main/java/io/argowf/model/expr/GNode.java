package io.argowf.model.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A govaluate expression tree; {@link #eval} applies govaluate's operators and their type checks. */
sealed interface GNode {
  Object eval();

  record Literal(Object value, int at) implements GNode {
    public Object eval() {
      return value;
    }
  }

  /** {@code a.B}: a field of a parameter; Argo passes none, so evaluating one fails as govaluate does. */
  record Accessor(String name, int at) implements GNode {
    public Object eval() {
      String first = name.substring(0, name.indexOf('.'));
      throw new ExpressionException("No parameter '" + first + "' found (govaluate reads '" + name
          + "' at character " + (at + 1) + " as a field access; quote it: '" + name + "')", at + 1);
    }
  }

  record Prefix(String operator, GNode operand, int at) implements GNode {
    public Object eval() {
      Object v = operand.eval();
      return switch (operator) {
        case "!" -> !GNode.bool(v, "prefix", operator);
        case "-" -> -GNode.number(v, "prefix", operator);
        default -> (double) ~(long) GNode.number(v, "prefix", operator);
      };
    }
  }

  record Binary(String operator, GNode left, GNode right, int at) implements GNode {
    public Object eval() {
      Object l = left.eval();
      switch (operator) {
        case "&&":
          if (Boolean.FALSE.equals(l)) return false;
          return logical(l, right.eval());
        case "||":
          if (Boolean.TRUE.equals(l)) return true;
          return logical(l, right.eval());
        case "?":
          return GNode.bool(l, "ternary", "?") ? right.eval() : null;
        case ":", "??":
          return l != null ? l : right.eval();
        default:
          return GNode.apply(operator, l, right.eval());
      }
    }

    private Object logical(Object l, Object r) {
      boolean a = GNode.bool(l, "logical operator", operator);
      boolean b = GNode.bool(r, "logical operator", operator);
      return operator.equals("&&") ? a && b : a || b;
    }
  }

  static Object apply(String op, Object l, Object r) {
    switch (op) {
      case ",":
        List<Object> list = l instanceof List<?> prior ? new ArrayList<>(prior) : new ArrayList<>(java.util.Collections.singletonList(l));
        list.add(r);
        return list;
      case "==":
        return Values.deepEqual(l, r);
      case "!=":
        return !Values.deepEqual(l, r);
      case ">", ">=", "<", "<=":
        return compare(op, l, r);
      case "=~", "!~":
        return regex(op, l, r);
      case "in":
        return in(l, r);
      case "+":
        if (l instanceof Double a && r instanceof Double b) return a + b;
        if (l instanceof String || r instanceof String) return GoFormat.value(l) + GoFormat.value(r);
        throw typeError(l instanceof Double ? r : l, "modifier", op, "number");
      default:
        return arithmetic(op, number(l, "modifier", op), number(r, "modifier", op));
    }
  }

  private static Object arithmetic(String op, double a, double b) {
    return switch (op) {
      case "-" -> a - b;
      case "*" -> a * b;
      case "/" -> a / b;
      case "%" -> a % b;
      case "**" -> Math.pow(a, b);
      case "&" -> (double) ((long) a & (long) b);
      case "|" -> (double) ((long) a | (long) b);
      case "^" -> (double) ((long) a ^ (long) b);
      case "<<" -> (double) ((long) a << (long) b);
      default -> (double) ((long) a >> (long) b);
    };
  }

  private static boolean compare(String op, Object l, Object r) {
    int c;
    if (l instanceof Double a && r instanceof Double b) {
      if (a.isNaN() || b.isNaN()) return false;
      c = Double.compare(a, b);
      if (a == 0 && b == 0) c = 0;
    } else if (l instanceof String a && r instanceof String b) {
      c = a.compareTo(b);
    } else {
      throw typeError(l instanceof Double || l instanceof String ? r : l, "comparator", op, "number");
    }
    return switch (op) {
      case ">" -> c > 0;
      case ">=" -> c >= 0;
      case "<" -> c < 0;
      default -> c <= 0;
    };
  }

  private static boolean regex(String op, Object l, Object r) {
    if (!(l instanceof String s)) throw typeError(l, "comparator", op, "string");
    Pattern p;
    if (r instanceof Pattern compiled) p = compiled;
    else if (r instanceof String re) p = Evaluator.pattern(re);
    else throw typeError(r, "comparator", op, "string");
    boolean found = p.matcher(s).find();
    return op.equals("=~") == found;
  }

  private static boolean in(Object l, Object r) {
    if (!(r instanceof List<?> list)) throw typeError(r, "comparator", "in", "array");
    for (Object o : list) {
      if (Values.deepEqual(l, o)) return true;
    }
    return false;
  }

  static boolean bool(Object v, String what, String op) {
    if (v instanceof Boolean b) return b;
    throw typeError(v, what, op, "boolean");
  }

  static double number(Object v, String what, String op) {
    if (v instanceof Double d) return d;
    throw typeError(v, what, op, "number");
  }

  private static ExpressionException typeError(Object v, String what, String op, String expected) {
    return new ExpressionException("Value '" + GoFormat.value(v) + "' cannot be used with the " + what + " '" + op
        + "', it is not a " + expected, 0);
  }
}
