package io.argowf.model.k8s;

import io.argowf.model.style.Nullable;

/**
 * A top-level Kubernetes document: every kind's class ({@code Workflow}, {@code WorkflowList},
 * {@code ConfigMap}, ...) is one. {@code apiVersion} and {@code kind} are null when a document left them
 * out (as items of {@code volumeClaimTemplates} do); {@link io.argowf.model.Manifests} writes a top-level object's own
 * values when they are unset.
 *
 * <pre>{@code
 * for (Resource r : Manifests.readAll(yaml)) {
 *   System.out.println(r.apiVersion() + " " + r.kind());
 * }
 * }</pre>
 */
public interface Resource {
  /** @return the {@code apiVersion}, or null when the document left it out */
  @Nullable
  String apiVersion();

  /** @return the {@code kind}, or null when the document left it out */
  @Nullable
  String kind();
}
