package io.argowf.local.client;

import io.argowf.client.ClusterWorkflowTemplates;
import io.argowf.client.DeleteOptions;
import io.argowf.client.ListRequest;
import io.argowf.client.spi.BackendSupport;
import io.argowf.model.workflow.ClusterWorkflowTemplate;

/** The ClusterWorkflowTemplates, kept in memory; workflows of every namespace can refer to them. */
final class LocalClusterTemplates implements ClusterWorkflowTemplates {
  private final LocalBackend backend;
  private final Store<ClusterWorkflowTemplate> store;

  LocalClusterTemplates(LocalBackend backend, Store<ClusterWorkflowTemplate> store) {
    this.backend = backend;
    this.store = store;
  }

  @Override
  public ClusterWorkflowTemplate create(ClusterWorkflowTemplate template) {
    return store.create(template);
  }

  @Override
  public ClusterWorkflowTemplate get(String name) {
    return store.get(name);
  }

  @Override
  public ListRequest<ClusterWorkflowTemplate> list() {
    return store.list();
  }

  @Override
  public ClusterWorkflowTemplate update(ClusterWorkflowTemplate template) {
    return store.update(template);
  }

  @Override
  public void delete(String name, DeleteOptions options) {
    store.delete(name, options);
  }

  @Override
  public ClusterWorkflowTemplate lint(ClusterWorkflowTemplate template) {
    BackendSupport.lint(backend.workflowTemplates(backend.namespace()), this, template);
    return template;
  }
}
