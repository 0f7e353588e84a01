package io.argowf.client.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.client.Backend;
import io.argowf.client.DeleteOptions;
import io.argowf.client.GetOptions;
import io.argowf.client.ListRequest;
import io.argowf.client.LogRequest;
import io.argowf.client.NotFoundException;
import io.argowf.client.SubmitRequest;
import io.argowf.client.WatchRequest;
import io.argowf.client.Workflows;
import io.argowf.client.spi.BackendSupport;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowResubmitRequest;
import io.argowf.model.workflow.WorkflowResumeRequest;
import io.argowf.model.workflow.WorkflowRetryRequest;
import io.argowf.model.workflow.WorkflowSetRequest;
import io.argowf.model.workflow.WorkflowStopRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Workflows as custom resources, with the actions the argo CLI performs by patching when it talks to
 * Kubernetes directly: suspend ({@code spec.suspend: true}), resume ({@code spec.suspend} removed and
 * running suspend nodes marked Succeeded), stop and terminate ({@code spec.shutdown}), and resubmit (a
 * new workflow from the old one's spec). Retry, set, node-selected resume/stop and memoized resubmits
 * rewrite node status and pods as argo-server does: they throw {@code UnsupportedByBackendException}.
 */
final class KubeWorkflows implements Workflows {
  private final KubernetesBackend backend;
  private final Crd<Workflow> crd;

  KubeWorkflows(KubernetesBackend backend, String namespace) {
    this.backend = backend;
    this.crd = new Crd<>(backend.client(), "Workflow", "workflows", Workflow.class, namespace);
  }

  @Override
  public String namespace() {
    return crd.namespace();
  }

  @Override
  public Workflow create(Workflow workflow) {
    lintFirst(workflow);
    return crd.create(workflow);
  }

  @Override
  public Workflow createDryRun(Workflow workflow) {
    lintFirst(workflow);
    return crd.createDryRun(workflow);
  }

  /** Checked locally, as {@code argo lint} does without argo-server. */
  @Override
  public Workflow lint(Workflow workflow) {
    BackendSupport.lint(backend.workflowTemplates(namespace()), backend.clusterWorkflowTemplates(), workflow);
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
    Workflow wf = BackendSupport.workflowFrom(q, backend.workflowTemplates(namespace()),
        backend.clusterWorkflowTemplates(), backend.cronWorkflows(namespace()));
    return q.serverDryRun() ? crd.createDryRun(wf) : crd.create(wf);
  }

  /**
   * A {@code uid} is checked; {@code fields} are applied here, after the whole object arrived (the Kubernetes API
   * has no projection: it saves the caller memory, not bandwidth); {@code resourceVersion} is ignored (the latest
   * is read).
   */
  @Override
  public Workflow get(String name, GetOptions options) {
    Workflow wf = crd.get(name);
    if (options.uid() != null && !options.uid().equals(wf.metadata().uid())) {
      throw new NotFoundException("workflow " + namespace() + "/" + name + " with uid " + options.uid() + " not found",
          404, 5, "", null);
    }
    return BackendSupport.project(wf, options.fields(), options.excludeFields(), Workflow.class);
  }

  @Override
  public ListRequest<Workflow> list() {
    return crd.list();
  }

  @Override
  public void delete(String name, DeleteOptions options) {
    crd.delete(name, options);
  }

  @Override
  public Workflow retry(String name, WorkflowRetryRequest options) {
    throw Backend.unsupported(backend, "retry (it resets failed nodes and deletes their pods)");
  }

  @Override
  public Workflow resubmit(String name, WorkflowResubmitRequest options) {
    if (Boolean.TRUE.equals(options.memoized())) {
      throw Backend.unsupported(backend, "a memoized resubmit (it copies node status)");
    }
    Workflow old = crd.get(name);
    ObjectNode wf = Crd.mapper().createObjectNode();
    ObjectNode meta = wf.putObject("metadata");
    meta.put("generateName", name + "-");
    JsonNode labels = Crd.mapper().valueToTree(old).path("metadata").path("labels");
    ObjectNode copied = meta.putObject("labels");
    labels.fields().forEachRemaining(e -> {
      if (!e.getKey().equals("workflows.argoproj.io/completed") && !e.getKey().equals("workflows.argoproj.io/phase")) {
        copied.set(e.getKey(), e.getValue());
      }
    });
    copied.put("workflows.argoproj.io/resubmitted-from-workflow", name);
    ObjectNode spec = (ObjectNode) Crd.mapper().valueToTree(old).path("spec").deepCopy();
    spec.remove("shutdown");
    spec.remove("suspend");
    wf.set("spec", spec);
    java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>();
    for (String p : options.parameters() == null ? java.util.List.<String>of() : options.parameters()) {
      int eq = p.indexOf('=');
      if (eq < 1) {
        throw new IllegalArgumentException("resubmit parameter must be name=value: " + p);
      }
      parameters.put(p.substring(0, eq), p.substring(eq + 1));
    }
    BackendSupport.setParameters(spec, parameters);
    return crd.create(Crd.mapper().convertValue(wf, Workflow.class));
  }

  @Override
  public Workflow suspend(String name) {
    return crd.mergePatch(name, "{\"spec\":{\"suspend\":true}}");
  }

  @Override
  public Workflow resume(String name, WorkflowResumeRequest options) {
    if (options.nodeFieldSelector() != null && !options.nodeFieldSelector().isBlank()) {
      throw Backend.unsupported(backend, "resume with a nodeFieldSelector");
    }
    Workflow wf = crd.get(name);
    ObjectNode patch = Crd.mapper().createObjectNode();
    patch.putObject("spec").putNull("suspend");
    JsonNode nodes = Crd.mapper().valueToTree(wf).path("status").path("nodes");
    String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    nodes.fields().forEachRemaining(e -> {
      JsonNode node = e.getValue();
      if ("Suspend".equals(node.path("type").asText()) && "Running".equals(node.path("phase").asText())) {
        patch.with("status").with("nodes").putObject(e.getKey()).put("phase", "Succeeded").put("finishedAt", now);
      }
    });
    return crd.mergePatch(name, patch.toString());
  }

  @Override
  public Workflow terminate(String name) {
    return crd.mergePatch(name, "{\"spec\":{\"shutdown\":\"Terminate\"}}");
  }

  @Override
  public Workflow stop(String name, WorkflowStopRequest options) {
    if ((options.nodeFieldSelector() != null && !options.nodeFieldSelector().isBlank())
        || (options.message() != null && !options.message().isBlank())) {
      throw Backend.unsupported(backend, "stop with a nodeFieldSelector or message");
    }
    return crd.mergePatch(name, "{\"spec\":{\"shutdown\":\"Stop\"}}");
  }

  @Override
  public Workflow set(String name, WorkflowSetRequest options) {
    throw Backend.unsupported(backend, "set (it rewrites node status)");
  }

  @Override
  public WatchRequest watch() {
    return WatchRequest.of(q -> KubeWatch.open(crd, q));
  }

  @Override
  public LogRequest logs(String name) {
    return LogRequest.of(q -> KubeLogs.open(crd, q), name);
  }
}
