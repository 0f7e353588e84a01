package io.argowf.client;

import io.argowf.client.internal.Transport;
import io.argowf.model.workflow.WorkflowTemplate;

/** WorkflowTemplates on argo-server ({@code /api/v1/workflow-templates/{ns}}). */
final class ServerWorkflowTemplates implements WorkflowTemplates {
  private final ResourceCalls<WorkflowTemplate> calls;

  ServerWorkflowTemplates(Transport transport, String namespace) {
    this.calls = new ResourceCalls<>(transport, namespace, "template", WorkflowTemplate.class,
        "api", "v1", "workflow-templates", namespace);
  }

  @Override
  public String namespace() {
    return calls.namespace();
  }

  @Override
  public WorkflowTemplate create(WorkflowTemplate template) {
    return calls.create(calls.body(template), false);
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
    return calls.update(template);
  }

  @Override
  public void delete(String name, DeleteOptions options) {
    calls.delete(name, options, false);
  }

  @Override
  public WorkflowTemplate lint(WorkflowTemplate template) {
    return calls.lint(template);
  }
}
