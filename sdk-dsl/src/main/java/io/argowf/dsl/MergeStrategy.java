package io.argowf.dsl;

/**
 * How a resource template's {@code patch} is merged.
 *
 * <pre>{@code
 * resource("label").action(ResourceAction.PATCH).mergeStrategy(MergeStrategy.MERGE);
 * }</pre>
 */
public enum MergeStrategy {
  /** {@code strategic}. */
  STRATEGIC("strategic"),
  /** {@code merge}. */
  MERGE("merge"),
  /** {@code json}. */
  JSON("json");

  private final String text;

  MergeStrategy(String text) {
    this.text = text;
  }

  /** Argo's name for it, e.g. {@code json}. */
  @Override
  public String toString() {
    return text;
  }
}
