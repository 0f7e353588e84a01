package io.argowf.client.kubernetes;

import io.argowf.client.DeleteOptions;
import io.argowf.client.ListRequest;
import io.argowf.client.WorkflowTemplates;
import io.argowf.client.spi.BackendSupport;
import io.argowf.model.workflow.WorkflowTemplate;

/** WorkflowTemplates as custom resources; lint is local, as {@code argo template lint} does without argo-server. */
final class KubeTemplates implements WorkflowTemplates {
  private final KubernetesBackend backend;
  private final Crd<WorkflowTemplate> crd;

  KubeTemplates(KubernetesBackend backend, String namespace) {
    this.backend = backend;
    this.crd = new Crd<>(backend.client(), "WorkflowTemplate", "workflowtemplates", WorkflowTemplate.class, namespace);
  }

  @Override
  public String namespace() {
    return crd.namespace();
  }

  @Override
  public WorkflowTemplate create(WorkflowTemplate template) {
    return crd.create(template);
  }

  @Override
  public WorkflowTemplate get(String name) {
    return crd.get(name);
  }

  @Override
  public ListRequest<WorkflowTemplate> list() {
    return crd.list();
  }

  @Override
  public WorkflowTemplate update(WorkflowTemplate template) {
    return crd.update(template);
  }

  @Override
  public void delete(String name, DeleteOptions options) {
    crd.delete(name, options);
  }

  @Override
  public WorkflowTemplate lint(WorkflowTemplate template) {
    BackendSupport.lint(this, backend.clusterWorkflowTemplates(), template);
    return template;
  }
}
