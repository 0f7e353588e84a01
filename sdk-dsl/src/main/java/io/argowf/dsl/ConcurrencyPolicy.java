package io.argowf.dsl;

/**
 * What a CronWorkflow does when the previous run is still going.
 *
 * <pre>{@code
 * cronWorkflow("nightly").concurrencyPolicy(ConcurrencyPolicy.FORBID);
 * }</pre>
 */
public enum ConcurrencyPolicy {
  /** {@code Allow}. */
  ALLOW("Allow"),
  /** {@code Forbid}. */
  FORBID("Forbid"),
  /** {@code Replace}. */
  REPLACE("Replace");

  private final String text;

  ConcurrencyPolicy(String text) {
    this.text = text;
  }

  /** Argo's name for it, e.g. {@code Replace}. */
  @Override
  public String toString() {
    return text;
  }
}
