package io.argowf.dsl;

import static io.argowf.dsl.internal.Lists.plus;

import io.argowf.model.k8s.HostAlias;
import io.argowf.model.workflow.ArtifactLocation;
import io.argowf.model.workflow.ExecutorConfig;
import io.argowf.model.workflow.Metrics;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.UserContainer;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A template's settings for its pod beyond the common ones of {@link BaseTemplate}: sidecars and init containers,
 * where its logs and artifacts go, scheduling and executor details. Each method sets one field of the template.
 *
 * <pre>{@code
 * container("train").image("pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime")
 *     .sidecar(UserContainer.builder().name("tensorboard").image("tensorflow/tensorflow").build())
 *     .archiveLocation(tos("cn-beijing", "ml-logs", "train"))
 *     .priorityClassName("gpu-high").schedulerName("volcano").pendingTimeout("10m");
 * }</pre>
 *
 * @param <SELF> the concrete template type
 */
public abstract class PodSettings<SELF extends PodSettings<SELF>> {
  Template model;

  PodSettings(Template model) {
    this.model = model;
  }

  @SuppressWarnings("unchecked")
  final SELF self() {
    return (SELF) this;
  }

  final SELF set(UnaryOperator<Template> change) {
    model = change.apply(model);
    return self();
  }

  /** Containers that run beside the main one for as long as it runs, e.g. a database for tests. */
  public SELF sidecars(UserContainer... sidecars) {
    return set(t -> t.withSidecars(plus(t.sidecars(), sidecars)));
  }

  /** Containers that run to completion before the main one starts. */
  public SELF initContainers(UserContainer... containers) {
    return set(t -> t.withInitContainers(plus(t.initContainers(), containers)));
  }

  /** Where this template's logs and output artifacts go, instead of the workflow's repository. */
  public SELF archiveLocation(Storage storage) {
    var a = storage.named("archive");
    return set(t -> t.withArchiveLocation(ArtifactLocation.builder().s3(a.s3()).gcs(a.gcs()).oss(a.oss()).azure(a.azure())
        .git(a.git()).http(a.http()).hdfs(a.hdfs()).artifactory(a.artifactory()).raw(a.raw()).build()));
  }

  /** Whether the pod gets the service account's token mounted. */
  public SELF automountServiceAccountToken(boolean mount) {
    return set(t -> t.withAutomountServiceAccountToken(mount));
  }

  /** The executor's service account for this template's pod. */
  public SELF executorServiceAccountName(String name) {
    return set(t -> t.withExecutor(ExecutorConfig.builder().serviceAccountName(name).build()));
  }

  /** Fails this template as soon as one of its children (a fan-out's pods) fails. */
  public SELF failFast() {
    return set(t -> t.withFailFast(true));
  }

  /** An {@code /etc/hosts} entry in the pod. */
  public SELF hostAlias(String ip, String... hostnames) {
    return hostAliases(HostAlias.builder().ip(ip).hostnames(List.of(hostnames)).build());
  }

  /** {@code /etc/hosts} entries in the pod. */
  public SELF hostAliases(HostAlias... aliases) {
    return set(t -> t.withHostAliases(plus(t.hostAliases(), aliases)));
  }

  /** Prometheus metrics the controller emits for this template. */
  public SELF metrics(Metrics metrics) {
    return set(t -> t.withMetrics(metrics));
  }

  /** Fails the node when its pod stays pending longer, e.g. {@code 10m} (Argo v4). */
  public SELF pendingTimeout(String duration) {
    return set(t -> t.withPendingTimeout(duration));
  }

  /** A patch applied to the pod spec, as YAML or JSON text; handles may appear in it. */
  public SELF podSpecPatch(CharSequence patch) {
    return set(t -> t.withPodSpecPatch(patch.toString()));
  }

  /** The pod's priority class. */
  public SELF priorityClassName(String name) {
    return set(t -> t.withPriorityClassName(name));
  }

  /** The scheduler for the pod, e.g. {@code volcano}. */
  public SELF schedulerName(String name) {
    return set(t -> t.withSchedulerName(name));
  }
}
