package io.argowf.local.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.client.DeleteOptions;
import io.argowf.client.GetOptions;
import io.argowf.client.InvalidException;
import io.argowf.client.ListRequest;
import io.argowf.client.LogRequest;
import io.argowf.client.NotFoundException;
import io.argowf.client.SubmitRequest;
import io.argowf.client.WatchRequest;
import io.argowf.client.Workflows;
import io.argowf.client.spi.BackendSupport;
import io.argowf.model.Manifests;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowResubmitRequest;
import io.argowf.model.workflow.WorkflowResumeRequest;
import io.argowf.model.workflow.WorkflowRetryRequest;
import io.argowf.model.workflow.WorkflowSetRequest;
import io.argowf.model.workflow.WorkflowStopRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workflows of one namespace of a {@link LocalBackend}: a create starts the workflow on the local runner at
 * once; reads, lists and watches see its status as it runs. See {@link LocalBackend} for what each action does.
 */
final class LocalWorkflows implements Workflows {
  private final LocalBackend backend;
  private final String namespace;

  LocalWorkflows(LocalBackend backend, String namespace) {
    this.backend = backend;
    this.namespace = namespace;
  }

  @Override
  public String namespace() {
    return namespace;
  }

  @Override
  public Workflow create(Workflow workflow) {
    lintFirst(workflow);
    return backend.start(namespace, workflow);
  }

  /** Lints and names the workflow as a create would, and starts nothing. */
  @Override
  public Workflow createDryRun(Workflow workflow) {
    lintFirst(workflow);
    return backend.named(namespace, workflow);
  }

  @Override
  public Workflow lint(Workflow workflow) {
    BackendSupport.lint(backend.workflowTemplates(namespace), backend.clusterWorkflowTemplates(), workflow);
    return workflow;
  }

  private void lintFirst(Workflow workflow) {
    if (backend.lintBeforeSubmit()) {
      lint(workflow);
    }
  }

  @Override
  public SubmitRequest fromTemplate(String name) {
    return SubmitRequest.of(this::submit, SubmitRequest.Source.WORKFLOW_TEMPLATE, name);
  }

  @Override
  public SubmitRequest fromClusterTemplate(String name) {
    return SubmitRequest.of(this::submit, SubmitRequest.Source.CLUSTER_WORKFLOW_TEMPLATE, name);
  }

  @Override
  public SubmitRequest fromCronWorkflow(String name) {
    return SubmitRequest.of(this::submit, SubmitRequest.Source.CRON_WORKFLOW, name);
  }

  private Workflow submit(SubmitRequest.Query q) {
    Workflow wf = BackendSupport.workflowFrom(q, backend.workflowTemplates(namespace), backend.clusterWorkflowTemplates(),
        backend.cronWorkflows(namespace));
    return q.serverDryRun() ? createDryRun(wf) : create(wf);
  }

  /** {@code fields} are applied here; a {@code uid} is checked; {@code resourceVersion} is ignored (the newest). */
  @Override
  public Workflow get(String name, GetOptions options) {
    Workflow wf = backend.runs().get(namespace, name).current;
    if (options.uid() != null && !options.uid().equals(wf.metadata().uid())) {
      throw new NotFoundException("workflow " + namespace + "/" + name + " with uid " + options.uid()
          + " not found (local)", 404, 5, "", null);
    }
    return BackendSupport.project(wf, options.fields(), options.excludeFields(), Workflow.class);
  }

  @Override
  public ListRequest<Workflow> list() {
    return Listing.of(() -> backend.runs().list(namespace));
  }

  /** Stops the run when it still goes on, then forgets it; the options have nothing to act on locally. */
  @Override
  public void delete(String name, DeleteOptions options) {
    Entry entry = backend.runs().get(namespace, name);
    if (!entry.run.isDone()) {
      entry.shutdown = "Terminate";
      entry.run.terminate();
    }
    backend.gate().release(name);
    backend.runs().remove(entry);
  }

  @Override
  public Workflow retry(String name, WorkflowRetryRequest options) {
    backend.runs().get(namespace, name);
    throw LocalBackend.unsupported("retry", "a local run cannot be re-entered; resubmit runs the workflow again");
  }

  @Override
  public Workflow resubmit(String name, WorkflowResubmitRequest options) {
    if (Boolean.TRUE.equals(options.memoized())) {
      throw LocalBackend.unsupported("a memoized resubmit", "a local run's nodes cannot be carried into a new one");
    }
    Workflow old = backend.runs().get(namespace, name).run.workflow();
    ObjectNode wf = Manifests.jsonMapper().createObjectNode();
    ObjectNode meta = wf.putObject("metadata").put("generateName", name + "-");
    JsonNode labels = Manifests.jsonMapper().valueToTree(old).path("metadata").path("labels");
    ObjectNode copied = meta.putObject("labels");
    labels.fields().forEachRemaining(e -> copied.set(e.getKey(), e.getValue()));
    copied.put("workflows.argoproj.io/resubmitted-from-workflow", name);
    ObjectNode spec = (ObjectNode) Manifests.jsonMapper().valueToTree(old.spec());
    spec.remove("suspend");
    spec.remove("shutdown");
    wf.set("spec", spec);
    BackendSupport.setParameters(spec, parameters(options.parameters()));
    return create(Manifests.jsonMapper().convertValue(wf, Workflow.class));
  }

  private static Map<String, String> parameters(List<String> given) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String p : given == null ? List.<String>of() : given) {
      int eq = p.indexOf('=');
      if (eq < 1) {
        throw new IllegalArgumentException("resubmit parameter must be name=value: " + p);
      }
      out.put(p.substring(0, eq), p.substring(eq + 1));
    }
    return out;
  }

  /** Holds the leaves that have not started; running ones go on, as on a cluster. */
  @Override
  public Workflow suspend(String name) {
    Entry entry = backend.runs().get(namespace, name);
    entry.suspended = true;
    backend.gate().hold(name);
    return backend.runs().touch(entry);
  }

  /** Lets held leaves start and resumes suspend nodes: all of them, or those a nodeFieldSelector names. */
  @Override
  public Workflow resume(String name, WorkflowResumeRequest options) {
    Entry entry = backend.runs().get(namespace, name);
    String node = node(options.nodeFieldSelector());
    if (node == null) {
      entry.suspended = false;
      backend.gate().release(name);
    }
    entry.run.resume(node);
    return backend.runs().touch(entry);
  }

  @Override
  public Workflow terminate(String name) {
    Entry entry = backend.runs().get(namespace, name);
    entry.shutdown = "Terminate";
    entry.run.terminate();
    backend.gate().release(name);
    return backend.runs().touch(entry);
  }

  @Override
  public Workflow stop(String name, WorkflowStopRequest options) {
    if ((options.nodeFieldSelector() != null && !options.nodeFieldSelector().isBlank())
        || (options.message() != null && !options.message().isBlank())) {
      throw LocalBackend.unsupported("stop with a nodeFieldSelector or message", "a local run stops as a whole");
    }
    Entry entry = backend.runs().get(namespace, name);
    entry.shutdown = "Stop";
    entry.run.stop();
    backend.gate().release(name);
    return backend.runs().touch(entry);
  }

  /**
   * Completes suspend nodes with output parameters ({@code argo node set} then resume); setting other phases or
   * messages is not supported locally.
   */
  @Override
  public Workflow set(String name, WorkflowSetRequest options) {
    String node = node(options.nodeFieldSelector());
    boolean succeeded = options.phase() == null || options.phase().isEmpty() || "Succeeded".equals(options.phase());
    if (node == null || !succeeded || (options.message() != null && !options.message().isEmpty())) {
      throw LocalBackend.unsupported("set other than completing a suspend node",
          "give nodeFieldSelector displayName=<node>, and outputParameters");
    }
    Entry entry = backend.runs().get(namespace, name);
    entry.run.resume(node, outputs(options.outputParameters()));
    return backend.runs().touch(entry);
  }

  private static Map<String, String> outputs(String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    try {
      Map<String, String> out = new LinkedHashMap<>();
      Manifests.jsonMapper().readTree(json).fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
      return out;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidException("outputParameters must be a JSON object: " + e.getOriginalMessage(), 400, 3, "", e);
    }
  }

  /** The node a {@code nodeFieldSelector} of the form {@code displayName=x}, {@code name=x} or {@code id=x} names. */
  private static String node(String selector) {
    if (selector == null || selector.isBlank()) {
      return null;
    }
    String[] parts = selector.split("=", 2);
    String field = parts[0].trim();
    if (parts.length != 2 || !(field.equals("displayName") || field.equals("name") || field.equals("id"))) {
      throw LocalBackend.unsupported("the nodeFieldSelector " + selector,
          "use displayName=<node>, name=<node> or id=<node>");
    }
    return parts[1].trim();
  }

  @Override
  public WatchRequest watch() {
    return WatchRequest.of(q -> LocalWatch.open(backend.runs(), namespace, q));
  }

  @Override
  public LogRequest logs(String name) {
    return LogRequest.of(q -> LocalLogs.open(backend.runs().get(namespace, q.workflow()).run, q), name);
  }
}
