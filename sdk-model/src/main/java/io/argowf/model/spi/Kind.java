package io.argowf.model.spi;

import io.argowf.model.k8s.Resource;
import java.util.Objects;

/**
 * A top-level kind {@code Manifests} reads into a class of its own.
 *
 * <pre>{@code
 * new Kind("scheduling.vke.volcengine.com/v1beta1", "ResourcePolicy", ResourcePolicy.class)
 * }</pre>
 *
 * @param apiVersion e.g. {@code argoproj.io/v1alpha1}
 * @param kind e.g. {@code Workflow}
 * @param type the class a document of this kind is read into (a {@link Resource}, as every kind's class is)
 */
public record Kind(String apiVersion, String kind, Class<? extends Resource> type) {
  /** Checks that no part is missing. */
  public Kind {
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
  }
}
