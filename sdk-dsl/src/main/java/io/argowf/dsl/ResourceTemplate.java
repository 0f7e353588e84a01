package io.argowf.dsl;

import io.argowf.model.Manifests;
import io.argowf.model.workflow.Template;
import java.util.List;

/**
 * A template that creates, applies, patches or deletes a Kubernetes resource and waits for a condition.
 *
 * <pre>{@code
 * resource("rand-num").action("create").setOwnerReference()
 *     .successCondition("status.succeeded > 2").failureCondition("status.failed > 1")
 *     .manifest(jobYaml)
 *     .outputs(outputParam("job-name").fromJsonPath("{.metadata.name}"));
 * }</pre>
 */
public final class ResourceTemplate extends BaseTemplate<ResourceTemplate> {
  private io.argowf.model.workflow.ResourceTemplate resource =
      io.argowf.model.workflow.ResourceTemplate.builder().build();

  ResourceTemplate(String name) {
    super(name);
  }

  /**
   * What to do with the manifest.
   *
   * @param action {@code get}, {@code create}, {@code apply}, {@code delete}, {@code replace} or {@code patch}
   */
  public ResourceTemplate action(String action) {
    resource = resource.withAction(action);
    return this;
  }

  /**
   * What to do with the manifest.
   *
   * <pre>{@code
   * resource("make-job").action(ResourceAction.CREATE).manifestOf(job);
   * }</pre>
   */
  public ResourceTemplate action(ResourceAction action) {
    return action(action.toString());
  }

  /**
   * How a patch is merged.
   *
   * <pre>{@code
   * resource("label").action(ResourceAction.PATCH).mergeStrategy(MergeStrategy.MERGE);
   * }</pre>
   */
  public ResourceTemplate mergeStrategy(MergeStrategy strategy) {
    return mergeStrategy(strategy.toString());
  }

  /**
   * The resource, as YAML text.
   *
   * @param manifest the manifest; may contain handles
   */
  public ResourceTemplate manifest(CharSequence manifest) {
    resource = resource.withManifest(manifest.toString());
    return this;
  }

  /**
   * The resource, as a model object (written as YAML).
   *
   * @param manifest e.g. a {@code Workflow} built with this DSL
   */
  public ResourceTemplate manifestOf(Object manifest) {
    return manifest(Manifests.toYaml(manifest instanceof java.util.Map<?, ?> m ? io.argowf.dsl.internal.JsonValues.tree(m) : manifest));
  }

  /**
   * When the template succeeds.
   *
   * @param condition e.g. {@code status.succeeded > 2}
   */
  public ResourceTemplate successCondition(String condition) {
    resource = resource.withSuccessCondition(condition);
    return this;
  }

  /**
   * When the template fails.
   *
   * @param condition e.g. {@code status.failed > 1}
   */
  public ResourceTemplate failureCondition(String condition) {
    resource = resource.withFailureCondition(condition);
    return this;
  }

  /**
   * Makes the workflow own the resource, so it is deleted with the workflow.
   */
  public ResourceTemplate setOwnerReference() {
    resource = resource.withSetOwnerReference(true);
    return this;
  }

  /**
   * Extra {@code kubectl} flags.
   *
   * @param flags e.g. {@code --validate=false}
   */
  public ResourceTemplate flags(String... flags) {
    resource = resource.withFlags(List.of(flags));
    return this;
  }

  /**
   * How a patch is merged.
   *
   * @param strategy {@code strategic}, {@code merge} or {@code json}
   */
  public ResourceTemplate mergeStrategy(String strategy) {
    resource = resource.withMergeStrategy(strategy);
    return this;
  }

  @Override
  Template complete(Template common) {
    return common.withResource(resource);
  }
}
