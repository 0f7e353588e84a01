package io.argowf.dsl;

/**
 * When Argo deletes an output artifact from its repository.
 *
 * <pre>{@code
 * outputArtifact("model", "/out/model.bin").gc(ArtifactGCStrategy.ON_WORKFLOW_DELETION);
 * }</pre>
 */
public enum ArtifactGCStrategy {
  /** {@code OnWorkflowCompletion}. */
  ON_WORKFLOW_COMPLETION("OnWorkflowCompletion"),
  /** {@code OnWorkflowDeletion}. */
  ON_WORKFLOW_DELETION("OnWorkflowDeletion"),
  /** {@code Never}. */
  NEVER("Never");

  private final String text;

  ArtifactGCStrategy(String text) {
    this.text = text;
  }

  /** Argo's name for it, e.g. {@code Never}. */
  @Override
  public String toString() {
    return text;
  }
}
