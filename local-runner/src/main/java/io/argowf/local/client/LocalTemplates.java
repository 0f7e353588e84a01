package io.argowf.local.client;

import io.argowf.client.DeleteOptions;
import io.argowf.client.ListRequest;
import io.argowf.client.WorkflowTemplates;
import io.argowf.client.spi.BackendSupport;
import io.argowf.model.workflow.WorkflowTemplate;

/**
 * The WorkflowTemplates of one namespace, kept in memory; workflows created afterwards can refer to them. Stored
 * as given (as the Kubernetes backend stores them); {@link #lint} checks one locally.
 */
final class LocalTemplates implements WorkflowTemplates {
  private final LocalBackend backend;
  private final String namespace;
  private final Store<WorkflowTemplate> store;

  LocalTemplates(LocalBackend backend, String namespace, Store<WorkflowTemplate> store) {
    this.backend = backend;
    this.namespace = namespace;
    this.store = store;
  }

  @Override
  public String namespace() {
    return namespace;
  }

  @Override
  public WorkflowTemplate create(WorkflowTemplate template) {
    return store.create(template);
  }

  @Override
  public WorkflowTemplate get(String name) {
    return store.get(name);
  }

  @Override
  public ListRequest<WorkflowTemplate> list() {
    return store.list();
  }

  @Override
  public WorkflowTemplate update(WorkflowTemplate template) {
    return store.update(template);
  }

  @Override
  public void delete(String name, DeleteOptions options) {
    store.delete(name, options);
  }

  @Override
  public WorkflowTemplate lint(WorkflowTemplate template) {
    BackendSupport.lint(this, backend.clusterWorkflowTemplates(), template);
    return template;
  }
}
