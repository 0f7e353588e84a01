package io.argowf.dsl;

/**
 * When a workflow's finished pods are deleted.
 *
 * <pre>{@code
 * workflow().podGC(PodGCStrategy.ON_POD_COMPLETION);
 * }</pre>
 */
public enum PodGCStrategy {
  /** {@code OnPodCompletion}. */
  ON_POD_COMPLETION("OnPodCompletion"),
  /** {@code OnPodSuccess}. */
  ON_POD_SUCCESS("OnPodSuccess"),
  /** {@code OnWorkflowCompletion}. */
  ON_WORKFLOW_COMPLETION("OnWorkflowCompletion"),
  /** {@code OnWorkflowSuccess}. */
  ON_WORKFLOW_SUCCESS("OnWorkflowSuccess");

  private final String text;

  PodGCStrategy(String text) {
    this.text = text;
  }

  /** Argo's name for it, e.g. {@code OnWorkflowSuccess}. */
  @Override
  public String toString() {
    return text;
  }
}
