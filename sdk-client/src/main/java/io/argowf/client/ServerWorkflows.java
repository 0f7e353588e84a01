package io.argowf.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.client.internal.ApiRequest;
import io.argowf.client.internal.LocalLint;
import io.argowf.client.internal.PagedIterator;
import io.argowf.client.internal.ReconnectingWatch;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowResubmitRequest;
import io.argowf.model.workflow.WorkflowResumeRequest;
import io.argowf.model.workflow.WorkflowRetryRequest;
import io.argowf.model.workflow.WorkflowSetRequest;
import io.argowf.model.workflow.WorkflowStopRequest;
import io.argowf.model.workflow.WorkflowWatchEvent;
import java.util.ArrayList;
import java.util.List;

/** Workflows on argo-server ({@code /api/v1/workflows/{ns}}, {@code /api/v1/workflow-events/{ns}}). */
final class ServerWorkflows implements Workflows {
  private final ServerBackend backend;
  private final ResourceCalls<Workflow> calls;

  ServerWorkflows(ServerBackend backend, String namespace) {
    this.backend = backend;
    this.calls = new ResourceCalls<>(backend.transport(), namespace, "workflow", Workflow.class,
        "api", "v1", "workflows", namespace);
  }

  @Override
  public String namespace() {
    return calls.namespace();
  }

  @Override
  public Workflow create(Workflow workflow) {
    lintLocally(workflow);
    return calls.create(calls.body(backend.forServer(workflow)), true);
  }

  /**
   * Sends {@code serverDryRun: true} only: argo-server looks at {@code createOptions.dryRun} first and,
   * when it is set, answers the workflow as sent, neither validated nor defaulted.
   */
  @Override
  public Workflow createDryRun(Workflow workflow) {
    lintLocally(workflow);
    ObjectNode body = calls.body(backend.forServer(workflow));
    body.put("serverDryRun", true);
    return backend.transport().call(ApiRequest.post(body, calls.path()).safety(ApiRequest.Safety.IDEMPOTENT),
        Workflow.class);
  }

  private void lintLocally(Workflow workflow) {
    if (backend.lintBeforeSubmit()) {
      LocalLint.check(backend.workflowTemplates(namespace()), backend.clusterWorkflowTemplates(), workflow);
    } else if (workflow == null) {
      throw new IllegalArgumentException("workflow must not be null");
    }
  }

  @Override
  public Workflow lint(Workflow workflow) {
    return calls.lint(backend.forServer(workflow));
  }

  @Override
  public SubmitRequest fromTemplate(String name) {
    return SubmitRequest.of(new ServerSubmitter(backend.transport(), namespace()),
        SubmitRequest.Source.WORKFLOW_TEMPLATE, name);
  }

  @Override
  public SubmitRequest fromClusterTemplate(String name) {
    return SubmitRequest.of(new ServerSubmitter(backend.transport(), namespace()),
        SubmitRequest.Source.CLUSTER_WORKFLOW_TEMPLATE, name);
  }

  @Override
  public SubmitRequest fromCronWorkflow(String name) {
    return SubmitRequest.of(new ServerSubmitter(backend.transport(), namespace()),
        SubmitRequest.Source.CRON_WORKFLOW, name);
  }

  /** argo-server before v3.6 ignores {@code uid}: the client then checks the uid of what it got. */
  @Override
  public Workflow get(String name, GetOptions options) {
    Workflow wf = calls.get(name, options);
    if (options.uid() != null && backend.transport().serverVersion().before(3, 6)
        && (wf.metadata() == null || !options.uid().equals(wf.metadata().uid()))) {
      throw new NotFoundException("workflow " + namespace() + "/" + name + " with uid " + options.uid()
          + " not found (argo-server " + backend.transport().serverVersion() + " ignores the uid filter; the client"
          + " compared it)", 404, 5, "", null);
    }
    return wf;
  }

  @Override
  public ListRequest<Workflow> list() {
    return calls.list(ServerLister.Endpoint.WORKFLOWS);
  }

  @Override
  public void delete(String name, DeleteOptions options) {
    calls.delete(name, options, true);
  }

  @Override
  public Workflow retry(String name, WorkflowRetryRequest options) {
    return action(name, "retry", options, ApiRequest.Safety.ONCE);
  }

  @Override
  public Workflow resubmit(String name, WorkflowResubmitRequest options) {
    return action(name, "resubmit", options, ApiRequest.Safety.ONCE);
  }

  @Override
  public Workflow suspend(String name) {
    return calls.action(name, "suspend", null, ApiRequest.Safety.IDEMPOTENT);
  }

  @Override
  public Workflow resume(String name, WorkflowResumeRequest options) {
    return action(name, "resume", options, ApiRequest.Safety.IDEMPOTENT);
  }

  @Override
  public Workflow terminate(String name) {
    return calls.action(name, "terminate", null, ApiRequest.Safety.IDEMPOTENT);
  }

  @Override
  public Workflow stop(String name, WorkflowStopRequest options) {
    return action(name, "stop", options, ApiRequest.Safety.IDEMPOTENT);
  }

  @Override
  public Workflow set(String name, WorkflowSetRequest options) {
    return action(name, "set", options, ApiRequest.Safety.IDEMPOTENT);
  }

  @Override
  public WatchRequest watch() {
    return WatchRequest.of(this::openWatch);
  }

  @Override
  public LogRequest logs(String name) {
    return LogRequest.of(new ServerLogs(backend.transport(), namespace()), name);
  }

  private ArgoStream<WorkflowWatchEvent> openWatch(WatchRequest.Query q) {
    List<String> selectors = new ArrayList<>(q.fieldSelectors());
    if (q.name() != null) {
      selectors.add("metadata.name=" + q.name());
    }
    String fieldSelector = selectors.isEmpty() ? null : String.join(",", selectors);
    ReconnectingWatch<WorkflowWatchEvent> watch = new ReconnectingWatch<>(backend.transport(),
        fromVersion -> ApiRequest.get("api", "v1", "workflow-events", namespace())
            .query("listOptions.labelSelector", q.labelSelector())
            .query("listOptions.fieldSelector", fieldSelector)
            .query("listOptions.resourceVersion", fromVersion),
        WorkflowWatchEvent.class, true, q.resourceVersion(),
        () -> new PagedIterator<>(backend.transport(), token -> ApiRequest.get(calls.path())
            .query("listOptions.labelSelector", q.labelSelector())
            .query("listOptions.fieldSelector", fieldSelector)
            .query("listOptions.continue", token), JsonNode.class, false));
    return ArgoStream.of(watch, watch::close);
  }

  /**
   * PUTs an action. Its request may name the workflow and namespace (argo-server's request types have
   * those fields); they must then be this workflow's, since the path decides which workflow is acted on.
   */
  private Workflow action(String name, String action, Object options, ApiRequest.Safety safety) {
    ObjectNode extra = (ObjectNode) backend.transport().json().tree(options);
    requireSame(action, "name", extra.path("name").asText(""), Names.require(name));
    requireSame(action, "namespace", extra.path("namespace").asText(""), namespace());
    extra.remove("name");
    extra.remove("namespace");
    return calls.action(name, action, extra, safety);
  }

  private static void requireSame(String action, String field, String given, String expected) {
    if (!given.isEmpty() && !given.equals(expected)) {
      throw new IllegalArgumentException(action + " request: " + field + " is \"" + given + "\" but the call is for \""
          + expected + "\"; leave " + field + " empty or make them agree");
    }
  }
}
