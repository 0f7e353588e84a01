package io.argowf.vci.cost;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A pod's size: vCPUs and GiB of memory.
 *
 * <pre>{@code
 * Size render = new Size(new BigDecimal("2"), new BigDecimal("16"));
 * }</pre>
 *
 * @param vcpu cores
 * @param gib GiB (2^30 bytes)
 */
public record Size(BigDecimal vcpu, BigDecimal gib) {
  /** Nothing. */
  public static final Size ZERO = new Size(BigDecimal.ZERO, BigDecimal.ZERO);

  /** Checks that nothing is missing. */
  public Size {
    Objects.requireNonNull(vcpu, "vcpu");
    Objects.requireNonNull(gib, "gib");
  }

  /**
   * Two sizes together.
   *
   * @param other another size
   * @return the sum
   */
  public Size plus(Size other) {
    return new Size(vcpu.add(other.vcpu), gib.add(other.gib));
  }

  /**
   * This size held for a time, or by several pods.
   *
   * @param factor seconds, pods or both multiplied
   * @return vCPU-seconds and GiB-seconds when the factor is seconds
   */
  public Size times(BigDecimal factor) {
    return new Size(vcpu.multiply(factor), gib.multiply(factor));
  }
}
