package io.argowf.client;

import io.argowf.client.internal.ApiRequest;
import java.time.Duration;
import java.util.Objects;

/**
 * How a delete is carried out: grace period, what happens to dependents, and (workflows only)
 * {@code force}. Sent as argo-server's {@code deleteOptions.*} query parameters. Immutable.
 *
 * <pre>{@code
 * argo.workflows("argo").delete("etl-abc", DeleteOptions.defaults()
 *     .withPropagation(DeleteOptions.Propagation.FOREGROUND)
 *     .withGracePeriod(Duration.ZERO)
 *     .withForce());
 * }</pre>
 *
 * @param gracePeriod how long pods may take to stop; {@code null} for Kubernetes' default
 * @param propagation what happens to dependent objects (pods); {@code null} for Kubernetes' default
 * @param force workflows only: delete even when finalizers (e.g. artifact GC) have not run
 */
public record DeleteOptions(Duration gracePeriod, Propagation propagation, boolean force) {
  /** Kubernetes' {@code propagationPolicy}. */
  public enum Propagation {
    /** Dependents are left behind. */
    ORPHAN("Orphan"),
    /** The object goes at once; dependents are deleted in the background. */
    BACKGROUND("Background"),
    /** The object goes after its dependents. */
    FOREGROUND("Foreground");

    private final String wire;

    Propagation(String wire) {
      this.wire = wire;
    }
  }

  /** Checks the values. */
  public DeleteOptions {
    if (gracePeriod != null && gracePeriod.isNegative()) {
      throw new IllegalArgumentException("gracePeriod must not be negative");
    }
  }

  /** @return Kubernetes' defaults, no force */
  public static DeleteOptions defaults() {
    return new DeleteOptions(null, null, false);
  }

  /**
   * @param period the grace period (whole seconds are sent)
   * @return a copy with it
   */
  public DeleteOptions withGracePeriod(Duration period) {
    return new DeleteOptions(Objects.requireNonNull(period, "period"), propagation, force);
  }

  /**
   * @return a copy with it
   */
  public DeleteOptions withPropagation(Propagation policy) {
    return new DeleteOptions(gracePeriod, Objects.requireNonNull(policy, "policy"), force);
  }

  /** @return a copy that forces the delete (workflows only; ignored by other resources) */
  public DeleteOptions withForce() {
    return new DeleteOptions(gracePeriod, propagation, true);
  }

  ApiRequest applyTo(ApiRequest request, boolean forceSupported) {
    return request
        .query("deleteOptions.gracePeriodSeconds", gracePeriod == null ? null : gracePeriod.toSeconds())
        .query("deleteOptions.propagationPolicy", propagation == null ? null : propagation.wire)
        .query("force", force && forceSupported ? "true" : null);
  }
}
