package io.argowf.dsl;

/**
 * Which failures a retry strategy retries.
 *
 * <pre>{@code
 * container("x").retry(3, RetryPolicy.ON_TRANSIENT_ERROR);
 * }</pre>
 */
public enum RetryPolicy {
  /** {@code Always}. */
  ALWAYS("Always"),
  /** {@code OnFailure}. */
  ON_FAILURE("OnFailure"),
  /** {@code OnError}. */
  ON_ERROR("OnError"),
  /** {@code OnTransientError}. */
  ON_TRANSIENT_ERROR("OnTransientError");

  private final String text;

  RetryPolicy(String text) {
    this.text = text;
  }

  /** Argo's name for it, e.g. {@code OnTransientError}. */
  @Override
  public String toString() {
    return text;
  }
}
