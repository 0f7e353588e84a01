package io.argowf.local.client;

import io.argowf.client.Backend;
import io.argowf.client.ClusterWorkflowTemplates;
import io.argowf.client.CronWorkflows;
import io.argowf.client.InvalidException;
import io.argowf.client.UnsupportedByBackendException;
import io.argowf.client.WorkflowTemplates;
import io.argowf.client.Workflows;
import io.argowf.client.spi.BackendSupport;
import io.argowf.local.LocalRun;
import io.argowf.local.LocalRunException;
import io.argowf.local.LocalRunner;
import io.argowf.model.k8s.ConfigMap;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.k8s.Secret;
import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client's local backend: {@code ArgoClient} calls run workflows on this machine with the
 * {@link LocalRunner}, so code written against the client works in {@code mvn test} with no cluster. A create
 * starts the workflow at once; {@code get}, {@code list}, {@code watch}, {@code waitFor} and {@code logs} see it run.
 * WorkflowTemplates, ClusterWorkflowTemplates and CronWorkflows are kept in memory, so {@code templateRef},
 * {@code workflowTemplateRef} and {@code fromTemplate(...).submit()} work.
 *
 * <pre>{@code
 * try (ArgoClient argo = ArgoClient.local()) {                 // or ArgoClient.of(LocalBackend.create())
 *   argo.workflowTemplates("default").create(template);
 *   Workflow created = argo.workflows().create(wf);
 *   Workflow done = argo.waitFor(created);
 *   argo.workflows().logs(created.metadata().name()).lines().forEach(l -> System.out.println(l.content()));
 * }
 *
 * // with mocks: the runner's builder, stand-ins and all
 * ArgoClient argo = ArgoClient.of(LocalBackend.builder()
 *     .runner(LocalRunner.builder().standIn("train", StandIn.returning(Map.of("accuracy", "0.93"))))
 *     .namespace("argo")
 *     .build());
 * }</pre>
 *
 * <p>What the actions do locally: {@code suspend} holds the leaves that have not started (running ones go on, as
 * on a cluster; a held leaf's node shows Running with no log yet) and shows {@code spec.suspend: true}; {@code resume} lets them start and resumes suspend nodes (all
 * of them, or those a {@code nodeFieldSelector} {@code displayName=x} names); {@code stop} and {@code terminate}
 * are the runner's and show {@code spec.shutdown}; {@code set} completes suspend nodes with output parameters;
 * {@code resubmit} runs a copy; {@code delete} terminates a running workflow and forgets it. Not supported by the
 * local backend ({@link UnsupportedByBackendException}): {@code retry}, memoized resubmits, stop with a message or
 * node selector, the archive, events, artifact downloads, info, userinfo and UI links. CronWorkflows are stored,
 * not scheduled. Every object gets a {@code uid} and a {@code resourceVersion} (one counter for the backend);
 * workflows carry Argo's {@code workflows.argoproj.io/phase} and {@code completed} labels.
 */
public final class LocalBackend implements Backend {
  private final LocalRunner runner;
  private final String namespace;
  private final boolean lintBeforeSubmit;
  private final List<Object> objects;
  private final Gate gate;
  private final Versions versions = new Versions();
  private final LocalRuns runs = new LocalRuns(versions);
  private final Map<String, Store<WorkflowTemplate>> templates = new ConcurrentHashMap<>();
  private final Map<String, Store<CronWorkflow>> crons = new ConcurrentHashMap<>();
  private final Store<ClusterWorkflowTemplate> clusterTemplates;

  private LocalBackend(Builder b) {
    this.gate = new Gate();
    this.runner = b.runner.leafExecutor(gate).build();
    this.namespace = b.namespace;
    this.lintBeforeSubmit = b.lintBeforeSubmit;
    this.objects = List.copyOf(b.objects);
    this.clusterTemplates = new Store<>("clusterworkflowtemplates", null, ClusterWorkflowTemplate.class, versions);
  }

  /**
   * A local backend with the runner's defaults (a temporary working folder, the built-in stand-ins) and namespace
   * {@code default}.
   *
   * <pre>{@code
   * ArgoClient argo = ArgoClient.of(LocalBackend.create());
   * }</pre>
   */
  public static LocalBackend create() {
    return builder().build();
  }

  /**
   * A builder.
   *
   * <pre>{@code
   * LocalBackend local = LocalBackend.builder().runner(LocalRunner.builder().parallelism(2)).namespace("argo").build();
   * }</pre>
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String description() {
    return "local runner (workflows run in this JVM and on this machine)";
  }

  @Override
  public String namespace() {
    return namespace;
  }

  @Override
  public Workflows workflows(String namespace) {
    return new LocalWorkflows(this, namespace);
  }

  @Override
  public WorkflowTemplates workflowTemplates(String namespace) {
    return new LocalTemplates(this, namespace, templateStore(namespace));
  }

  @Override
  public ClusterWorkflowTemplates clusterWorkflowTemplates() {
    return new LocalClusterTemplates(this, clusterTemplates);
  }

  @Override
  public CronWorkflows cronWorkflows(String namespace) {
    return new LocalCrons(this, namespace, crons.computeIfAbsent(namespace,
        ns -> new Store<>("cronworkflows", ns, CronWorkflow.class, versions)));
  }

  @Override
  public io.argowf.client.ArchivedWorkflows archivedWorkflows() {
    throw unsupported("the workflow archive", "finished local workflows stay readable until deleted");
  }

  @Override
  public io.argowf.client.Events events(String namespace) {
    throw unsupported("events", "WorkflowEventBindings need argo-server");
  }

  @Override
  public io.argowf.client.Artifacts artifacts(String namespace) {
    throw unsupported("artifact downloads", "artifacts are files under the run's artifact folder");
  }

  @Override
  public io.argowf.model.workflow.InfoResponse info() {
    throw unsupported("info", "there is no argo-server");
  }

  @Override
  public io.argowf.model.workflow.Version version() {
    throw unsupported("version", "there is no argo-server");
  }

  @Override
  public io.argowf.model.workflow.GetUserInfoResponse userInfo() {
    throw unsupported("userinfo", "there is no argo-server");
  }

  /**
   * Terminates the workflows still running (their followed logs end), fails open watches and later calls with
   * "the local backend was closed".
   */
  @Override
  public void close() {
    runs.close();
    gate.openForGood();
  }

  @Override
  public String toString() {
    return "LocalBackend{namespace=" + namespace + "}";
  }

  /**
   * The exception for what the local backend cannot do.
   *
   * <pre>{@code
   * throw LocalBackend.unsupported("retry", "resubmit runs the workflow again");
   * }</pre>
   */
  static UnsupportedByBackendException unsupported(String what, String why) {
    return new UnsupportedByBackendException(what + " is not supported by the local backend (" + why
        + "); argo-server and the Kubernetes backend offer it");
  }

  boolean lintBeforeSubmit() {
    return lintBeforeSubmit;
  }

  LocalRuns runs() {
    return runs;
  }

  Gate gate() {
    return gate;
  }

  /** The workflow with its name (from {@code generateName} when it has none) and namespace, as a create sets them. */
  Workflow named(String ns, Workflow workflow) {
    ObjectMeta meta = Objects.requireNonNullElse(workflow.metadata(), ObjectMeta.builder().build());
    String name = meta.name();
    if (name == null || name.isEmpty()) {
      if (meta.generateName() == null || meta.generateName().isEmpty()) {
        throw new InvalidException("workflow in " + ns + " (local): metadata.name or metadata.generateName is "
            + "required", 400, 3, "", null);
      }
      do {
        name = Store.generated(meta.generateName());
      } while (runs.contains(ns, name));
    }
    return workflow.withMetadata(meta.withName(name).withNamespace(ns));
  }

  /** Names and starts a workflow, with the namespace's templates, the cluster templates and the given objects. */
  Workflow start(String ns, Workflow workflow) {
    synchronized (runs) {
      runs.checkOpen();
      Workflow named = named(ns, workflow);
      String name = named.metadata().name();
      if (runs.contains(ns, name)) {
        throw BackendSupport.failure("create workflows in " + ns + " (local)", 409, "AlreadyExists",
            "workflows.argoproj.io \"" + name + "\" already exists", null);
      }
      boolean suspended = named.spec() != null && Boolean.TRUE.equals(named.spec().suspend());
      if (suspended) {
        gate.hold(name);
      }
      Entry entry = new Entry(ns, name, begin(named), suspended);
      runs.add(entry);
      return entry.current;
    }
  }

  private LocalRun begin(Workflow named) {
    List<Object> given = new ArrayList<>(templateStore(named.metadata().namespace()).all());
    given.addAll(clusterTemplates.all());
    given.addAll(objects);
    try {
      return runner.start(named, given);
    } catch (LocalRunException e) {
      gate.release(named.metadata().name());
      throw new InvalidException("create workflows in " + named.metadata().namespace() + " (local): the local "
          + "runner refuses " + named.metadata().name() + ": " + e.getMessage(), 400, 3, e.getMessage(), e);
    }
  }

  private Store<WorkflowTemplate> templateStore(String ns) {
    return templates.computeIfAbsent(ns, n -> new Store<>("workflowtemplates", n, WorkflowTemplate.class, versions));
  }

  /**
   * Configures a {@link LocalBackend}. Not thread-safe.
   *
   * <pre>{@code
   * LocalBackend local = LocalBackend.builder()
   *     .runner(LocalRunner.builder().workingFolder(Path.of("target/local-runs")))
   *     .objects(configMap, secret)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private LocalRunner.Builder runner = LocalRunner.builder();
    private String namespace = "default";
    private boolean lintBeforeSubmit = true;
    private final List<Object> objects = new ArrayList<>();

    private Builder() {}

    /**
     * The runner's configuration (working folder, stand-ins and mocks, parallelism, timeout, listener); the
     * backend adds its own first leaf executor (for suspend) and builds it.
     */
    public Builder runner(LocalRunner.Builder runner) {
      this.runner = Objects.requireNonNull(runner, "runner");
      return this;
    }

    /** The namespace used when the caller names none (default {@code default}). */
    public Builder namespace(String namespace) {
      if (namespace == null || namespace.isBlank()) {
        throw new IllegalArgumentException("namespace must not be empty");
      }
      this.namespace = namespace;
      return this;
    }

    /** Whether create and submit lint the workflow first (default on, as on the other backends). */
    public Builder lintBeforeSubmit(boolean lint) {
      this.lintBeforeSubmit = lint;
      return this;
    }

    /** ConfigMaps and Secrets the workflows read (env, volumes, semaphores), in every namespace. */
    public Builder objects(Object... configMapsAndSecrets) {
      for (Object o : configMapsAndSecrets) {
        if (!(o instanceof ConfigMap) && !(o instanceof Secret)) {
          throw new IllegalArgumentException("objects takes ConfigMaps and Secrets, not "
              + (o == null ? "null" : o.getClass().getName()));
        }
        objects.add(o);
      }
      return this;
    }

    /** The backend. */
    public LocalBackend build() {
      return new LocalBackend(this);
    }
  }
}
