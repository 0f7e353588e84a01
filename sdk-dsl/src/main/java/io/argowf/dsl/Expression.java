package io.argowf.dsl;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An expr-lang expression, written as <code>{{=...}}</code> wherever a string goes, so that nobody writes it by
 * hand (Hera's {@code hera.expr}). Start from a handle ({@link Expr#asInt()}, {@link Expr#get(String)}, ...) or
 * from {@link Argo#sprig(String, Object...)} and {@link Argo#jsonpath(CharSequence, String)}; compare it to make a
 * {@link Condition} for {@code when}; pass it to {@code args}, {@code with} or {@code fromExpression}. Lint checks
 * that it parses.
 *
 * <pre>{@code
 * var shards = split.output(count).asInt();                        // asInt(steps.split.outputs.parameters.count)
 * next.step("more").when(shards.gt(1));                             // when: "{{=asInt(...) > 1}}"
 * report.step("report").with(total, shards.times(100));            // "{{=asInt(...) * 100}}"
 * echo.step("name").with(msg, sprig("upper", workflow.get("name"))); // "{{=sprig.upper(...)}}"
 * }</pre>
 */
public final class Expression implements CharSequence {
  private final String text;

  Expression(String text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  /** A member: {@code x.name}, or {@code x['my-key']} for names expr-lang cannot read bare. */
  public Expression get(String member) {
    return new Expression(member.matches("[A-Za-z_][A-Za-z0-9_]*") ? text + "." + member : text + "[" + Operands.quoted(member) + "]");
  }

  /** An element of a list: {@code x[i]}. */
  public Expression at(int index) {
    return new Expression(text + "[" + index + "]");
  }

  /** {@code asInt(x)}. */
  public Expression asInt() {
    return call("asInt", this);
  }

  /** {@code asFloat(x)}. */
  public Expression asFloat() {
    return call("asFloat", this);
  }

  /** {@code string(x)}. */
  public Expression asString() {
    return call("string", this);
  }

  /** {@code jsonpath(x, 'path')}: a value inside JSON text. */
  public Expression jsonpath(String jsonPath) {
    return call("jsonpath", this, jsonPath);
  }

  /** {@code x ?? fallback}: the fallback when x is missing. */
  public Expression orElse(Object fallback) {
    return new Expression("(" + text + " ?? " + Operands.literal(fallback) + ")");
  }

  /** {@code x + y}: numbers added, or strings joined. */
  public Expression plus(Object other) {
    return operator("+", other);
  }

  /** {@code x - y}. */
  public Expression minus(Object other) {
    return operator("-", other);
  }

  /** {@code x * y}. */
  public Expression times(Object other) {
    return operator("*", other);
  }

  /** {@code x / y}. */
  public Expression dividedBy(Object other) {
    return operator("/", other);
  }

  /** {@code x == y}. */
  public Condition eq(Object value) {
    return compare("==", value);
  }

  /** {@code x != y}. */
  public Condition ne(Object value) {
    return compare("!=", value);
  }

  /** {@code x > y}. */
  public Condition gt(Object value) {
    return compare(">", value);
  }

  /** {@code x >= y}. */
  public Condition ge(Object value) {
    return compare(">=", value);
  }

  /** {@code x < y}. */
  public Condition lt(Object value) {
    return compare("<", value);
  }

  /** {@code x <= y}. */
  public Condition le(Object value) {
    return compare("<=", value);
  }

  /** {@code x matches 'regex'}. */
  public Condition matches(String regex) {
    return condition(text + " matches " + Operands.quoted(regex));
  }

  /** {@code x in [a, b]}. */
  public Condition in(Object... values) {
    return condition(text + " in " + Operands.literal(List.of(values)));
  }

  /** A condition of its own, when x is a boolean. */
  public Condition isTrue() {
    return condition(text);
  }

  /** The expr-lang text, e.g. {@code asInt(steps.split.outputs.parameters.count)}. */
  public String expression() {
    return text;
  }

  static Expression call(String function, Object... args) {
    return new Expression(function + Stream.of(args).map(Operands::literal).collect(Collectors.joining(", ", "(", ")")));
  }

  static Condition condition(String expression) {
    return Cond.atom("{{=" + expression + "}}", expression);
  }

  private Condition compare(String op, Object value) {
    return condition(text + " " + op + " " + Operands.literal(value));
  }

  private Expression operator(String op, Object other) {
    return new Expression("(" + text + " " + op + " " + Operands.literal(other) + ")");
  }

  @Override
  public int length() {
    return toString().length();
  }

  @Override
  public char charAt(int index) {
    return toString().charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().subSequence(start, end);
  }

  /** As Argo reads it where a string goes: <code>{{=EXPRESSION}}</code>. */
  @Override
  public String toString() {
    return "{{=" + text + "}}";
  }
}
