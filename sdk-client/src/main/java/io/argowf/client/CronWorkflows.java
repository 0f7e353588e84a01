package io.argowf.client;

import io.argowf.model.workflow.CronWorkflow;

/**
 * The CronWorkflows of one namespace. Get one from {@link ArgoClient#cronWorkflows(String)};
 * an interface, so code using it can be tested with a fake.
 *
 * <pre>{@code
 * CronWorkflows crons = argo.cronWorkflows("argo");
 * crons.apply(cron);                       // create, or update when it changed
 * crons.list().toList().forEach(t -> System.out.println(t.metadata().name()));
 * }</pre>
 */
public interface CronWorkflows {
  /** @return the namespace these calls act on */
  String namespace();

  /**
   * Creates a CronWorkflow.
   *
   * <pre>{@code
   * argo.cronWorkflows("argo").create(cron);
   * }</pre>
   *
   * @throws AlreadyExistsException when one of that name exists
   */
  CronWorkflow create(CronWorkflow cron);

  /**
   * Reads a CronWorkflow.
   *
   * <pre>{@code
   * CronWorkflow t = argo.cronWorkflows("argo").get("nightly");
   * }</pre>
   *
   * @throws NotFoundException when there is none
   */
  CronWorkflow get(String name);

  /**
   * Lists CronWorkflows.
   *
   * <pre>{@code
   * argo.cronWorkflows("argo").list().labelSelector("team=data").toList();
   * }</pre>
   */
  ListRequest<CronWorkflow> list();

  /**
   * Replaces a CronWorkflow; its {@code metadata.resourceVersion} must be the live one.
   *
   * <pre>{@code
   * CronWorkflow live = crons.get("nightly");
   * crons.update(changed.withMetadata(changed.metadata().withResourceVersion(live.metadata().resourceVersion())));
   * }</pre>
   *
   * @throws ConflictException when the cron changed since that version
   */
  CronWorkflow update(CronWorkflow cron);

  /**
   * Creates the cron, or updates it when its spec, labels or annotations differ from the live
   * one (fetching the {@code resourceVersion} itself); does nothing when nothing differs.
   *
   * <pre>{@code
   * argo.cronWorkflows("argo").apply(Manifests.read(Path.of("nightly.yaml"), CronWorkflow.class));
   * }</pre>
   *
   * @return the live cron afterwards
   */
  default CronWorkflow apply(CronWorkflow cron) {
    return Applied.apply(cron, CronWorkflow.class, this::get, this::create, this::update);
  }

  /**
   * Deletes a CronWorkflow.
   *
   * <pre>{@code
   * argo.cronWorkflows("argo").delete("nightly");
   * }</pre>
   */
  default void delete(String name) {
    delete(name, DeleteOptions.defaults());
  }

  /**
   * Deletes a CronWorkflow with a grace period or propagation policy.
   *
   * <pre>{@code
   * argo.cronWorkflows("argo").delete("nightly", DeleteOptions.defaults().withGracePeriod(Duration.ZERO));
   * }</pre>
   */
  void delete(String name, DeleteOptions options);

  /**
   * Asks the server to lint a CronWorkflow.
   *
   * <pre>{@code
   * argo.cronWorkflows("argo").lint(cron);
   * }</pre>
   *
   * @return the cron as the server understood it
   */
  CronWorkflow lint(CronWorkflow cron);

  /**
   * Suspends a CronWorkflow: no new runs until resumed.
   *
   * <pre>{@code
   * argo.cronWorkflows("argo").suspend("nightly");
   * }</pre>
   */
  CronWorkflow suspend(String name);

  /**
   * Resumes a suspended CronWorkflow.
   *
   * <pre>{@code
   * argo.cronWorkflows("argo").resume("nightly");
   * }</pre>
   */
  CronWorkflow resume(String name);
}
