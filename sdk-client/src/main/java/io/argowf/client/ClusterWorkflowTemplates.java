package io.argowf.client;

import io.argowf.model.workflow.ClusterWorkflowTemplate;

/**
 * The ClusterWorkflowTemplates (cluster-scoped). Get one from {@link ArgoClient#clusterWorkflowTemplates()};
 * an interface, so code using it can be tested with a fake.
 *
 * <pre>{@code
 * ClusterWorkflowTemplates templates = argo.clusterWorkflowTemplates();
 * templates.apply(template);                       // create, or update when it changed
 * templates.list().toList().forEach(t -> System.out.println(t.metadata().name()));
 * }</pre>
 */
public interface ClusterWorkflowTemplates {
  /**
   * Creates a ClusterWorkflowTemplate.
   *
   * <pre>{@code
   * argo.clusterWorkflowTemplates().create(template);
   * }</pre>
   *
   * @throws AlreadyExistsException when one of that name exists
   */
  ClusterWorkflowTemplate create(ClusterWorkflowTemplate template);

  /**
   * Reads a ClusterWorkflowTemplate.
   *
   * <pre>{@code
   * ClusterWorkflowTemplate t = argo.clusterWorkflowTemplates().get("etl");
   * }</pre>
   *
   * @throws NotFoundException when there is none
   */
  ClusterWorkflowTemplate get(String name);

  /**
   * Lists ClusterWorkflowTemplates.
   *
   * <pre>{@code
   * argo.clusterWorkflowTemplates().list().labelSelector("team=data").toList();
   * }</pre>
   */
  ListRequest<ClusterWorkflowTemplate> list();

  /**
   * Lists ClusterWorkflowTemplates whose name contains {@code pattern} (argo-server's {@code namePattern}).
   *
   * <pre>{@code
   * argo.clusterWorkflowTemplates().listByName("etl").toList();
   * }</pre>
   */
  default ListRequest<ClusterWorkflowTemplate> listByName(String pattern) {
    return list().nameFilter(NameFilter.CONTAINS, pattern);
  }

  /**
   * Replaces a ClusterWorkflowTemplate; its {@code metadata.resourceVersion} must be the live one.
   *
   * <pre>{@code
   * ClusterWorkflowTemplate live = templates.get("etl");
   * templates.update(changed.withMetadata(changed.metadata().withResourceVersion(live.metadata().resourceVersion())));
   * }</pre>
   *
   * @throws ConflictException when the template changed since that version
   */
  ClusterWorkflowTemplate update(ClusterWorkflowTemplate template);

  /**
   * Creates the template, or updates it when its spec, labels or annotations differ from the live
   * one (fetching the {@code resourceVersion} itself); does nothing when nothing differs.
   *
   * <pre>{@code
   * argo.clusterWorkflowTemplates().apply(Manifests.read(Path.of("etl.yaml"), ClusterWorkflowTemplate.class));
   * }</pre>
   *
   * @return the live template afterwards
   */
  default ClusterWorkflowTemplate apply(ClusterWorkflowTemplate template) {
    return Applied.apply(template, ClusterWorkflowTemplate.class, this::get, this::create, this::update);
  }

  /**
   * Deletes a ClusterWorkflowTemplate.
   *
   * <pre>{@code
   * argo.clusterWorkflowTemplates().delete("etl");
   * }</pre>
   */
  default void delete(String name) {
    delete(name, DeleteOptions.defaults());
  }

  /**
   * Deletes a ClusterWorkflowTemplate with a grace period or propagation policy.
   *
   * <pre>{@code
   * argo.clusterWorkflowTemplates().delete("etl", DeleteOptions.defaults().withGracePeriod(Duration.ZERO));
   * }</pre>
   */
  void delete(String name, DeleteOptions options);

  /**
   * Asks the server to lint a ClusterWorkflowTemplate.
   *
   * <pre>{@code
   * argo.clusterWorkflowTemplates().lint(template);
   * }</pre>
   *
   * @return the template as the server understood it
   */
  ClusterWorkflowTemplate lint(ClusterWorkflowTemplate template);
}
