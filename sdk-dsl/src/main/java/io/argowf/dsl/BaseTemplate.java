package io.argowf.dsl;

import static io.argowf.dsl.internal.Lists.plus;

import io.argowf.model.k8s.Affinity;
import io.argowf.model.k8s.ConfigMapKeySelector;
import io.argowf.model.k8s.IntOrString;
import io.argowf.model.k8s.LocalObjectReference;
import io.argowf.model.k8s.PodSecurityContext;
import io.argowf.model.k8s.Toleration;
import io.argowf.model.k8s.Volume;
import io.argowf.model.workflow.Cache;
import io.argowf.model.workflow.Inputs;
import io.argowf.model.workflow.Memoize;
import io.argowf.model.workflow.Metadata;
import io.argowf.model.workflow.Mutex;
import io.argowf.model.workflow.Outputs;
import io.argowf.model.workflow.RetryStrategy;
import io.argowf.model.workflow.SemaphoreRef;
import io.argowf.model.workflow.Synchronization;
import io.argowf.model.workflow.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * What every template has: a name, inputs and outputs, and the settings any template kind takes. Make
 * steps and tasks from it with {@link #step(String)} and {@link #task(String)}; a workflow collects every
 * template its steps and tasks use.
 *
 * <pre>{@code
 * var echo = container("echo").inputs(message).image("busybox").command("echo", message)
 *     .retry(3).timeout("5m").label("tier", "demo");
 * dag("main").tasks(echo.task("A").with(message, "A"));
 * }</pre>
 *
 * @param <SELF> the concrete template type, so that chained calls keep it
 */
public abstract sealed class BaseTemplate<SELF extends BaseTemplate<SELF>> extends PodSettings<SELF>
    permits ContainerBased, ContainerSetTemplate, DagTemplate, DataTemplate, HttpTemplate, ModelTemplate,
        PluginTemplate, ResourceTemplate, StepsTemplate, SuspendTemplate {
  private final List<UnaryOperator<Template>> customizers = new ArrayList<>();

  BaseTemplate(String name) {
    this(Template.builder().name(Objects.requireNonNull(name, "name")).build());
  }

  BaseTemplate(Template model) {
    super(model);
  }

  /** @return the template's name, as steps and tasks refer to it */
  public String name() {
    return model.name();
  }

  /**
   * A step that runs this template, for a {@link StepsTemplate}.
   *
   * @param name the step's name, unique in its steps template
   */
  public Step step(String name) {
    return new Step(name, this);
  }

  /**
   * A task that runs this template, for a {@link DagTemplate}.
   *
   * @param name the task's name, unique in its DAG
   */
  public Task task(String name) {
    return new Task(name, this);
  }

  /**
   * Declares input parameters; callers pass them with {@code step.with(param, value)}.
   *
   * @param params e.g. {@code param("message")}
   */
  public SELF inputs(InputParam... params) {
    Inputs in = model.inputs() == null ? Inputs.builder().build() : model.inputs();
    List<io.argowf.model.workflow.Parameter> added = Stream.of(params).map(InputParam::toModel).toList();
    return set(t -> t.withInputs(in.withParameters(plus(in.parameters(), added))));
  }

  /**
   * Declares input artifacts.
   *
   * @param artifacts e.g. {@code inputArtifact("message", "/tmp/message")}
   */
  public SELF inputs(InputArtifact... artifacts) {
    Inputs in = model.inputs() == null ? Inputs.builder().build() : model.inputs();
    List<io.argowf.model.workflow.Artifact> added = Stream.of(artifacts).map(InputArtifact::toModel).toList();
    return set(t -> t.withInputs(in.withArtifacts(plus(in.artifacts(), added))));
  }

  /**
   * Declares output parameters.
   *
   * @param params e.g. {@code outputParam("hello").fromPath("/tmp/hello.txt")}
   */
  public SELF outputs(OutputParam... params) {
    Outputs out = model.outputs() == null ? Outputs.builder().build() : model.outputs();
    List<io.argowf.model.workflow.Parameter> added = Stream.of(params).map(OutputParam::toModel).toList();
    return set(t -> t.withOutputs(out.withParameters(plus(out.parameters(), added))));
  }

  /**
   * Declares output artifacts.
   *
   * @param artifacts e.g. {@code outputArtifact("hello-art", "/tmp/hello.txt")}
   */
  public SELF outputs(OutputArtifact... artifacts) {
    Outputs out = model.outputs() == null ? Outputs.builder().build() : model.outputs();
    List<io.argowf.model.workflow.Artifact> added = Stream.of(artifacts).map(OutputArtifact::toModel).toList();
    return set(t -> t.withOutputs(out.withArtifacts(plus(out.artifacts(), added))));
  }

  /**
   * Adds a label to the pods of this template ({@code metadata.labels}).
   *
   * @param key e.g. {@code resource}
   * @param value e.g. {@code vci}
   */
  public SELF label(String key, String value) {
    Metadata m = model.metadata() == null ? Metadata.builder().build() : model.metadata();
    return set(t -> t.withMetadata(m.withLabels(plus(m.labels(), key, value))));
  }

  /**
   * Adds an annotation to the pods of this template ({@code metadata.annotations}).
   *
   * @param key e.g. {@code vke.volcengine.com/burst-to-vci}
   * @param value e.g. {@code enforce}
   */
  public SELF annotation(String key, String value) {
    Metadata m = model.metadata() == null ? Metadata.builder().build() : model.metadata();
    return set(t -> t.withMetadata(m.withAnnotations(plus(m.annotations(), key, value))));
  }

  /**
   * Retries a failed run up to this many times.
   *
   * @param limit e.g. {@code 3}
   */
  public SELF retry(int limit) {
    return retry(Argo.retry(limit));
  }

  /**
   * Retries failures of this kind up to this many times.
   *
   * <pre>{@code
   * container("fetch").retry(3, RetryPolicy.ON_TRANSIENT_ERROR);
   * }</pre>
   */
  public SELF retry(int limit, RetryPolicy policy) {
    return retry(Argo.retry(limit, policy));
  }

  /**
   * Retries as this strategy says.
   *
   * @param strategy e.g. {@code retry(10).withBackoff(backoff("1", 2, "1m"))}
   */
  public SELF retry(RetryStrategy strategy) {
    return set(t -> t.withRetryStrategy(strategy));
  }

  /**
   * Fails the template when it has not finished in this time.
   *
   * @param duration e.g. {@code 30s}, {@code 5m}
   */
  public SELF timeout(String duration) {
    return set(t -> t.withTimeout(duration));
  }

  /**
   * Fails a running pod after this many seconds.
   *
   * @param seconds e.g. {@code 10}
   */
  public SELF activeDeadlineSeconds(long seconds) {
    return set(t -> t.withActiveDeadlineSeconds(IntOrString.of(seconds)));
  }

  /**
   * Runs the pods only on nodes with this label.
   *
   * @param key e.g. {@code kubernetes.io/arch}
   * @param value e.g. {@code amd64}
   */
  public SELF nodeSelector(String key, String value) {
    return set(t -> t.withNodeSelector(plus(t.nodeSelector(), key, value)));
  }

  /**
   * Lets the pods run on nodes with these taints.
   */
  public SELF tolerations(Toleration... tolerations) {
    return set(t -> t.withTolerations(plus(t.tolerations(), tolerations)));
  }

  /**
   * Where the pods may be scheduled.
   */
  public SELF affinity(Affinity affinity) {
    return set(t -> t.withAffinity(affinity));
  }

  /**
   * The pods' security context.
   *
   * @param context e.g. {@code PodSecurityContext.builder().runAsNonRoot(true).build()}
   */
  public SELF securityContext(PodSecurityContext context) {
    return set(t -> t.withSecurityContext(context));
  }

  /**
   * The service account the pods run as.
   *
   * @param name e.g. {@code argo}
   */
  public SELF serviceAccountName(String name) {
    return set(t -> t.withServiceAccountName(name));
  }

  /**
   * Volumes for this template's pods only.
   */
  public SELF volumes(Volume... volumes) {
    return set(t -> t.withVolumes(plus(t.volumes(), volumes)));
  }

  /**
   * Runs at most one instance at a time across workflows holding the same mutex.
   *
   * @param name e.g. {@code welcome}
   */
  public SELF mutex(String name) {
    Synchronization s = model.synchronization() == null ? Synchronization.builder().build() : model.synchronization();
    return set(t -> t.withSynchronization(s.withMutexes(plus(s.mutexes(), Mutex.builder().name(name).build()))));
  }

  /**
   * Runs only when the semaphore configured in a ConfigMap key has room.
   *
   * @param configMap the ConfigMap's name
   * @param key the key holding the limit
   */
  public SELF semaphore(String configMap, String key) {
    Synchronization s = model.synchronization() == null ? Synchronization.builder().build() : model.synchronization();
    SemaphoreRef ref = SemaphoreRef.builder()
        .configMapKeyRef(ConfigMapKeySelector.builder().name(configMap).key(key).build()).build();
    return set(t -> t.withSynchronization(s.withSemaphores(plus(s.semaphores(), ref))));
  }

  /**
   * Caches the outputs under a key in a ConfigMap, reusing them while younger than {@code maxAge}.
   *
   * @param key e.g. {@code "cache-" + message}
   * @param maxAge e.g. {@code 10s}
   * @param configMap the cache's ConfigMap
   */
  public SELF memoize(CharSequence key, String maxAge, String configMap) {
    Memoize m = Memoize.builder().key(key.toString()).maxAge(maxAge)
        .cache(Cache.builder().configMap(LocalObjectReference.builder().name(configMap).build()).build()).build();
    return set(t -> t.withMemoize(m));
  }

  /**
   * Runs the template as a daemon: it keeps running while the steps after it run.
   */
  public SELF daemon() {
    return set(t -> t.withDaemon(true));
  }

  /**
   * Changes the built template with the model's vocabulary; applied at {@code build()}, in order.
   *
   * <pre>{@code
   * container("train").customize(t -> t.withPriorityClassName("high"));
   * }</pre>
   *
   * @param change a transform of the model template, e.g. a VCI placement
   */
  public SELF customize(UnaryOperator<Template> change) {
    customizers.add(Objects.requireNonNull(change, "change"));
    return self();
  }

  /**
   * The model template, as the workflow will hold it.
   *
   * @return the template with every customization applied
   */
  public Template toModel() {
    Template t = complete(model);
    for (UnaryOperator<Template> c : customizers) t = c.apply(t);
    return t;
  }

  /** Adds what the template kind holds apart from the common settings. */
  abstract Template complete(Template common);

  /**
   * Hands each step or task of this template (and of inline templates in it) to {@code each}, with its path.
   *
   * @param path this template's path, e.g. {@code spec.templates[2]}
   */
  void calls(String path, BiConsumer<String, Call<?>> each) {}

  /** @return the templates this one runs (steps and DAGs run others), in order of first use */
  List<BaseTemplate<?>> uses() {
    return List.of();
  }
}
