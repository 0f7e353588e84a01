package io.argowf.model.k8s;

import io.argowf.model.style.Nullable;

/**
 * A {@link Resource} with object metadata (every kind but the {@code *List} kinds).
 *
 * <pre>{@code
 * if (doc instanceof HasMetadata o) System.out.println(o.kind() + "/" + o.metadata().name());
 * }</pre>
 */
public interface HasMetadata extends Resource {
  /** @return the {@code metadata}, or null when absent */
  @Nullable
  ObjectMeta metadata();
}
