package io.argowf.client;

import io.argowf.client.internal.Transport;
import io.argowf.model.workflow.ClusterWorkflowTemplate;

/**
 * ClusterWorkflowTemplates (cluster-scoped). Get it from {@link ArgoClient#clusterWorkflowTemplates()}.
 *
 * <pre>{@code
 * ClusterWorkflowTemplates shared = argo.clusterWorkflowTemplates();
 * shared.create(template);
 * shared.list().toList().forEach(t -> System.out.println(t.metadata().name()));
 * }</pre>
 */
public final class ClusterWorkflowTemplates {
  private final ResourceCalls<ClusterWorkflowTemplate> calls;

  ClusterWorkflowTemplates(Transport transport) {
    this.calls = new ResourceCalls<>(transport, null, "template", ClusterWorkflowTemplate.class,
        "api", "v1", "cluster-workflow-templates");
  }

  /**
   * @return the template as created
   */
  public ClusterWorkflowTemplate create(ClusterWorkflowTemplate template) {
    return calls.create(calls.body(template));
  }

  /**
   * @throws NotFoundException when there is none
   */
  public ClusterWorkflowTemplate get(String name) {
    return calls.get(name);
  }

  /**
   * @return the list call to configure
   */
  public ListRequest<ClusterWorkflowTemplate> list() {
    return calls.list();
  }

  /**
   * Replaces a template, named by its {@code metadata.name}.
   *
   * @return the template as stored
   */
  public ClusterWorkflowTemplate update(ClusterWorkflowTemplate template) {
    return calls.update(template);
  }

  /**
   * @param name the name
   */
  public void delete(String name) {
    calls.delete(name);
  }

  /**
   * Deletes with a grace period or propagation policy.
   *
   * <pre>{@code
   * delete("nightly", DeleteOptions.defaults().withPropagation(DeleteOptions.Propagation.FOREGROUND));
   * }</pre>
   *
   * @param options the options ({@code force} does not apply here)
   */
  public void delete(String name, DeleteOptions options) {
    calls.delete(name, options, false);
  }

  /**
   * Asks the server to lint a template.
   *
   * @return the template as the server understood it
   */
  public ClusterWorkflowTemplate lint(ClusterWorkflowTemplate template) {
    return calls.lint(template);
  }
}
