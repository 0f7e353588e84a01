package io.argowf.client;

import io.argowf.client.internal.ApiRequest;
import io.argowf.model.workflow.CronWorkflow;

/** CronWorkflows on argo-server ({@code /api/v1/cron-workflows/{ns}}). */
final class ServerCronWorkflows implements CronWorkflows {
  private final ServerBackend backend;
  private final ResourceCalls<CronWorkflow> calls;

  ServerCronWorkflows(ServerBackend backend, String namespace) {
    this.backend = backend;
    this.calls = new ResourceCalls<>(backend.transport(), namespace, "cronWorkflow", CronWorkflow.class,
        "api", "v1", "cron-workflows", namespace);
  }

  @Override
  public String namespace() {
    return calls.namespace();
  }

  @Override
  public CronWorkflow create(CronWorkflow cron) {
    return calls.create(calls.body(backend.forServer(cron)), false);
  }

  @Override
  public CronWorkflow get(String name) {
    return calls.get(name, GetOptions.defaults());
  }

  @Override
  public ListRequest<CronWorkflow> list() {
    return calls.list(ServerLister.Endpoint.PLAIN);
  }

  @Override
  public CronWorkflow update(CronWorkflow cron) {
    return calls.update(backend.forServer(cron));
  }

  @Override
  public void delete(String name, DeleteOptions options) {
    calls.delete(name, options, false);
  }

  @Override
  public CronWorkflow lint(CronWorkflow cron) {
    return calls.lint(backend.forServer(cron));
  }

  @Override
  public CronWorkflow suspend(String name) {
    return calls.action(name, "suspend", null, ApiRequest.Safety.IDEMPOTENT);
  }

  @Override
  public CronWorkflow resume(String name) {
    return calls.action(name, "resume", null, ApiRequest.Safety.IDEMPOTENT);
  }
}
