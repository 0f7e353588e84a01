package io.argowf.dsl;

import io.argowf.dsl.internal.JsonValues;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders comparisons of handles in Argo's two condition languages: {@code when}'s (values substituted into the
 * text, then evaluated, so simple words stay bare as in Argo's examples and other text is quoted) and expr-lang's
 * (variables by name, strings quoted, numbers through {@code asFloat}).
 */
final class Operands {
  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|-?[0-9]+(\\.[0-9]+)?");

  private Operands() {}

  /** {@code left OP value} for a handle on the left; OP is one of {@code == != > >= < <=}. */
  static Condition compare(Expr left, String op, Object value) {
    boolean ordering = !op.equals("==") && !op.equals("!=");
    if (value instanceof Expr right) {
      return ordering ? Cond.atom(left + " " + op + " " + right, num(left) + " " + op + " " + num(right))
          : Cond.atom(left + " " + op + " " + right, left.variable() + " " + op + " " + right.variable());
    }
    if (value instanceof Number n) {
      String v = JsonValues.text(n);
      return Cond.atom(left + " " + op + " " + v, num(left) + " " + op + " " + v);
    }
    if (ordering) {
      throw new IllegalArgumentException(left + " " + op + " " + value + ": expected a number or a handle to compare with");
    }
    if (value instanceof Boolean b) return Cond.atom(left + " " + op + " " + b, left.variable() + " " + op + " '" + b + "'");
    String text = String.valueOf(value);
    String when = WORD.matcher(text).matches() ? left + " " + op + " " + text : quoted(left.toString()) + " " + op + " " + quoted(text);
    return Cond.atom(when, left.variable() + " " + op + " " + quoted(text));
  }

  static Condition matches(Expr left, String regex) {
    return Cond.atom(quoted(left.toString()) + " =~ " + quoted(regex), left.variable() + " matches " + quoted(regex));
  }

  static Condition in(Expr left, Collection<?> values) {
    if (values.isEmpty()) throw new IllegalArgumentException(left + " in (): expected at least one value");
    boolean numbers = values.stream().allMatch(v -> v instanceof Number);
    List<String> texts = values.stream().map(v -> numbers ? JsonValues.text(v) : quoted(String.valueOf(v))).toList();
    String when = (numbers ? left.toString() : quoted(left.toString())) + " in (" + String.join(", ", texts) + ")";
    String expr = (numbers ? num(left) : left.variable()) + " in [" + String.join(", ", texts) + "]";
    return Cond.atom(when, expr);
  }

  /** An expr-lang literal or operand: handles by name, expressions as they are, strings quoted, numbers as Go writes them. */
  static String literal(Object value) {
    if (value instanceof Expr e) return e.variable();
    if (value instanceof Expression e) return e.expression();
    if (value instanceof Number || value instanceof Boolean) return JsonValues.text(value);
    if (value == null) return "nil";
    if (value instanceof Collection<?> c) return c.stream().map(Operands::literal).collect(Collectors.joining(", ", "[", "]"));
    return quoted(String.valueOf(value));
  }

  static String quoted(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static String num(Expr e) {
    return "asFloat(" + e.variable() + ")";
  }
}
