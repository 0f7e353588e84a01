package io.argowf.client;

import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowResubmitRequest;
import io.argowf.model.workflow.WorkflowResumeRequest;
import io.argowf.model.workflow.WorkflowRetryRequest;
import io.argowf.model.workflow.WorkflowSetRequest;
import io.argowf.model.workflow.WorkflowStopRequest;
import java.time.Instant;

/**
 * The workflows of one namespace: create, submit from templates, read, list, watch, logs, wait and
 * the lifecycle actions. Get one from {@link ArgoClient#workflows(String)}; cheap, thread-safe. The
 * same calls work on every backend (argo-server, Kubernetes, the local runner); a call a backend
 * cannot do throws {@link UnsupportedByBackendException} saying which backend can.
 *
 * <pre>{@code
 * Workflows wfs = argo.workflows("argo");
 * Workflow created = wfs.create(wf);
 * wfs.logs(created.metadata().name()).follow().lines().forEach(l -> System.out.println(l.content()));
 * Workflow done = wfs.waitFor(created.metadata().name());
 * }</pre>
 *
 * <p>An interface so that code using it can be tested with a fake: implement the abstract methods (the
 * overloads without options and {@link #waitFor} have default implementations built on them).
 */
public interface Workflows {
  /** @return the namespace these calls act on */
  String namespace();

  /**
   * Creates a workflow (lints it locally first unless the builder turned that off).
   *
   * <pre>{@code
   * Workflow created = argo.workflows("argo").create(wf);
   * System.out.println(created.metadata().name());
   * }</pre>
   *
   * @return the workflow as created (with its generated name)
   */
  Workflow create(Workflow workflow);

  /**
   * Lets the server validate and default the workflow without creating it (server dry run).
   *
   * <pre>{@code
   * Workflow wouldBe = argo.workflows("argo").createDryRun(wf);
   * }</pre>
   *
   * @return the workflow as the server would have created it
   */
  Workflow createDryRun(Workflow workflow);

  /**
   * Asks the server to lint a workflow.
   *
   * <pre>{@code
   * argo.workflows("argo").lint(wf);   // throws InvalidException with the server's reason
   * }</pre>
   *
   * @return the workflow as the server understood it
   */
  Workflow lint(Workflow workflow);

  /**
   * Starts a submission from a WorkflowTemplate of this namespace.
   *
   * <pre>{@code
   * Workflow wf = argo.workflows("argo").fromTemplate("etl").parameter("date", "2024-01-01").submit();
   * }</pre>
   *
   * @param name the WorkflowTemplate's name
   */
  SubmitRequest fromTemplate(String name);

  /**
   * Starts a submission from a ClusterWorkflowTemplate.
   *
   * <pre>{@code
   * argo.workflows("argo").fromClusterTemplate("shared-etl").submit();
   * }</pre>
   *
   * @param name the ClusterWorkflowTemplate's name
   */
  SubmitRequest fromClusterTemplate(String name);

  /**
   * Starts a submission from a CronWorkflow of this namespace (runs it now).
   *
   * <pre>{@code
   * argo.workflows("argo").fromCronWorkflow("nightly").submit();
   * }</pre>
   *
   * @param name the CronWorkflow's name
   */
  SubmitRequest fromCronWorkflow(String name);

  /**
   * Reads a workflow (argo-server falls back to the archive when it is no longer live).
   *
   * <pre>{@code
   * String phase = argo.workflows("argo").get("hello-x7k2p").status().phase();
   * }</pre>
   *
   * @throws NotFoundException when there is none
   */
  default Workflow get(String name) {
    return get(name, GetOptions.defaults());
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
   * @return the workflow (only the requested fields when {@code fields} were given and the backend projects)
   * @throws NotFoundException when there is none
   */
  Workflow get(String name, GetOptions options);

  /**
   * Lists workflows (all of them unless {@link ListRequest#pageSize(int)} asks for pages).
   *
   * <pre>{@code
   * List<Workflow> running = argo.workflows("argo").list()
   *     .labelSelector("workflows.argoproj.io/phase=Running").toList();
   * }</pre>
   */
  ListRequest<Workflow> list();

  /**
   * Lists workflows whose name matches.
   *
   * <pre>{@code
   * argo.workflows("argo").listByName(NameFilter.PREFIX, "nightly-").toList();
   * }</pre>
   */
  default ListRequest<Workflow> listByName(NameFilter filter, String name) {
    return list().nameFilter(filter, name);
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
   */
  default ListRequest<Workflow> listByTime(Instant createdAfter, Instant finishedBefore) {
    return list().createdAfter(createdAfter).finishedBefore(finishedBefore);
  }

  /**
   * Deletes a workflow.
   *
   * <pre>{@code
   * argo.workflows("argo").delete("hello-x7k2p");
   * }</pre>
   */
  default void delete(String name) {
    delete(name, DeleteOptions.defaults());
  }

  /**
   * Deletes a workflow with {@code force}, a grace period or a propagation policy. argo-server
   * honours only {@code force} and ignores the other two (it deletes in the background); the
   * Kubernetes backend honours the grace period and propagation.
   *
   * <pre>{@code
   * argo.workflows("argo").delete("hello-x7k2p", DeleteOptions.defaults().withForce());
   * }</pre>
   */
  void delete(String name, DeleteOptions options);

  /**
   * Retries a failed workflow from its failed nodes.
   *
   * <pre>{@code
   * argo.workflows("argo").retry("etl-abc");
   * }</pre>
   *
   * @return the workflow after the retry started
   */
  default Workflow retry(String name) {
    return retry(name, WorkflowRetryRequest.builder().build());
  }

  /**
   * Retries a workflow with options ({@code restartSuccessful}, {@code nodeFieldSelector},
   * {@code parameters} as {@code "name=value"}). The request's {@code name} and {@code namespace} may
   * be left empty; when set they must be this workflow's.
   *
   * <pre>{@code
   * argo.workflows("argo").retry("etl-abc", WorkflowRetryRequest.builder()
   *     .restartSuccessful(true).nodeFieldSelector("templateName=load").build());
   * }</pre>
   *
   * @return the workflow after the retry started
   */
  Workflow retry(String name, WorkflowRetryRequest options);

  /**
   * Submits a new copy of a workflow.
   *
   * <pre>{@code
   * Workflow copy = argo.workflows("argo").resubmit("etl-abc");
   * }</pre>
   *
   * @return the new workflow
   */
  default Workflow resubmit(String name) {
    return resubmit(name, WorkflowResubmitRequest.builder().build());
  }

  /**
   * Submits a new copy of a workflow with options ({@code memoized}, {@code parameters}).
   *
   * <pre>{@code
   * argo.workflows("argo").resubmit("etl-abc", WorkflowResubmitRequest.builder().memoized(true).build());
   * }</pre>
   *
   * @return the new workflow
   */
  Workflow resubmit(String name, WorkflowResubmitRequest options);

  /**
   * Suspends a workflow.
   *
   * <pre>{@code
   * argo.workflows("argo").suspend("etl-abc");
   * }</pre>
   */
  Workflow suspend(String name);

  /**
   * Resumes a suspended workflow.
   *
   * <pre>{@code
   * argo.workflows("argo").resume("etl-abc");
   * }</pre>
   */
  default Workflow resume(String name) {
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
  Workflow resume(String name, WorkflowResumeRequest options);

  /**
   * Terminates a workflow at once (no exit handlers).
   *
   * <pre>{@code
   * argo.workflows("argo").terminate("etl-abc");
   * }</pre>
   */
  Workflow terminate(String name);

  /**
   * Stops a workflow, running its exit handlers.
   *
   * <pre>{@code
   * argo.workflows("argo").stop("etl-abc");
   * }</pre>
   */
  default Workflow stop(String name) {
    return stop(name, WorkflowStopRequest.builder().build());
  }

  /**
   * Stops a workflow with a message and/or {@code nodeFieldSelector}.
   *
   * <pre>{@code
   * argo.workflows("argo").stop("etl-abc", WorkflowStopRequest.builder().message("maintenance").build());
   * }</pre>
   */
  Workflow stop(String name, WorkflowStopRequest options);

  /**
   * Sets the phase, message or output parameters of nodes (e.g. to complete a suspend node).
   * {@code outputParameters} is a JSON object encoded as a string, as argo-server expects.
   *
   * <pre>{@code
   * argo.workflows("argo").set("etl-abc", WorkflowSetRequest.builder()
   *     .nodeFieldSelector("displayName=approve").phase("Succeeded")
   *     .outputParameters("{\"approved\":\"yes\"}").build());
   * }</pre>
   */
  Workflow set(String name, WorkflowSetRequest options);

  /**
   * Starts a watch of this namespace's workflows.
   *
   * <pre>{@code
   * try (ArgoStream<WorkflowWatchEvent> events = argo.workflows("argo").watch().labelSelector("app=etl").open()) {
   *   events.forEach(e -> System.out.println(e.type() + " " + e.object().status().phase()));
   * }
   * }</pre>
   */
  WatchRequest watch();

  /**
   * Starts a log request for a workflow (all its pods unless narrowed).
   *
   * <pre>{@code
   * try (ArgoStream<LogEntry> lines = argo.workflows("argo").logs("etl-abc").follow().lines()) {
   *   lines.forEach(l -> System.out.println(l.podName() + ": " + l.content()));
   * }
   * }</pre>
   *
   * @param name the workflow's name
   */
  LogRequest logs(String name);

  /**
   * Waits until the workflow has finished (Succeeded, Failed or Error); no timeout.
   *
   * <pre>{@code
   * Workflow done = argo.workflows("argo").waitFor("etl-abc");
   * }</pre>
   *
   * @return the finished workflow
   */
  default Workflow waitFor(String name) {
    return waitFor(name, WaitOptions.defaults());
  }

  /**
   * Waits until the workflow has finished, following it with {@link #watch()} (polling {@link #get}
   * when watching fails).
   *
   * <pre>{@code
   * Workflow done = argo.workflows("argo").waitFor("etl-abc", WaitOptions.defaults()
   *     .withTimeout(Duration.ofHours(1))
   *     .withProgress(p -> log.info("{} {}", p.phase(), p.progress())));
   * }</pre>
   *
   * @return the finished workflow
   * @throws ArgoTimeoutException when the timeout passes first
   * @throws NotFoundException when the workflow does not exist or is deleted meanwhile
   */
  default Workflow waitFor(String name, WaitOptions options) {
    return new Waiter(this, Names.require(name), options).await();
  }
}
