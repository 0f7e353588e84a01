package io.argowf.local;

import io.argowf.model.expr.ExpressionException;
import java.util.Map;

/**
 * The one door to the expression languages ({@code {{=...}}} and retry/hook expressions in expr-lang, {@code when}
 * in govaluate): everything else calls these methods. The evaluator is sdk-model's {@code io.argowf.model.expr}.
 */
final class Expressions {
  private Expressions() {}

  /** Evaluates an expr-lang expression over plain Java values (String, Long, Double, Boolean, List, Map, null). */
  static Object evaluate(String expression, Map<String, Object> env) {
    try {
      return io.argowf.model.expr.Expressions.evaluate(expression, env);
    } catch (ExpressionException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Evaluates a {@code when} condition (already substituted) in govaluate's grammar, as Argo does. */
  static boolean when(String condition) {
    try {
      return io.argowf.model.expr.Expressions.evaluateWhen(condition);
    } catch (ExpressionException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** An expression's value as Argo writes it into a {@code {{=...}}} tag (Go's {@code %v}). */
  static String format(Object value) {
    return io.argowf.model.expr.Expressions.format(value);
  }

  /** The expression environment of flat dotted variables, as nested maps. */
  static Map<String, Object> environment(Map<String, String> flat) {
    return io.argowf.model.expr.Expressions.expand(flat);
  }
}
