package io.argowf.client;

import io.argowf.client.internal.Transport;
import io.argowf.model.workflow.WorkflowTemplate;

/**
 * The WorkflowTemplates of one namespace. Get it from {@link ArgoClient#workflowTemplates(String)}.
 *
 * <pre>{@code
 * WorkflowTemplates templates = argo.workflowTemplates("argo");
 * templates.create(template);
 * WorkflowTemplate t = templates.get("etl");
 * templates.update(t.withSpec(newSpec));
 * templates.delete("etl");
 * }</pre>
 */
public final class WorkflowTemplates {
  private final ResourceCalls<WorkflowTemplate> calls;

  WorkflowTemplates(Transport transport, String namespace) {
    this.calls = new ResourceCalls<>(transport, namespace, "template", WorkflowTemplate.class,
        "api", "v1", "workflow-templates", namespace);
  }

  /**
   * @return the template as created
   */
  public WorkflowTemplate create(WorkflowTemplate template) {
    return calls.create(calls.body(template));
  }

  /**
   * @throws NotFoundException when there is none
   */
  public WorkflowTemplate get(String name) {
    return calls.get(name);
  }

  /**
   * Lists templates ({@code .labelSelector(...)}, {@code .stream()}, {@code .toList()}).
   *
   * @return the list call to configure
   */
  public ListRequest<WorkflowTemplate> list() {
    return calls.list();
  }

  /**
   * Lists templates whose name matches a pattern (argo-server's {@code namePattern}).
   *
   * @return the list call to configure
   */
  public ListRequest<WorkflowTemplate> listByName(String pattern) {
    return calls.list().query("namePattern", pattern);
  }

  /**
   * Replaces a template; its {@code metadata.name} says which, and its {@code resourceVersion}
   * guards against lost updates ({@link ConflictException}).
   *
   * @return the template as stored
   */
  public WorkflowTemplate update(WorkflowTemplate template) {
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
   * @throws InvalidException with the server's reason when it is not valid
   */
  public WorkflowTemplate lint(WorkflowTemplate template) {
    return calls.lint(template);
  }
}
