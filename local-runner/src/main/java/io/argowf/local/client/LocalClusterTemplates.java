package io.argowf.local.client;

import io.argowf.client.ClusterWorkflowTemplates;
import io.argowf.client.spi.BackendSupport;
import io.argowf.model.workflow.ClusterWorkflowTemplate;

/** The ClusterWorkflowTemplates, kept in memory; workflows of every namespace can refer to them. */
final class LocalClusterTemplates extends InMemory<ClusterWorkflowTemplate> implements ClusterWorkflowTemplates {
  LocalClusterTemplates(LocalBackend backend, Store<ClusterWorkflowTemplate> store) {
    super(backend, store);
  }

  @Override
  public ClusterWorkflowTemplate lint(ClusterWorkflowTemplate template) {
    BackendSupport.lint(backend.workflowTemplates(backend.namespace()), this, template);
    return template;
  }
}
