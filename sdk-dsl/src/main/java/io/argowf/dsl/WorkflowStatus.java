package io.argowf.dsl;

/**
 * The phase of the whole workflow ({@code workflow.status}); each is a {@link Condition} that the workflow is in it,
 * for exit handlers' {@code when} and for hooks.
 *
 * <pre>{@code
 * steps("exit-handler")
 *     .thenParallel(celebrate.step("celebrate").when(WorkflowStatus.SUCCEEDED),   // {{workflow.status}} == Succeeded
 *                   cry.step("cry").when(WorkflowStatus.SUCCEEDED.not()));
 * workflow().hook("running", WorkflowStatus.RUNNING, notify);                     // workflow.status == 'Running'
 * }</pre>
 */
public enum WorkflowStatus implements Condition {
  /** {@code Pending}. */
  PENDING("Pending"),
  /** {@code Running}. */
  RUNNING("Running"),
  /** {@code Succeeded}. */
  SUCCEEDED("Succeeded"),
  /** {@code Failed}. */
  FAILED("Failed"),
  /** {@code Error}. */
  ERROR("Error");

  private final String text;

  WorkflowStatus(String text) {
    this.text = text;
  }

  @Override
  public String when() {
    return "{{workflow.status}} == " + text;
  }

  @Override
  public String expression() {
    return "workflow.status == '" + text + "'";
  }

  /** Argo's name for it, e.g. {@code Succeeded}. */
  @Override
  public String toString() {
    return text;
  }
}
