package io.argowf.dsl;

import io.argowf.model.k8s.Quantity;
import java.util.Objects;

/**
 * An amount of a compute resource for a container's requests or limits.
 *
 * <pre>{@code
 * container("render").requests(cpu("1"), memory("8Gi")).limits(cpu("2"), memory("16Gi"));
 * container("train").limits(new ResourceAmount("nvidia.com/gpu", Quantity.of("1")));
 * }</pre>
 *
 * @param resource e.g. {@code cpu}, {@code memory}, {@code nvidia.com/gpu}
 * @param quantity e.g. {@code 8Gi}
 */
public record ResourceAmount(String resource, Quantity quantity) {
  /** Checks that nothing is missing. */
  public ResourceAmount {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(quantity, "quantity");
  }
}
