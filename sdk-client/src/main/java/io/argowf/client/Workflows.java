package io.argowf.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.client.internal.ApiRequest;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowResubmitRequest;
import io.argowf.model.workflow.WorkflowResumeRequest;
import io.argowf.model.workflow.WorkflowRetryRequest;
import io.argowf.model.workflow.WorkflowSetRequest;
import io.argowf.model.workflow.WorkflowStopRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The workflows of one namespace: create, submit from templates, read, list, watch, logs, wait and
 * the lifecycle actions. Get one from {@link ArgoClient#workflows(String)}; cheap, thread-safe.
 *
 * <pre>{@code
 * Workflows wfs = argo.workflows("argo");
 * Workflow created = wfs.create(wf);
 * wfs.logs(created.metadata().name()).follow().lines().forEach(l -> System.out.println(l.content()));
 * Workflow done = wfs.waitFor(created.metadata().name());
 * }</pre>
 */
public final class Workflows {
  private final ArgoClient client;
  private final ResourceCalls<Workflow> calls;

  Workflows(ArgoClient client, String namespace) {
    this.client = client;
    this.calls = new ResourceCalls<>(client.transport(), namespace, "workflow", Workflow.class,
        "api", "v1", "workflows", namespace);
  }

  /** @return the namespace these calls act on */
  public String namespace() {
    return calls.namespace();
  }

  /**
   * Creates a workflow (lints it locally first unless the builder turned that off).
   *
   * <pre>{@code
   * Workflow created = argo.workflows("argo").create(wf);
   * System.out.println(created.metadata().name());
   * }</pre>
   *
   * @return the workflow as created by the server (with its generated name)
   */
  public Workflow create(Workflow workflow) {
    LocalLint.check(client, namespace(), workflow);
    return calls.create(calls.body(workflow));
  }

  /**
   * Lets the server validate and default the workflow without creating it (server dry run).
   *
   * <pre>{@code
   * Workflow wouldBe = argo.workflows("argo").createDryRun(wf);
   * }</pre>
   *
   * @return the workflow as the server would have created it
   */
  public Workflow createDryRun(Workflow workflow) {
    LocalLint.check(client, namespace(), workflow);
    ObjectNode body = calls.body(workflow);
    body.put("serverDryRun", true);
    body.putObject("createOptions").putArray("dryRun").add("All");
    return client.transport().call(ApiRequest.post(body, calls.path()).safety(ApiRequest.Safety.IDEMPOTENT),
        Workflow.class);
  }

  /**
   * Asks the server to lint a workflow.
   *
   * <pre>{@code
   * argo.workflows("argo").lint(wf);   // throws InvalidException with the server's reason
   * }</pre>
   *
   * @return the workflow as the server understood it
   */
  public Workflow lint(Workflow workflow) {
    return calls.lint(workflow);
  }

  /**
   * Starts a submission from a WorkflowTemplate of this namespace.
   *
   * <pre>{@code
   * Workflow wf = argo.workflows("argo").fromTemplate("etl").parameter("date", "2024-01-01").submit();
   * }</pre>
   *
   * @return the submission to configure
   */
  public SubmitRequest fromTemplate(String name) {
    return new SubmitRequest(client, namespace(), "WorkflowTemplate", ResourceCalls.requireName(name));
  }

  /**
   * Starts a submission from a ClusterWorkflowTemplate.
   *
   * <pre>{@code
   * argo.workflows("argo").fromClusterTemplate("shared-etl").submit();
   * }</pre>
   *
   * @return the submission to configure
   */
  public SubmitRequest fromClusterTemplate(String name) {
    return new SubmitRequest(client, namespace(), "ClusterWorkflowTemplate", ResourceCalls.requireName(name));
  }

  /**
   * Starts a submission from a CronWorkflow of this namespace (runs it now).
   *
   * <pre>{@code
   * argo.workflows("argo").fromCronWorkflow("nightly").submit();
   * }</pre>
   *
   * @return the submission to configure
   */
  public SubmitRequest fromCronWorkflow(String name) {
    return new SubmitRequest(client, namespace(), "CronWorkflow", ResourceCalls.requireName(name));
  }

  /**
   * Reads a workflow (argo-server falls back to the archive when it is no longer live).
   *
   * <pre>{@code
   * String phase = argo.workflows("argo").get("hello-x7k2p").status().phase();
   * }</pre>
   *
   * @throws NotFoundException when there is none
   */
  public Workflow get(String name) {
    return calls.get(name);
  }

  /**
   * Reads a workflow with options: a projection, a UID to insist on (so a live workflow and an
   * archived one of the same name are told apart) or a {@code resourceVersion}.
   *
   * <pre>{@code
   * Workflow slim = argo.workflows("argo").get("hello-x7k2p",
   *     GetOptions.defaults().withFields("metadata.name", "status.phase"));
   * }</pre>
   *
   * @return the workflow (only the requested fields when {@code fields} were given)
   * @throws NotFoundException when there is none
   */
  public Workflow get(String name, GetOptions options) {
    return calls.get(name, options);
  }

  /**
   * Lists workflows.
   *
   * <pre>{@code
   * List<Workflow> running = argo.workflows("argo").list()
   *     .labelSelector("workflows.argoproj.io/phase=Running").toList();
   * }</pre>
   *
   * @return the list call to configure
   */
  public ListRequest<Workflow> list() {
    return calls.list();
  }

  /**
   * Lists workflows whose name matches.
   *
   * <pre>{@code
   * argo.workflows("argo").listByName(NameFilter.PREFIX, "nightly-").toList();
   * }</pre>
   *
   * @param filter how to match
   * @param name the value to match against
   * @return the list call to configure
   */
  public ListRequest<Workflow> listByName(NameFilter filter, String name) {
    return calls.list().fieldSelector("metadata.name=" + name).query("nameFilter", filter.wire());
  }

  /**
   * Lists workflows created after and/or finished before a time (argo-server's {@code createdAfter}
   * and {@code finishedBefore}).
   *
   * <pre>{@code
   * argo.workflows("argo").listByTime(Instant.now().minus(Duration.ofDays(1)), null).toList();
   * }</pre>
   *
   * @param createdAfter only workflows created after this, or null
   * @param finishedBefore only workflows finished before this, or null
   * @return the list call to configure
   */
  public ListRequest<Workflow> listByTime(Instant createdAfter, Instant finishedBefore) {
    return calls.list().query("createdAfter", rfc3339(createdAfter)).query("finishedBefore", rfc3339(finishedBefore));
  }

  /**
   * Deletes a workflow.
   *
   * <pre>{@code
   * argo.workflows("argo").delete("hello-x7k2p");
   * }</pre>
   */
  public void delete(String name) {
    calls.delete(name);
  }

  /**
   * Deletes a workflow with a grace period, a propagation policy or {@code force}.
   *
   * <pre>{@code
   * argo.workflows("argo").delete("hello-x7k2p", DeleteOptions.defaults().withForce());
   * }</pre>
   */
  public void delete(String name, DeleteOptions options) {
    calls.delete(name, options, true);
  }

  /**
   * Retries a failed workflow from its failed nodes.
   *
   * <pre>{@code
   * argo.workflows("argo").retry("etl-abc");
   * }</pre>
   *
   * @return the workflow after the retry started
   */
  public Workflow retry(String name) {
    return retry(name, WorkflowRetryRequest.builder().build());
  }

  /**
   * Retries a workflow with options ({@code restartSuccessful}, {@code nodeFieldSelector},
   * {@code parameters} as {@code "name=value"}); name and namespace are filled in.
   *
   * <pre>{@code
   * argo.workflows("argo").retry("etl-abc", WorkflowRetryRequest.builder()
   *     .restartSuccessful(true).nodeFieldSelector("templateName=load").build());
   * }</pre>
   *
   * @return the workflow after the retry started
   */
  public Workflow retry(String name, WorkflowRetryRequest options) {
    return action(name, "retry", options, ApiRequest.Safety.ONCE);
  }

  /**
   * Submits a new copy of a workflow.
   *
   * <pre>{@code
   * Workflow copy = argo.workflows("argo").resubmit("etl-abc");
   * }</pre>
   */
  public Workflow resubmit(String name) {
    return resubmit(name, WorkflowResubmitRequest.builder().build());
  }

  /**
   * Submits a new copy of a workflow with options ({@code memoized}, {@code parameters}).
   *
   * <pre>{@code
   * argo.workflows("argo").resubmit("etl-abc", WorkflowResubmitRequest.builder().memoized(true).build());
   * }</pre>
   */
  public Workflow resubmit(String name, WorkflowResubmitRequest options) {
    return action(name, "resubmit", options, ApiRequest.Safety.ONCE);
  }

  /**
   * Suspends a workflow.
   *
   * <pre>{@code
   * argo.workflows("argo").suspend("etl-abc");
   * }</pre>
   */
  public Workflow suspend(String name) {
    return calls.action(name, "suspend", null, ApiRequest.Safety.IDEMPOTENT);
  }

  /**
   * Resumes a suspended workflow.
   *
   * <pre>{@code
   * argo.workflows("argo").resume("etl-abc");
   * }</pre>
   */
  public Workflow resume(String name) {
    return resume(name, WorkflowResumeRequest.builder().build());
  }

  /**
   * Resumes the nodes of a workflow matching a {@code nodeFieldSelector}.
   *
   * <pre>{@code
   * argo.workflows("argo").resume("etl-abc", WorkflowResumeRequest.builder()
   *     .nodeFieldSelector("displayName=approve").build());
   * }</pre>
   */
  public Workflow resume(String name, WorkflowResumeRequest options) {
    return action(name, "resume", options, ApiRequest.Safety.IDEMPOTENT);
  }

  /**
   * Terminates a workflow at once (no exit handlers).
   *
   * <pre>{@code
   * argo.workflows("argo").terminate("etl-abc");
   * }</pre>
   */
  public Workflow terminate(String name) {
    return calls.action(name, "terminate", null, ApiRequest.Safety.IDEMPOTENT);
  }

  /**
   * Stops a workflow, running its exit handlers.
   *
   * <pre>{@code
   * argo.workflows("argo").stop("etl-abc");
   * }</pre>
   */
  public Workflow stop(String name) {
    return stop(name, WorkflowStopRequest.builder().build());
  }

  /**
   * Stops a workflow with a message and/or {@code nodeFieldSelector}.
   *
   * <pre>{@code
   * argo.workflows("argo").stop("etl-abc", WorkflowStopRequest.builder().message("maintenance").build());
   * }</pre>
   */
  public Workflow stop(String name, WorkflowStopRequest options) {
    return action(name, "stop", options, ApiRequest.Safety.IDEMPOTENT);
  }

  /**
   * Sets the phase, message or output parameters of nodes (e.g. to complete a suspend node).
   * {@code outputParameters} is a JSON object encoded as a string, as argo-server expects.
   *
   * <pre>{@code
   * argo.workflows("argo").set("etl-abc", WorkflowSetRequest.builder()
   *     .nodeFieldSelector("displayName=approve").phase("Succeeded")
   *     .outputParameters("{\"approved\":\"yes\"}").build());
   * }</pre>
   *
   * @param options what to set
   */
  public Workflow set(String name, WorkflowSetRequest options) {
    return action(name, "set", options, ApiRequest.Safety.IDEMPOTENT);
  }

  /**
   * Starts a watch of this namespace's workflows.
   *
   * <pre>{@code
   * try (ArgoStream<WorkflowWatchEvent> events = argo.workflows("argo").watch().labelSelector("app=etl").open()) {
   *   events.forEach(e -> System.out.println(e.type() + " " + e.object().status().phase()));
   * }
   * }</pre>
   *
   * @return the watch to configure
   */
  public WatchRequest watch() {
    return new WatchRequest(client.transport(), namespace());
  }

  /**
   * Starts a log request for a workflow (all its pods unless narrowed).
   *
   * <pre>{@code
   * try (ArgoStream<LogEntry> lines = argo.workflows("argo").logs("etl-abc").follow().lines()) {
   *   lines.forEach(l -> System.out.println(l.podName() + ": " + l.content()));
   * }
   * }</pre>
   *
   * @return the log request to configure
   */
  public LogRequest logs(String name) {
    return new LogRequest(client.transport(), namespace(), ResourceCalls.requireName(name));
  }

  /**
   * Waits until the workflow has finished (Succeeded, Failed or Error); no timeout.
   *
   * <pre>{@code
   * Workflow done = argo.workflows("argo").waitFor("etl-abc");
   * }</pre>
   *
   * @return the finished workflow
   */
  public Workflow waitFor(String name) {
    return waitFor(name, WaitOptions.defaults());
  }

  /**
   * Waits until the workflow has finished, following it with a watch (polling when watching fails).
   *
   * <pre>{@code
   * Workflow done = argo.workflows("argo").waitFor("etl-abc", WaitOptions.defaults()
   *     .withTimeout(Duration.ofHours(1))
   *     .withProgress(p -> log.info("{} {}", p.phase(), p.progress())));
   * }</pre>
   *
   * @param options timeout, progress callback, poll interval
   * @return the finished workflow
   * @throws ArgoTimeoutException when the timeout passes first
   * @throws NotFoundException when the workflow does not exist or is deleted meanwhile
   */
  public Workflow waitFor(String name, WaitOptions options) {
    return new Waiter(client, this, ResourceCalls.requireName(name), options).await();
  }

  private static String rfc3339(Instant time) {
    return time == null ? null : time.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private Workflow action(String name, String action, Object options, ApiRequest.Safety safety) {
    ObjectNode extra = (ObjectNode) client.transport().json().tree(options);
    extra.remove("name");
    extra.remove("namespace");
    return calls.action(name, action, extra, safety);
  }
}
