package io.argowf.client;

import io.argowf.model.workflow.WorkflowTemplate;

/** WorkflowTemplates on argo-server ({@code /api/v1/workflow-templates/{ns}}). */
final class ServerWorkflowTemplates implements WorkflowTemplates {
  private final ServerBackend backend;
  private final ResourceCalls<WorkflowTemplate> calls;

  ServerWorkflowTemplates(ServerBackend backend, String namespace) {
    this.backend = backend;
    this.calls = new ResourceCalls<>(backend.transport(), namespace, "template", WorkflowTemplate.class,
        "api", "v1", "workflow-templates", namespace);
  }

  @Override
  public String namespace() {
    return calls.namespace();
  }

  @Override
  public WorkflowTemplate create(WorkflowTemplate template) {
    return calls.create(calls.body(backend.forServer(template)), false);
  }

  @Override
  public WorkflowTemplate get(String name) {
    return calls.get(name, GetOptions.defaults());
  }

  @Override
  public ListRequest<WorkflowTemplate> list() {
    return calls.list(ServerLister.Endpoint.WORKFLOW_TEMPLATES);
  }

  @Override
  public WorkflowTemplate update(WorkflowTemplate template) {
    return calls.update(backend.forServer(template));
  }

  @Override
  public void delete(String name, DeleteOptions options) {
    calls.delete(name, options, false);
  }

  @Override
  public WorkflowTemplate lint(WorkflowTemplate template) {
    return calls.lint(backend.forServer(template));
  }
}
