package io.argowf.dsl;

import static io.argowf.dsl.internal.Lists.plus;

import io.argowf.model.k8s.HostAlias;
import io.argowf.model.k8s.IntOrString;
import io.argowf.model.k8s.PodDNSConfig;
import io.argowf.model.k8s.PodDisruptionBudgetSpec;
import io.argowf.model.workflow.ArtifactRepositoryRef;
import io.argowf.model.workflow.ExecutorConfig;
import io.argowf.model.workflow.Metrics;
import io.argowf.model.workflow.RetryStrategy;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.VolumeClaimGC;
import io.argowf.model.workflow.WorkflowLevelArtifactGC;
import io.argowf.model.workflow.WorkflowMetadata;
import io.argowf.model.workflow.WorkflowSpec;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The workflow spec's settings for the pods and the run as a whole, shared by every manifest builder
 * ({@link SpecBuilder} adds metadata, templates and the checks). Each method sets one field of {@code spec}
 * (for a CronWorkflow, {@code spec.workflowSpec}).
 *
 * <pre>{@code
 * workflow().generateName("etl-")
 *     .retryStrategy(retry(2, RetryPolicy.ON_ERROR)).podPriorityClassName("batch-low")
 *     .artifactRepositoryRef("artifact-repositories", "tos").archiveLogs()
 *     .artifactGC(ArtifactGCStrategy.ON_WORKFLOW_DELETION).podDisruptionBudget(1)
 *     .hostAlias("10.0.0.5", "warehouse.internal");
 * }</pre>
 *
 * @param <SELF> the concrete builder
 */
public abstract class WorkflowSettings<SELF extends WorkflowSettings<SELF>> {
  WorkflowSpec spec;

  WorkflowSettings(WorkflowSpec spec) {
    this.spec = spec == null ? WorkflowSpec.builder().build() : spec;
  }

  @SuppressWarnings("unchecked")
  final SELF self() {
    return (SELF) this;
  }

  final SELF spec(UnaryOperator<WorkflowSpec> change) {
    spec = change.apply(spec);
    return self();
  }

  /** How every template without its own strategy is retried. */
  public SELF retryStrategy(RetryStrategy strategy) {
    return spec(s -> s.withRetryStrategy(strategy));
  }

  /**
   * Settings every template starts from ({@code templateDefaults}), e.g. a timeout; a template's own win.
   *
   * <pre>{@code
   * workflow().templateDefaults(Template.builder().timeout("30m").build());
   * }</pre>
   */
  public SELF templateDefaults(Template defaults) {
    return spec(s -> s.withTemplateDefaults(defaults));
  }

  /** Stores artifacts in the repository a ConfigMap key describes, instead of the namespace's default one. */
  public SELF artifactRepositoryRef(String configMap, String key) {
    return spec(s -> s.withArtifactRepositoryRef(ArtifactRepositoryRef.builder().configMap(configMap).key(key).build()));
  }

  /** Labels and annotations for the Workflow object a WorkflowTemplate or CronWorkflow creates. */
  public SELF workflowMetadata(WorkflowMetadata metadata) {
    return spec(s -> s.withWorkflowMetadata(metadata));
  }

  /** A label on the Workflow object a WorkflowTemplate or CronWorkflow creates ({@code workflowMetadata.labels}). */
  public SELF workflowLabel(String key, String value) {
    WorkflowMetadata m = spec.workflowMetadata() == null ? WorkflowMetadata.builder().build() : spec.workflowMetadata();
    return workflowMetadata(m.withLabels(plus(m.labels(), key, value)));
  }

  /** Keeps at least this many of the workflow's pods running during voluntary disruptions (a PodDisruptionBudget). */
  public SELF podDisruptionBudget(int minAvailable) {
    return podDisruptionBudget(PodDisruptionBudgetSpec.builder().minAvailable(IntOrString.of(minAvailable)).build());
  }

  /** The PodDisruptionBudget for the workflow's pods, in full. */
  public SELF podDisruptionBudget(PodDisruptionBudgetSpec budget) {
    return spec(s -> s.withPodDisruptionBudget(budget));
  }

  /** An {@code /etc/hosts} entry in every pod. */
  public SELF hostAlias(String ip, String... hostnames) {
    return hostAliases(HostAlias.builder().ip(ip).hostnames(List.of(hostnames)).build());
  }

  /** {@code /etc/hosts} entries in every pod. */
  public SELF hostAliases(HostAlias... aliases) {
    return spec(s -> s.withHostAliases(plus(s.hostAliases(), aliases)));
  }

  /** Every pod's DNS settings (name servers, searches, options). */
  public SELF dnsConfig(PodDNSConfig config) {
    return spec(s -> s.withDnsConfig(config));
  }

  /** Every pod's DNS policy, e.g. {@code ClusterFirstWithHostNet}. */
  public SELF dnsPolicy(String policy) {
    return spec(s -> s.withDnsPolicy(policy));
  }

  /** Every pod's priority class ({@code podPriorityClassName}). */
  public SELF podPriorityClassName(String name) {
    return spec(s -> s.withPodPriorityClassName(name));
  }

  /** This workflow's place in the controller's queue when it limits workflows run at once (higher first). */
  public SELF priority(int priority) {
    return spec(s -> s.withPriority(priority));
  }

  /** Keeps every pod's logs in the artifact repository. */
  public SELF archiveLogs() {
    return spec(s -> s.withArchiveLogs(true));
  }

  /** When the workflow's output artifacts are deleted from their repository. */
  public SELF artifactGC(ArtifactGCStrategy strategy) {
    return artifactGC(WorkflowLevelArtifactGC.builder().strategy(strategy.toString()).build());
  }

  /** Artifact GC in full: strategy, the GC pods' service account and metadata. */
  public SELF artifactGC(WorkflowLevelArtifactGC gc) {
    return spec(s -> s.withArtifactGC(gc));
  }

  /** Whether pods get the service account's token mounted (false for pods that never call the Kubernetes API). */
  public SELF automountServiceAccountToken(boolean mount) {
    return spec(s -> s.withAutomountServiceAccountToken(mount));
  }

  /** The service account of the executor (the wait and init containers), apart from the main containers'. */
  public SELF executorServiceAccountName(String name) {
    return spec(s -> s.withExecutor(ExecutorConfig.builder().serviceAccountName(name).build()));
  }

  /** Runs every pod in the node's network namespace. */
  public SELF hostNetwork() {
    return spec(s -> s.withHostNetwork(true));
  }

  /** Prometheus metrics the controller emits for this workflow. */
  public SELF metrics(Metrics metrics) {
    return spec(s -> s.withMetrics(metrics));
  }

  /**
   * A patch applied to every pod spec, as YAML or JSON text; handles may appear in it.
   *
   * <pre>{@code
   * workflow().podSpecPatch("terminationGracePeriodSeconds: 5");
   * }</pre>
   */
  public SELF podSpecPatch(CharSequence patch) {
    return spec(s -> s.withPodSpecPatch(patch.toString()));
  }

  /** The scheduler for every pod, e.g. {@code volcano}. */
  public SELF schedulerName(String name) {
    return spec(s -> s.withSchedulerName(name));
  }

  /** Creates the workflow suspended; {@code argo resume} starts it. */
  public SELF suspend() {
    return spec(s -> s.withSuspend(true));
  }

  /** When the claims of {@code volumeClaimTemplates} are deleted: {@code OnWorkflowCompletion} or {@code OnWorkflowSuccess}. */
  public SELF volumeClaimGC(String strategy) {
    return spec(s -> s.withVolumeClaimGC(VolumeClaimGC.builder().strategy(strategy).build()));
  }
}
