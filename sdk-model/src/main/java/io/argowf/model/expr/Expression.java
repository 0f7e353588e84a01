package io.argowf.model.expr;

import java.util.Map;
import java.util.Objects;

/**
 * A parsed expr-lang expression: parse once, evaluate over many environments. Immutable and thread-safe.
 *
 * <pre>{@code
 * Expression e = Expressions.parse("asInt(inputs.parameters.count) * 2 > 4 ? 'big' : 'small'");
 * e.evaluate(Map.of("inputs", Map.of("parameters", Map.of("count", "3"))));   // "big"
 * }</pre>
 */
public final class Expression {
  private final String text;
  private final Node root;

  Expression(String text, Node root) {
    this.text = text;
    this.root = root;
  }

  /** The text as written. */
  public String text() {
    return text;
  }

  /**
   * The value over an environment of plain values (String, Long/Integer, Double, Boolean, List, Map, null;
   * nested maps are reached with {@code a.b} and {@code a['b-c']}). Integers come back as {@link Long}, floats as
   * {@link Double}. {@link Expressions#format} turns the value into the text Argo would substitute.
   *
   * @throws ExpressionException naming the sub-expression that failed and why
   */
  public Object evaluate(Map<String, ?> environment) {
    Objects.requireNonNull(environment, "environment");
    try {
      return new Evaluator(text, environment).run(root);
    } catch (ExpressionException e) {
      throw e.located(text);
    }
  }

  /**
   * The value, which must be a boolean: how Argo evaluates {@code retryStrategy.expression}, hook expressions and
   * CronWorkflow {@code when}.
   *
   * <pre>{@code
   * Expressions.parse("lastRetry.status == 'Error'").evaluateBoolean(Map.of("lastRetry", Map.of("status", "Error")));  // true
   * }</pre>
   *
   * @throws ExpressionException when evaluation fails or the value is not a boolean
   */
  public boolean evaluateBoolean(Map<String, ?> environment) {
    Object v = evaluate(environment);
    if (v instanceof Boolean b) return b;
    throw new ExpressionException("`" + text.strip() + "` gives " + Values.type(v) + " (" + GoFormat.value(v)
        + "), not a boolean", 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Expression e && e.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
