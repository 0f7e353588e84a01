package io.argowf.client;

import io.argowf.model.workflow.WorkflowTemplate;

/**
 * The WorkflowTemplates of one namespace. Get one from {@link ArgoClient#workflowTemplates(String)};
 * an interface, so code using it can be tested with a fake.
 *
 * <pre>{@code
 * WorkflowTemplates templates = argo.workflowTemplates("argo");
 * templates.apply(template);                       // create, or update when it changed
 * templates.list().toList().forEach(t -> System.out.println(t.metadata().name()));
 * }</pre>
 */
public interface WorkflowTemplates {
  /** @return the namespace these calls act on */
  String namespace();

  /**
   * Creates a WorkflowTemplate.
   *
   * <pre>{@code
   * argo.workflowTemplates("argo").create(template);
   * }</pre>
   *
   * @throws AlreadyExistsException when one of that name exists
   */
  WorkflowTemplate create(WorkflowTemplate template);

  /**
   * Reads a WorkflowTemplate.
   *
   * <pre>{@code
   * WorkflowTemplate t = argo.workflowTemplates("argo").get("etl");
   * }</pre>
   *
   * @throws NotFoundException when there is none
   */
  WorkflowTemplate get(String name);

  /**
   * Lists WorkflowTemplates.
   *
   * <pre>{@code
   * argo.workflowTemplates("argo").list().labelSelector("team=data").toList();
   * }</pre>
   */
  ListRequest<WorkflowTemplate> list();

  /**
   * Lists WorkflowTemplates whose name contains {@code pattern} (argo-server's {@code namePattern}).
   *
   * <pre>{@code
   * argo.workflowTemplates("argo").listByName("etl").toList();
   * }</pre>
   */
  default ListRequest<WorkflowTemplate> listByName(String pattern) {
    return list().nameFilter(NameFilter.CONTAINS, pattern);
  }

  /**
   * Replaces a WorkflowTemplate; its {@code metadata.resourceVersion} must be the live one.
   *
   * <pre>{@code
   * WorkflowTemplate live = templates.get("etl");
   * templates.update(changed.withMetadata(changed.metadata().withResourceVersion(live.metadata().resourceVersion())));
   * }</pre>
   *
   * @throws ConflictException when the template changed since that version
   */
  WorkflowTemplate update(WorkflowTemplate template);

  /**
   * Creates the template, or updates it when its spec, labels or annotations differ from the live
   * one (fetching the {@code resourceVersion} itself); does nothing when nothing differs.
   *
   * <pre>{@code
   * argo.workflowTemplates("argo").apply(Manifests.read(Path.of("etl.yaml"), WorkflowTemplate.class));
   * }</pre>
   *
   * @return the live template afterwards
   */
  default WorkflowTemplate apply(WorkflowTemplate template) {
    return Applied.apply(template, WorkflowTemplate.class, this::get, this::create, this::update);
  }

  /**
   * Deletes a WorkflowTemplate.
   *
   * <pre>{@code
   * argo.workflowTemplates("argo").delete("etl");
   * }</pre>
   */
  default void delete(String name) {
    delete(name, DeleteOptions.defaults());
  }

  /**
   * Deletes a WorkflowTemplate with a grace period or propagation policy.
   *
   * <pre>{@code
   * argo.workflowTemplates("argo").delete("etl", DeleteOptions.defaults().withGracePeriod(Duration.ZERO));
   * }</pre>
   */
  void delete(String name, DeleteOptions options);

  /**
   * Asks the server to lint a WorkflowTemplate.
   *
   * <pre>{@code
   * argo.workflowTemplates("argo").lint(template);
   * }</pre>
   *
   * @return the template as the server understood it
   */
  WorkflowTemplate lint(WorkflowTemplate template);
}
