package io.argowf.dsl;

/**
 * The phase of a step or task, to compare a node's {@code status()} with.
 *
 * <pre>{@code
 * retry.step("retry").when(flaky.status().eq(NodeStatus.FAILED));
 * }</pre>
 */
public enum NodeStatus {
  /** {@code Pending}. */
  PENDING("Pending"),
  /** {@code Running}. */
  RUNNING("Running"),
  /** {@code Succeeded}. */
  SUCCEEDED("Succeeded"),
  /** {@code Skipped}. */
  SKIPPED("Skipped"),
  /** {@code Failed}. */
  FAILED("Failed"),
  /** {@code Error}. */
  ERROR("Error"),
  /** {@code Omitted}. */
  OMITTED("Omitted");

  private final String text;

  NodeStatus(String text) {
    this.text = text;
  }

  /** Argo's name for it, e.g. {@code Omitted}. */
  @Override
  public String toString() {
    return text;
  }
}
