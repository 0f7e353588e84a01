package io.argowf.dsl;

import io.argowf.model.k8s.Quantity;
import java.util.Objects;

/**
 * An amount of a compute resource for a container's requests or limits. Make one with {@link Argo#cpu},
 * {@link Argo#memory}, {@link Argo#ephemeralStorage}, {@link Argo#gpu} or {@link Argo#resource(String, String)};
 * an amount that is not a Kubernetes quantity fails there, naming the expected form.
 *
 * <pre>{@code
 * container("render").requests(cpu("1"), memory("8Gi")).limits(cpu("2"), memory("16Gi"));
 * container("train").limits(gpu(1), resource("rdma/hca", "1"));
 * }</pre>
 *
 * @param resource e.g. {@code cpu}, {@code memory}, {@code nvidia.com/gpu}
 * @param quantity e.g. {@code 8Gi}
 */
public record ResourceAmount(String resource, Quantity quantity) {
  /** Checks that nothing is missing and that the quantity is one. */
  public ResourceAmount {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(quantity, "quantity");
    String problem = Quantity.problem(quantity.toString());
    if (problem != null) throw new IllegalArgumentException(resource + ": " + problem + " (e.g. 500m, 2, 512Mi, 8Gi)");
  }

  static ResourceAmount of(String resource, String amount) {
    return new ResourceAmount(resource, Quantity.of(Objects.requireNonNull(amount, resource)));
  }
}
