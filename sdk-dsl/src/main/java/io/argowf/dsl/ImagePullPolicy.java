package io.argowf.dsl;

/**
 * When Kubernetes pulls a container's image.
 *
 * <pre>{@code
 * container("x").image("busybox:1.36").imagePullPolicy(ImagePullPolicy.IF_NOT_PRESENT);
 * }</pre>
 */
public enum ImagePullPolicy {
  /** {@code Always}. */
  ALWAYS("Always"),
  /** {@code IfNotPresent}. */
  IF_NOT_PRESENT("IfNotPresent"),
  /** {@code Never}. */
  NEVER("Never");

  private final String text;

  ImagePullPolicy(String text) {
    this.text = text;
  }

  /** Argo's name for it, e.g. {@code Never}. */
  @Override
  public String toString() {
    return text;
  }
}
