package io.argowf.client;

import io.argowf.client.internal.ApiRequest;
import io.argowf.client.internal.Transport;
import io.argowf.model.workflow.CronWorkflow;

/**
 * The CronWorkflows of one namespace. Get it from {@link ArgoClient#cronWorkflows(String)}; run one
 * now with {@link Workflows#fromCronWorkflow(String)}.
 *
 * <pre>{@code
 * CronWorkflows crons = argo.cronWorkflows("argo");
 * crons.create(nightly);
 * crons.suspend("nightly");
 * crons.resume("nightly");
 * }</pre>
 */
public final class CronWorkflows {
  private final ResourceCalls<CronWorkflow> calls;

  CronWorkflows(Transport transport, String namespace) {
    this.calls = new ResourceCalls<>(transport, namespace, "cronWorkflow", CronWorkflow.class,
        "api", "v1", "cron-workflows", namespace);
  }

  /**
   * @return the CronWorkflow as created
   */
  public CronWorkflow create(CronWorkflow cron) {
    return calls.create(calls.body(cron));
  }

  /**
   * @throws NotFoundException when there is none
   */
  public CronWorkflow get(String name) {
    return calls.get(name);
  }

  /**
   * @return the list call to configure
   */
  public ListRequest<CronWorkflow> list() {
    return calls.list();
  }

  /**
   * Replaces a CronWorkflow, named by its {@code metadata.name}.
   *
   * @return the CronWorkflow as stored
   */
  public CronWorkflow update(CronWorkflow cron) {
    return calls.update(cron);
  }

  /**
   * @param name the name
   */
  public void delete(String name) {
    calls.delete(name);
  }

  /**
   * Deletes with a grace period or propagation policy.
   *
   * <pre>{@code
   * delete("nightly", DeleteOptions.defaults().withPropagation(DeleteOptions.Propagation.FOREGROUND));
   * }</pre>
   *
   * @param options the options ({@code force} does not apply here)
   */
  public void delete(String name, DeleteOptions options) {
    calls.delete(name, options, false);
  }

  /**
   * Asks the server to lint a CronWorkflow.
   *
   * @return the CronWorkflow as the server understood it
   */
  public CronWorkflow lint(CronWorkflow cron) {
    return calls.lint(cron);
  }

  /**
   * Stops scheduling new runs.
   */
  public CronWorkflow suspend(String name) {
    return calls.action(name, "suspend", null, ApiRequest.Safety.IDEMPOTENT);
  }

  /**
   * Resumes scheduling.
   */
  public CronWorkflow resume(String name) {
    return calls.action(name, "resume", null, ApiRequest.Safety.IDEMPOTENT);
  }
}
