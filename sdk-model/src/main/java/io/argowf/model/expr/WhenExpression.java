package io.argowf.model.expr;

/**
 * A parsed govaluate {@code when} (after Argo has replaced its {@code {{...}}} tags), with Argo's reading: a bare
 * word is a string, so {@code Succeeded == Succeeded} holds. Immutable.
 *
 * <pre>{@code
 * WhenExpression w = Expressions.parseWhen("tails == heads || 7 > 3");
 * w.evaluate();   // true
 * }</pre>
 */
public final class WhenExpression {
  private final String text;
  private final GNode root;

  WhenExpression(String text, GNode root) {
    this.text = text;
    this.root = root;
  }

  public String text() {
    return text;
  }

  /**
   * Whether the step or task runs.
   *
   * @throws ExpressionException when an operator meets a value of the wrong type, or the value is not a boolean
   *     (in Argo's words: {@code Expected boolean evaluation for '...'. Got ...})
   */
  public boolean evaluate() {
    Object v;
    try {
      v = root.eval();
    } catch (ExpressionException e) {
      throw new ExpressionException("Failed to evaluate 'when' expression '" + text + "': " + e.getMessage(), e.position(), e);
    }
    if (v instanceof Boolean b) return b;
    throw new ExpressionException("Expected boolean evaluation for '" + text + "'. Got " + GoFormat.value(v), 1);
  }

  @Override
  public String toString() {
    return text;
  }
}
