package io.argowf.client.kubernetes;

import io.argowf.client.DeleteOptions;
import io.argowf.client.ListRequest;
import io.argowf.client.ClusterWorkflowTemplates;
import io.argowf.client.spi.BackendSupport;
import io.argowf.model.workflow.ClusterWorkflowTemplate;

/** ClusterWorkflowTemplates as custom resources; lint is local, as {@code argo cluster-template lint} does without argo-server. */
final class KubeClusterTemplates implements ClusterWorkflowTemplates {
  private final KubernetesBackend backend;
  private final Crd<ClusterWorkflowTemplate> crd;

  KubeClusterTemplates(KubernetesBackend backend) {
    this.backend = backend;
    this.crd = new Crd<>(backend.client(), "ClusterWorkflowTemplate", "clusterworkflowtemplates", ClusterWorkflowTemplate.class, null);
  }

  @Override
  public ClusterWorkflowTemplate create(ClusterWorkflowTemplate template) {
    return crd.create(template);
  }

  @Override
  public ClusterWorkflowTemplate get(String name) {
    return crd.get(name);
  }

  @Override
  public ListRequest<ClusterWorkflowTemplate> list() {
    return crd.list();
  }

  @Override
  public ClusterWorkflowTemplate update(ClusterWorkflowTemplate template) {
    return crd.update(template);
  }

  @Override
  public void delete(String name, DeleteOptions options) {
    crd.delete(name, options);
  }

  @Override
  public ClusterWorkflowTemplate lint(ClusterWorkflowTemplate template) {
    BackendSupport.lint(backend.workflowTemplates(backend.namespace()), this, template);
    return template;
  }
}
