package io.argowf.local.client;

import io.argowf.client.CronWorkflows;
import io.argowf.client.DeleteOptions;
import io.argowf.client.ListRequest;
import io.argowf.client.spi.BackendSupport;
import io.argowf.model.workflow.CronWorkflow;

/**
 * The CronWorkflows of one namespace, kept in memory. They are not scheduled (a test does not wait for a clock):
 * run one now with {@code workflows(ns).fromCronWorkflow(name).submit()}. Suspend and resume set and clear
 * {@code spec.suspend}.
 */
final class LocalCrons implements CronWorkflows {
  private final LocalBackend backend;
  private final String namespace;
  private final Store<CronWorkflow> store;

  LocalCrons(LocalBackend backend, String namespace, Store<CronWorkflow> store) {
    this.backend = backend;
    this.namespace = namespace;
    this.store = store;
  }

  @Override
  public String namespace() {
    return namespace;
  }

  @Override
  public CronWorkflow create(CronWorkflow cron) {
    return store.create(cron);
  }

  @Override
  public CronWorkflow get(String name) {
    return store.get(name);
  }

  @Override
  public ListRequest<CronWorkflow> list() {
    return store.list();
  }

  @Override
  public CronWorkflow update(CronWorkflow cron) {
    return store.update(cron);
  }

  @Override
  public void delete(String name, DeleteOptions options) {
    store.delete(name, options);
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
