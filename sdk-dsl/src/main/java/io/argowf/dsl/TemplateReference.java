package io.argowf.dsl;

import io.argowf.model.workflow.TemplateRef;

/**
 * A template of a WorkflowTemplate or ClusterWorkflowTemplate, run by steps and tasks with {@code templateRef}.
 *
 * <pre>{@code
 * var print = templateRef("workflow-template-print-message", "print-message");
 * steps("main").then(print.step("hello").with(message, "hello"));
 * }</pre>
 */
public final class TemplateReference {
  private final TemplateRef ref;

  TemplateReference(TemplateRef ref) {
    this.ref = ref;
  }

  /**
   * The same template, of a ClusterWorkflowTemplate.
   *
   * @return a new reference
   */
  public TemplateReference clusterScope() {
    return new TemplateReference(ref.withClusterScope(true));
  }

  /**
   * A step that runs the referenced template.
   *
   * @param name the step's name
   * @return a new step
   */
  public Step step(String name) {
    return new Step(name, ref);
  }

  /**
   * A task that runs the referenced template.
   *
   * @param name the task's name
   * @return a new task
   */
  public Task task(String name) {
    return new Task(name, ref);
  }

  /** @return the reference as the model writes it */
  public TemplateRef toModel() {
    return ref;
  }
}
