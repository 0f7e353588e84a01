package io.argowf.client.kubernetes;

import io.argowf.client.DeleteOptions;
import io.argowf.client.ListRequest;
import io.argowf.client.CronWorkflows;
import io.argowf.client.spi.BackendSupport;
import io.argowf.model.workflow.CronWorkflow;

/** CronWorkflows as custom resources; lint is local, as {@code argo cron lint} does without argo-server. */
final class KubeCrons implements CronWorkflows {
  private final KubernetesBackend backend;
  private final Crd<CronWorkflow> crd;

  KubeCrons(KubernetesBackend backend, String namespace) {
    this.backend = backend;
    this.crd = new Crd<>(backend.client(), "CronWorkflow", "cronworkflows", CronWorkflow.class, namespace);
  }

  @Override
  public String namespace() {
    return crd.namespace();
  }

  @Override
  public CronWorkflow create(CronWorkflow cron) {
    return crd.create(cron);
  }

  @Override
  public CronWorkflow get(String name) {
    return crd.get(name);
  }

  @Override
  public ListRequest<CronWorkflow> list() {
    return crd.list();
  }

  @Override
  public CronWorkflow update(CronWorkflow cron) {
    return crd.update(cron);
  }

  @Override
  public void delete(String name, DeleteOptions options) {
    crd.delete(name, options);
  }

  @Override
  public CronWorkflow lint(CronWorkflow cron) {
    BackendSupport.lint(backend.workflowTemplates(namespace()), backend.clusterWorkflowTemplates(), cron);
    return cron;
  }

  /** As the argo CLI does without argo-server: {@code spec.suspend: true}. */
  @Override
  public CronWorkflow suspend(String name) {
    return crd.mergePatch(name, "{\"spec\":{\"suspend\":true}}");
  }

  /** As the argo CLI does without argo-server: {@code spec.suspend: false}. */
  @Override
  public CronWorkflow resume(String name) {
    return crd.mergePatch(name, "{\"spec\":{\"suspend\":false}}");
  }
}
