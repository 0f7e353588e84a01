package io.argowf.dsl;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A condition in both renderings; {@code join} is the operator that made it, if any, to place parentheses. */
record Cond(String when, String expression, String join) implements Condition {
  Cond {
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(expression, "expression");
  }

  static Cond atom(String when, String expression) {
    return new Cond(when, expression, null);
  }

  static Condition join(String operator, List<Condition> parts) {
    if (parts.isEmpty()) throw new IllegalArgumentException("expected at least one condition to join with " + operator);
    if (parts.size() == 1) return parts.get(0);
    String when = parts.stream().map(p -> part(p, operator, p.when())).collect(Collectors.joining(" " + operator + " "));
    String expr = parts.stream().map(p -> part(p, operator, p.expression())).collect(Collectors.joining(" " + operator + " "));
    return new Cond(when, expr, operator);
  }

  static Condition not(Condition c) {
    return new Cond("!(" + c.when() + ")", "!(" + c.expression() + ")", null);
  }

  private static String part(Condition c, String operator, String text) {
    return c instanceof Cond k && k.join != null && !k.join.equals(operator) ? "(" + text + ")" : text;
  }

  @Override
  public String toString() {
    return when;
  }
}
