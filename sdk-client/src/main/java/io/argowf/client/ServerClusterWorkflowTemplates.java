package io.argowf.client;

import io.argowf.model.workflow.ClusterWorkflowTemplate;

/** ClusterWorkflowTemplates on argo-server ({@code /api/v1/cluster-workflow-templates}). */
final class ServerClusterWorkflowTemplates implements ClusterWorkflowTemplates {
  private final ServerBackend backend;
  private final ResourceCalls<ClusterWorkflowTemplate> calls;

  ServerClusterWorkflowTemplates(ServerBackend backend) {
    this.backend = backend;
    this.calls = new ResourceCalls<>(backend.transport(), null, "template", ClusterWorkflowTemplate.class,
        "api", "v1", "cluster-workflow-templates");
  }

  @Override
  public ClusterWorkflowTemplate create(ClusterWorkflowTemplate template) {
    return calls.create(calls.body(backend.forServer(template)), false);
  }

  @Override
  public ClusterWorkflowTemplate get(String name) {
    return calls.get(name, GetOptions.defaults());
  }

  @Override
  public ListRequest<ClusterWorkflowTemplate> list() {
    return calls.list(ServerLister.Endpoint.PLAIN);
  }

  @Override
  public ClusterWorkflowTemplate update(ClusterWorkflowTemplate template) {
    return calls.update(backend.forServer(template));
  }

  @Override
  public void delete(String name, DeleteOptions options) {
    calls.delete(name, options, false);
  }

  @Override
  public ClusterWorkflowTemplate lint(ClusterWorkflowTemplate template) {
    return calls.lint(backend.forServer(template));
  }
}
