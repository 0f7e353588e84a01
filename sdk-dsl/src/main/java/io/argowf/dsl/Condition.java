package io.argowf.dsl;

import java.util.List;

/**
 * A typed condition, for a step's or task's {@code when} and for lifecycle hooks, so that nobody writes
 * {@code {{...}} == ...} by hand. Make one by comparing a handle or an {@link Expression}
 * ({@code gt}, {@code ge}, {@code lt}, {@code le}, {@code eq}, {@code ne}, {@code matches}, {@code in}), or take a
 * status ({@link WorkflowStatus#SUCCEEDED}); combine with {@link #and}, {@link #or}, {@link #not}.
 *
 * <p>A condition has two renderings: {@link #when()}, Argo's {@code when} form (handles substituted, then
 * evaluated: <code>{{steps.flip.outputs.result}} == heads</code>), and {@link #expression()}, the expr-lang form
 * hooks and <code>{{=...}}</code> take (<code>steps.flip.outputs.result == 'heads'</code>). Lint checks both.
 *
 * <pre>{@code
 * heads.step("heads").when(flip.result().eq("heads"));
 * publish.task("publish").when(score.output(accuracy).ge(0.9).and(not(dryRun.eq(true))));
 * workflow().hook("running", WorkflowStatus.RUNNING, notify);   // expression: workflow.status == 'Running'
 * }</pre>
 */
public interface Condition {
  /** Argo's {@code when} form, e.g. <code>{{steps.flip.outputs.result}} == heads</code>. */
  String when();

  /** The expr-lang form, e.g. {@code steps.flip.outputs.result == 'heads'}. */
  String expression();

  /** Both conditions: {@code this && other}. */
  default Condition and(Condition other) {
    return all(this, other);
  }

  /** Either condition: {@code this || other}. */
  default Condition or(Condition other) {
    return any(this, other);
  }

  /** The opposite condition: {@code !(this)}. */
  default Condition not() {
    return Cond.not(this);
  }

  /** All of the conditions: {@code a && b && ...}. */
  static Condition all(Condition... all) {
    return Cond.join("&&", List.of(all));
  }

  /** Any of the conditions: {@code a || b || ...}. */
  static Condition any(Condition... any) {
    return Cond.join("||", List.of(any));
  }
}
