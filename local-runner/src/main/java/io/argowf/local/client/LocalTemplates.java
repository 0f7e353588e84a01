package io.argowf.local.client;

import io.argowf.client.WorkflowTemplates;
import io.argowf.client.spi.BackendSupport;
import io.argowf.model.workflow.WorkflowTemplate;

/**
 * The WorkflowTemplates of one namespace, kept in memory; workflows created afterwards can refer to them. Stored
 * as given (as the Kubernetes backend stores them); {@link #lint} checks one locally.
 */
final class LocalTemplates extends InMemory<WorkflowTemplate> implements WorkflowTemplates {
  private final String namespace;

  LocalTemplates(LocalBackend backend, String namespace, Store<WorkflowTemplate> store) {
    super(backend, store);
    this.namespace = namespace;
  }

  @Override
  public String namespace() {
    return namespace;
  }

  @Override
  public WorkflowTemplate lint(WorkflowTemplate template) {
    BackendSupport.lint(this, backend.clusterWorkflowTemplates(), template);
    return template;
  }
}
