package io.argowf.dsl;

import static io.argowf.dsl.internal.Lists.plus;

import io.argowf.dsl.internal.Checks;
import io.argowf.model.ArgoVersion;
import io.argowf.model.Lint;
import io.argowf.model.LintException;
import io.argowf.model.k8s.Resource;
import io.argowf.model.k8s.Affinity;
import io.argowf.model.k8s.ConfigMapKeySelector;
import io.argowf.model.k8s.LocalObjectReference;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.k8s.PersistentVolumeClaim;
import io.argowf.model.k8s.PodSecurityContext;
import io.argowf.model.k8s.Toleration;
import io.argowf.model.k8s.Volume;
import io.argowf.model.workflow.Arguments;
import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.LifecycleHook;
import io.argowf.model.workflow.Metadata;
import io.argowf.model.workflow.Mutex;
import io.argowf.model.workflow.PodGC;
import io.argowf.model.workflow.SemaphoreRef;
import io.argowf.model.workflow.Synchronization;
import io.argowf.model.workflow.TTLStrategy;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowTemplate;
import io.argowf.model.workflow.WorkflowTemplateRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Workflows, WorkflowTemplates, ClusterWorkflowTemplates and CronWorkflows share: metadata and a
 * workflow spec whose templates are collected from the entry point, exit handler and hooks.
 * {@link #build()} checks the result and throws one {@link LintException} listing every problem.
 *
 * <pre>{@code
 * Workflow wf = workflow().generateName("render-")
 *     .arguments(filename).parallelism(100).activeDeadlineSeconds(864000)
 *     .volumes(pvcVolume("data-storage", "shared-data-pvc"))
 *     .entrypoint(main)
 *     .build();
 * }</pre>
 *
 * @param <SELF> the concrete builder
 * @param <R> what it builds
 */
public abstract sealed class SpecBuilder<SELF extends SpecBuilder<SELF, R>, R extends Resource> extends WorkflowSettings<SELF>
    permits WorkflowBuilder, WorkflowTemplateBuilder, ClusterWorkflowTemplateBuilder, CronWorkflowBuilder {
  ObjectMeta metadata;
  ArgoVersion version = ArgoVersion.V4;
  private final List<BaseTemplate<?>> listed = new ArrayList<>();
  private final List<BaseTemplate<?>> handlers = new ArrayList<>();
  private BaseTemplate<?> entrypoint;
  private final List<UnaryOperator<Workflow>> customizers = new ArrayList<>();
  private final List<Resource> lintWith = new ArrayList<>();
  private boolean workflowTemplateRefByName;
  private boolean defaults = true;
  private final Set<Lint.Problem> logged = new HashSet<>();
  private static final Logger LOG = LoggerFactory.getLogger(SpecBuilder.class);

  SpecBuilder(ObjectMeta metadata, WorkflowSpec spec) {
    super(spec);
    this.metadata = metadata == null ? ObjectMeta.builder().build() : metadata;
    if (this.spec.templates() != null) {
      this.spec.templates().forEach(t -> listed.add(new ModelTemplate(t)));
      this.spec = this.spec.withTemplates((Iterable<Template>) null);
    }
  }

  private SELF meta(UnaryOperator<ObjectMeta> change) {
    metadata = change.apply(metadata);
    return self();
  }

  /**
   * The name.
   *
   * @param name e.g. {@code hello-world}
   */
  public SELF name(String name) {
    return meta(m -> m.withName(name));
  }

  /**
   * A name prefix, completed by Kubernetes on creation.
   *
   * @param prefix e.g. {@code hello-world-}
   */
  public SELF generateName(String prefix) {
    return meta(m -> m.withGenerateName(prefix));
  }

  /**
   * The namespace.
   *
   * @param namespace e.g. {@code argo}
   */
  public SELF namespace(String namespace) {
    return meta(m -> m.withNamespace(namespace));
  }

  /**
   * A label on the manifest itself.
   */
  public SELF label(String key, String value) {
    return meta(m -> m.withLabels(plus(m.labels(), key, value)));
  }

  /**
   * An annotation on the manifest itself.
   *
   * @param key e.g. {@code workflows.argoproj.io/description}
   */
  public SELF annotation(String key, String value) {
    return meta(m -> m.withAnnotations(plus(m.annotations(), key, value)));
  }

  /**
   * The template the workflow starts with; it and every template it runs are collected.
   *
   * @param template the entry point
   */
  public SELF entrypoint(BaseTemplate<?> template) {
    this.entrypoint = Objects.requireNonNull(template, "template");
    return self();
  }

  /**
   * Lists templates explicitly, in this order, before the collected ones: for templates nothing here runs
   * (a WorkflowTemplate's library) or to choose the order of the manifest.
   */
  public SELF templates(BaseTemplate<?>... templates) {
    listed.addAll(List.of(templates));
    return self();
  }

  /**
   * A template already in this manifest (e.g. one read from YAML), to run or change with the DSL.
   *
   * @throws IllegalArgumentException when there is none of that name
   */
  public BaseTemplate<?> template(String name) {
    List<BaseTemplate<?>> all = collect().templates;
    return all.stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no template named '" + name + "'; " + (all.isEmpty()
            ? "there are no templates yet (set an entrypoint or list templates first)"
            : "templates here: " + String.join(", ", all.stream().map(BaseTemplate::name).toList()))));
  }

  private Collected collect() {
    List<BaseTemplate<?>> roots = new ArrayList<>();
    roots.add(entrypoint);
    roots.addAll(handlers);
    return new Collected(listed, roots, specPath());
  }

  /**
   * The workflow's arguments; each is a handle rendering {@code {{workflow.parameters.NAME}}}.
   *
   * @param arguments e.g. {@code argument("start", 1)}
   */
  public SELF arguments(Argument... arguments) {
    Arguments args = spec.arguments() == null ? Arguments.builder().build() : spec.arguments();
    List<io.argowf.model.workflow.Parameter> added = Stream.of(arguments).map(Argument::toModel).toList();
    return spec(s -> s.withArguments(args.withParameters(plus(args.parameters(), added))));
  }

  /**
   * Runs a template when the workflow ends, whatever its outcome.
   */
  public SELF onExit(BaseTemplate<?> handler) {
    handlers.add(handler);
    return spec(s -> s.withOnExit(handler.name()));
  }

  /**
   * Runs a template on a workflow lifecycle event, e.g. {@code exit}.
   *
   * @param event the hook's name
   * @param handler the template
   */
  public SELF hook(String event, BaseTemplate<?> handler) {
    return hook(event, LifecycleHook.builder().template(handler.name()).build(), handler);
  }

  /**
   * Runs a template when an expression becomes true.
   *
   * @param expression e.g. {@code workflow.status == "Running"}
   * @param handler the template
   */
  public SELF hook(String name, String expression, BaseTemplate<?> handler) {
    return hook(name, LifecycleHook.builder().expression(expression).template(handler.name()).build(), handler);
  }

  /**
   * Runs a template when a typed condition becomes true.
   *
   * <pre>{@code
   * workflow().hook("running", WorkflowStatus.RUNNING, notifyStart);   // expression: workflow.status == 'Running'
   * }</pre>
   */
  public SELF hook(String name, Condition condition, BaseTemplate<?> handler) {
    return hook(name, condition.expression(), handler);
  }

  private SELF hook(String name, LifecycleHook hook, BaseTemplate<?> handler) {
    handlers.add(handler);
    return spec(s -> s.withHooks(plus(s.hooks(), name, hook)));
  }

  /**
   * Runs at most this many pods of the workflow at once.
   *
   * @param limit e.g. {@code 100}
   */
  public SELF parallelism(int limit) {
    return spec(s -> s.withParallelism(limit));
  }

  /**
   * Fails the workflow when it runs longer.
   *
   * @param seconds e.g. {@code 864000}
   */
  public SELF activeDeadlineSeconds(int seconds) {
    return spec(s -> s.withActiveDeadlineSeconds(seconds));
  }

  /**
   * The service account the pods run as.
   *
   * @param name e.g. {@code argo}
   */
  public SELF serviceAccountName(String name) {
    return spec(s -> s.withServiceAccountName(name));
  }

  /**
   * When finished pods are deleted.
   *
   * @param strategy {@code OnPodCompletion}, {@code OnPodSuccess}, {@code OnWorkflowCompletion} or {@code OnWorkflowSuccess}
   */
  public SELF podGC(String strategy) {
    return podGC(PodGC.builder().strategy(strategy).build());
  }

  /**
   * When finished pods are deleted.
   *
   * <pre>{@code
   * workflow().podGC(PodGCStrategy.ON_POD_COMPLETION);
   * }</pre>
   */
  public SELF podGC(PodGCStrategy strategy) {
    return podGC(strategy.toString());
  }

  /**
   * When finished pods are deleted, in full.
   *
   * @param podGC e.g. {@code PodGC.builder().strategy("OnPodSuccess").deleteDelayDuration("30s").build()}
   */
  public SELF podGC(PodGC podGC) {
    return spec(s -> s.withPodGC(podGC));
  }

  /**
   * When the finished workflow is deleted.
   *
   * @param ttl e.g. {@code TTLStrategy.builder().secondsAfterCompletion(10).build()}
   */
  public SELF ttlStrategy(TTLStrategy ttl) {
    return spec(s -> s.withTtlStrategy(ttl));
  }

  /**
   * Volumes every template may mount.
   *
   * @param volumes e.g. {@code pvcVolume("data", "shared-data-pvc")}
   */
  public SELF volumes(Volume... volumes) {
    return spec(s -> s.withVolumes(plus(s.volumes(), volumes)));
  }

  /**
   * Claims created with the workflow (and deleted with it) that every template may mount.
   *
   * @param claims e.g. {@code volumeClaim("workdir", "1Gi", "ReadWriteOnce")}
   */
  public SELF volumeClaimTemplates(PersistentVolumeClaim... claims) {
    return spec(s -> s.withVolumeClaimTemplates(plus(s.volumeClaimTemplates(), claims)));
  }

  /**
   * An annotation on every pod of the workflow ({@code podMetadata}).
   *
   * @param key e.g. {@code vke.volcengine.com/burst-to-vci}
   * @param value e.g. {@code enforce}
   */
  public SELF podAnnotation(String key, String value) {
    Metadata m = spec.podMetadata() == null ? Metadata.builder().build() : spec.podMetadata();
    return spec(s -> s.withPodMetadata(m.withAnnotations(plus(m.annotations(), key, value))));
  }

  /**
   * A label on every pod of the workflow ({@code podMetadata}).
   */
  public SELF podLabel(String key, String value) {
    Metadata m = spec.podMetadata() == null ? Metadata.builder().build() : spec.podMetadata();
    return spec(s -> s.withPodMetadata(m.withLabels(plus(m.labels(), key, value))));
  }

  /**
   * Runs every pod only on nodes with this label.
   *
   * @param key e.g. {@code kubernetes.io/arch}
   * @param value e.g. {@code amd64}
   */
  public SELF nodeSelector(String key, String value) {
    return spec(s -> s.withNodeSelector(plus(s.nodeSelector(), key, value)));
  }

  /**
   * Lets every pod run on nodes with these taints.
   */
  public SELF tolerations(Toleration... tolerations) {
    return spec(s -> s.withTolerations(plus(s.tolerations(), tolerations)));
  }

  /**
   * Where every pod may be scheduled.
   */
  public SELF affinity(Affinity affinity) {
    return spec(s -> s.withAffinity(affinity));
  }

  /**
   * Every pod's security context.
   */
  public SELF securityContext(PodSecurityContext context) {
    return spec(s -> s.withSecurityContext(context));
  }

  /**
   * Secrets to pull images with.
   */
  public SELF imagePullSecrets(String... names) {
    List<LocalObjectReference> refs = Stream.of(names).map(n -> LocalObjectReference.builder().name(n).build()).toList();
    return spec(s -> s.withImagePullSecrets(plus(s.imagePullSecrets(), refs)));
  }

  /**
   * Runs at most one such workflow at a time, across workflows holding the same mutex.
   */
  public SELF mutex(String name) {
    Synchronization sync = spec.synchronization() == null ? Synchronization.builder().build() : spec.synchronization();
    return spec(s -> s.withSynchronization(sync.withMutexes(plus(sync.mutexes(), Mutex.builder().name(name).build()))));
  }

  /**
   * Runs only when the semaphore configured in a ConfigMap key has room.
   *
   * @param configMap the ConfigMap's name
   * @param key the key holding the limit
   */
  public SELF semaphore(String configMap, String key) {
    Synchronization sync = spec.synchronization() == null ? Synchronization.builder().build() : spec.synchronization();
    SemaphoreRef ref = SemaphoreRef.builder()
        .configMapKeyRef(ConfigMapKeySelector.builder().name(configMap).key(key).build()).build();
    return spec(s -> s.withSynchronization(sync.withSemaphores(plus(sync.semaphores(), ref))));
  }

  /**
   * Runs a WorkflowTemplate, known by name only (e.g. installed in the cluster), instead of templates of its own.
   * {@link #build()} cannot check the workflow against it and warns instead; pass the WorkflowTemplate itself
   * ({@link #workflowTemplateRef(WorkflowTemplate)} or {@link #lintWith(Object...)}) to have it checked.
   *
   * <pre>{@code
   * workflow().generateName("hello-").workflowTemplateRef("workflow-template-submittable").build();
   * }</pre>
   */
  public SELF workflowTemplateRef(String name) {
    workflowTemplateRefByName = true;
    return spec(s -> s.withWorkflowTemplateRef(WorkflowTemplateRef.builder().name(name).build()));
  }

  /**
   * Runs a WorkflowTemplate instead of templates of its own; {@link #build()} checks the workflow against it
   * (its entry point exists, the arguments meet its inputs).
   *
   * <pre>{@code
   * WorkflowTemplate submittable = workflowTemplate("submittable").arguments(argument("message", "hi")).entrypoint(print).build();
   * workflow().generateName("hello-").workflowTemplateRef(submittable).build();
   * }</pre>
   *
   * @param template the WorkflowTemplate, built or read from YAML
   */
  public SELF workflowTemplateRef(WorkflowTemplate template) {
    lintWith(template);
    workflowTemplateRefByName = false;
    return spec(s -> s.withWorkflowTemplateRef(WorkflowTemplateRef.builder().name(template.metadata().name()).build()));
  }

  /**
   * Runs a ClusterWorkflowTemplate, known by name only, instead of templates of its own; like
   * {@link #workflowTemplateRef(String)}, {@link #build()} warns that it cannot check it.
   *
   * <pre>{@code
   * workflow().generateName("hello-").clusterWorkflowTemplateRef("cluster-workflow-template-submittable").build();
   * }</pre>
   */
  public SELF clusterWorkflowTemplateRef(String name) {
    workflowTemplateRefByName = true;
    return spec(s -> s.withWorkflowTemplateRef(WorkflowTemplateRef.builder().name(name).clusterScope(true).build()));
  }

  /**
   * Runs a ClusterWorkflowTemplate instead of templates of its own; {@link #build()} checks the workflow against it.
   *
   * <pre>{@code
   * workflow().generateName("hello-").clusterWorkflowTemplateRef(clusterSubmittable).build();
   * }</pre>
   *
   * @param template the ClusterWorkflowTemplate, built or read from YAML
   */
  public SELF clusterWorkflowTemplateRef(ClusterWorkflowTemplate template) {
    lintWith(template);
    workflowTemplateRefByName = false;
    return spec(s -> s.withWorkflowTemplateRef(
        WorkflowTemplateRef.builder().name(template.metadata().name()).clusterScope(true).build()));
  }

  /**
   * WorkflowTemplates and ClusterWorkflowTemplates that references by name may resolve to, so that
   * {@link #build()} checks those calls too ({@link Lint#check(io.argowf.model.k8s.Resource, java.util.Collection)}). References made
   * from a template object need no such call.
   *
   * <pre>{@code
   * List<Resource> installed = Manifests.readAll(Path.of("templates.yaml"));
   * workflow().generateName("x-").lintWith(installed.toArray()).entrypoint(main).build();
   * }</pre>
   *
   * @param templates WorkflowTemplates and ClusterWorkflowTemplates, built or read from YAML
   * @throws IllegalArgumentException when one is something else
   */
  public SELF lintWith(Object... templates) {
    for (Object t : templates) {
      if (!(t instanceof WorkflowTemplate) && !(t instanceof ClusterWorkflowTemplate)) {
        throw new IllegalArgumentException("lintWith takes WorkflowTemplates and ClusterWorkflowTemplates, not "
            + (t == null ? "null" : t.getClass().getSimpleName()));
      }
      lintWith.add((Resource) t);
    }
    return self();
  }

  /**
   * The Argo version to write for (default {@link ArgoVersion#V4}); using a feature it lacks is an error.
   */
  public SELF targeting(ArgoVersion version) {
    this.version = Objects.requireNonNull(version, "version");
    return self();
  }

  /**
   * Changes the built workflow with the model's vocabulary; applied at {@link #build()}, in order, before the
   * checks. For the other kinds it sees a Workflow with their metadata and (workflow) spec.
   *
   * <pre>{@code
   * workflow().customize(wf -> wf.withSpec(wf.spec().withPriority(10)));
   * }</pre>
   *
   * @param change a transform of the model workflow, e.g. a VCI placement
   */
  public SELF customize(UnaryOperator<Workflow> change) {
    customizers.add(Objects.requireNonNull(change, "change"));
    return self();
  }

  /**
   * Builds the manifest, then checks it with {@link Lint}'s rules and the DSL's own (a manifest with neither name
   * nor generateName, two different templates with one name, arguments a template does not declare, features the
   * {@linkplain #targeting target version} lacks). Organisation defaults ({@link WorkflowDefaults}) apply first,
   * then {@link #customize} steps. Each warning is logged once (SLF4J, at WARN, logger {@code io.argowf.dsl.SpecBuilder});
   * {@link #buildWithProblems()} returns them instead. References to WorkflowTemplates given to the DSL (made from the template object, or passed with
   * {@link #lintWith(Object...)}) are followed and checked; a reference the DSL made from a name alone is a
   * warning ("not checked"), not an error, as such templates usually live in the cluster.
   *
   * <pre>{@code
   * try {
   *   Workflow wf = workflow().generateName("x-").entrypoint(main).build();
   * } catch (LintException e) {
   *   e.problems().forEach(System.err::println);   // error spec.templates[0].dag.tasks[0].depends: ...
   * }
   * }</pre>
   *
   * @return the manifest
   * @throws LintException listing every problem with its path, when there is an error
   */
  public R build() {
    Built<R> built = check();
    R manifest = built.orThrow();
    for (Lint.Problem p : built.problems()) {
      if (p.severity() == Lint.Severity.INFO || !logged.add(p)) continue;
      LOG.warn("{}: {}", p.path(), p.message());
    }
    return manifest;
  }

  /**
   * Builds the manifest like {@link #build()}, but neither throws nor logs: the manifest comes with every problem,
   * errors included, for callers that report them their own way.
   *
   * <pre>{@code
   * Built<Workflow> built = workflow().generateName("x-").entrypoint(main).buildWithProblems();
   * if (built.hasErrors()) built.errors().forEach(report::error); else submit(built.manifest());
   * }</pre>
   */
  public Built<R> buildWithProblems() {
    return check();
  }

  /**
   * Leaves out the organisation defaults ({@link WorkflowDefaults}) for this manifest.
   *
   * <pre>{@code
   * workflow().generateName("raw-").withoutDefaults().entrypoint(main).build();
   * }</pre>
   */
  public SELF withoutDefaults() {
    this.defaults = false;
    return self();
  }

  /**
   * The problems {@link #build()} finds, errors and warnings, without throwing: to see the warnings of a
   * manifest that builds.
   *
   * <pre>{@code
   * workflow().generateName("x-").entrypoint(main).lint().forEach(System.out::println);
   * // warning spec.templates[0].steps[0][0].templateRef.name: WorkflowTemplate 'lib' was not given to the DSL, ...
   * }</pre>
   *
   * @return the problems, in the order found; {@code info} ones say which organisation default set what
   */
  public List<Lint.Problem> lint() {
    return check().problems();
  }

  private Built<R> check() {
    String path = specPath();
    Collected collected = collect();
    List<Resource> given = new ArrayList<>(lintWith);
    Map<String, String> unchecked = new HashMap<>();
    WorkflowTemplateRef wtr = spec.workflowTemplateRef();
    if (workflowTemplateRefByName && wtr != null) {
      unchecked.put(path + ".workflowTemplateRef.name", TemplateReference.notChecked(Boolean.TRUE.equals(wtr.clusterScope()), wtr.name()));
    }
    Map<String, Call<?>> calls = new LinkedHashMap<>();
    for (int i = 0; i < collected.templates.size(); i++) collected.templates.get(i).calls(path + ".templates[" + i + "]", calls::put);
    calls.forEach((at, call) -> {
      if (call.reference == null) return;
      if (call.reference.manifest() != null) {
        given.add(call.reference.manifest());
      } else {
        unchecked.put(at + ".templateRef.name", call.reference.notChecked());
      }
    });
    WorkflowSpec full = spec
        .withEntrypoint(entrypoint == null ? spec.entrypoint() : entrypoint.name())
        .withTemplates(collected.templates.isEmpty() ? null : collected.templates.stream().map(BaseTemplate::toModel).toList());
    Workflow wf = Workflow.builder().metadata(metadata).spec(full).build();
    List<Lint.Problem> problems = new ArrayList<>(collected.problems);
    if (defaults) wf = Defaults.apply(wf, path, problems);
    for (UnaryOperator<Workflow> c : customizers) wf = c.apply(wf);
    boolean unnamed = wf.metadata() == null || wf.metadata().name() == null && wf.metadata().generateName() == null;
    if (unnamed) {
      problems.add(new Lint.Problem(Lint.Severity.ERROR, "metadata", "has neither name nor generateName, so Kubernetes"
          + " would refuse it; call name(\"...\") or generateName(\"...-\")"));
    }
    ArgoVersion.Conversion<R> converted = version.conversion(wrap(wf));
    problems.addAll(converted.problems());
    R result = converted.manifest();
    Set<String> versioned = converted.problems().stream().map(Lint.Problem::path).collect(Collectors.toSet());
    calls.forEach((at, call) -> Checks.undeclaredArguments(call.who(), call.callee(given), call.arguments, at, problems));
    calls.forEach((at, call) -> {
      String unlooped = call.aggregatedWithoutLoop();
      if (unlooped != null) problems.add(new Lint.Problem(Lint.Severity.ERROR, at, unlooped));
    });
    Set<String> clashes = collected.problems.stream().map(Lint.Problem::path).collect(Collectors.toSet());
    List<String> callsOfClashes = calls.entrySet().stream()
        .filter(e -> e.getValue().templateName() != null && collected.shadowed.contains(e.getValue().template))
        .map(Map.Entry::getKey).toList();
    for (Lint.Problem p : Lint.check(result, given, Lint.Mode.CREATE, version)) {
      if (clashes.contains(p.path())) continue;   // said once, with the DSL's words naming the other template
      if (callsOfClashes.stream().anyMatch(c -> p.path().equals(c) || p.path().startsWith(c + "."))) continue;
      if (unnamed && p.path().equals("metadata") && !p.isError()) continue;   // the DSL's error above says it
      if (versioned.contains(p.path())) continue;   // said once, with the conversion's words
      String notChecked = p.isError() ? unchecked.get(p.path()) : null;
      problems.add(notChecked == null ? p : new Lint.Problem(Lint.Severity.WARNING, p.path(), notChecked));
    }
    return new Built<>(result, problems);
  }

  /** @return the path of the workflow spec in the manifest */
  String specPath() {
    return "spec";
  }

  /** Makes the manifest from the workflow's metadata and spec. */
  abstract R wrap(Workflow workflow);
}
