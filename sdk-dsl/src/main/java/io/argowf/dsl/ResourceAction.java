package io.argowf.dsl;

/**
 * What a resource template does with its manifest.
 *
 * <pre>{@code
 * resource("make-job").action(ResourceAction.CREATE).manifestOf(job);
 * }</pre>
 */
public enum ResourceAction {
  /** {@code get}. */
  GET("get"),
  /** {@code create}. */
  CREATE("create"),
  /** {@code apply}. */
  APPLY("apply"),
  /** {@code delete}. */
  DELETE("delete"),
  /** {@code replace}. */
  REPLACE("replace"),
  /** {@code patch}. */
  PATCH("patch");

  private final String text;

  ResourceAction(String text) {
    this.text = text;
  }

  /** Argo's name for it, e.g. {@code patch}. */
  @Override
  public String toString() {
    return text;
  }
}
