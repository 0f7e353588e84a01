package io.argowf.dsl;

import io.argowf.model.workflow.Workflow;

/**
 * An organisation's defaults, applied by {@code build()} to every manifest the DSL builds: labels, a service
 * account, pod GC, a TTL, VCI placement, ... A platform team ships them in a jar with a
 * {@code META-INF/services/io.argowf.dsl.WorkflowDefaults} file (found with {@link java.util.ServiceLoader}), or
 * an application sets them once with {@link Argo#useDefaults(WorkflowDefaults...)}.
 *
 * <p>Defaults run in {@link #order()} (then by {@link #name()}), before the builder's own {@code customize}
 * steps, on a Workflow holding the manifest's metadata and (workflow) spec, like {@code customize}. A default should
 * set only what the author left unset, so that what a user writes wins. {@code lint()} lists every field a default
 * changed, as an {@code info} problem naming the default; {@code withoutDefaults()} turns them off for one builder.
 *
 * <pre>{@code
 * public final class AcmeDefaults implements WorkflowDefaults {
 *   public String name() { return "acme"; }
 *   public Workflow apply(Workflow wf) {
 *     var spec = wf.spec();
 *     return wf.withSpec(spec.serviceAccountName() != null ? spec : spec.withServiceAccountName("workflow-runner"));
 *   }
 * }
 * // lint(): info spec.serviceAccountName: set by organisation default 'acme'
 * }</pre>
 */
public interface WorkflowDefaults {
  /** The name {@code lint()} gives for what this default changed, e.g. {@code acme-platform}. */
  String name();

  /** Smaller runs first; the default is 0. */
  default int order() {
    return 0;
  }

  /** The workflow with the defaults applied. */
  Workflow apply(Workflow workflow);
}
