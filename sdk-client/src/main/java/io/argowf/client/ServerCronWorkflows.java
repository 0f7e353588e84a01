package io.argowf.client;

import io.argowf.client.internal.ApiRequest;
import io.argowf.client.internal.Transport;
import io.argowf.model.workflow.CronWorkflow;

/** CronWorkflows on argo-server ({@code /api/v1/cron-workflows/{ns}}). */
final class ServerCronWorkflows implements CronWorkflows {
  private final ResourceCalls<CronWorkflow> calls;

  ServerCronWorkflows(Transport transport, String namespace) {
    this.calls = new ResourceCalls<>(transport, namespace, "cronWorkflow", CronWorkflow.class,
        "api", "v1", "cron-workflows", namespace);
  }

  @Override
  public String namespace() {
    return calls.namespace();
  }

  @Override
  public CronWorkflow create(CronWorkflow cron) {
    return calls.create(calls.body(cron), false);
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
    return calls.update(cron);
  }

  @Override
  public void delete(String name, DeleteOptions options) {
    calls.delete(name, options, false);
  }

  @Override
  public CronWorkflow lint(CronWorkflow cron) {
    return calls.lint(cron);
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
