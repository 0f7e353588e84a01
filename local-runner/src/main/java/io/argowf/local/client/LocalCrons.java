package io.argowf.local.client;

import io.argowf.client.CronWorkflows;
import io.argowf.client.spi.BackendSupport;
import io.argowf.model.workflow.CronWorkflow;

/**
 * The CronWorkflows of one namespace, kept in memory. They are not scheduled (a test does not wait for a clock):
 * run one now with {@code workflows(ns).fromCronWorkflow(name).submit()}. Suspend and resume set and clear
 * {@code spec.suspend}.
 */
final class LocalCrons extends InMemory<CronWorkflow> implements CronWorkflows {
  private final String namespace;

  LocalCrons(LocalBackend backend, String namespace, Store<CronWorkflow> store) {
    super(backend, store);
    this.namespace = namespace;
  }

  @Override
  public String namespace() {
    return namespace;
  }

  @Override
  public CronWorkflow lint(CronWorkflow cron) {
    BackendSupport.lint(backend.workflowTemplates(namespace), backend.clusterWorkflowTemplates(), cron);
    return cron;
  }

  @Override
  public CronWorkflow suspend(String name) {
    return store.patch(name, tree -> tree.with("spec").put("suspend", true));
  }

  @Override
  public CronWorkflow resume(String name) {
    return store.patch(name, tree -> tree.with("spec").remove("suspend"));
  }
}
