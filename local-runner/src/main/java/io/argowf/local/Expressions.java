package io.argowf.local;

import java.util.Map;

/**
 * The one door to the expression languages ({@code {{=...}}} and retry/hook expressions in expr-lang, {@code when}
 * in govaluate): everything else calls these methods, so the evaluator behind them is replaceable in one place.
 * The evaluator is sdk-model's {@code io.argowf.model.expr}.
 */
final class Expressions {
  private Expressions() {}

  /** Evaluates an expr-lang expression over plain Java values (String, Long, Double, Boolean, List, Map, null). */
  static Object evaluate(String expression, Map<String, Object> env) {
    throw new ExpressionException("expressions are not available yet: " + expression);
  }

  /** Evaluates a {@code when} condition (already substituted) in govaluate's grammar, as Argo does. */
  static boolean when(String condition) {
    throw new ExpressionException("'when' conditions are not available yet: " + condition);
  }

  /** An expression that does not parse or evaluate; the message says which and why. */
  static final class ExpressionException extends RuntimeException {
    ExpressionException(String message) {
      super(message);
    }
  }
}
