package io.argowf.dsl;

import io.argowf.model.k8s.Resource;
import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.TemplateRef;
import io.argowf.model.workflow.WorkflowTemplate;

/**
 * A template of a WorkflowTemplate or ClusterWorkflowTemplate, run by steps and tasks with {@code templateRef}.
 * Made from the WorkflowTemplate itself, {@code build()} checks the call against it; made from a name (e.g. a
 * template installed in the cluster), the call is not checked and {@code build()} says so with a warning.
 *
 * <pre>{@code
 * WorkflowTemplate lib = workflowTemplate("print-lib").templates(printMessage).build();
 * var print = templateRef(lib, "print-message");                    // checked against lib
 * var remote = templateRef("workflow-template-print-message", "print-message");   // by name: not checked
 * steps("main").then(print.step("hello").with(message, "hello"));
 * }</pre>
 */
public final class TemplateReference {
  private final TemplateRef ref;
  private final Resource manifest;

  TemplateReference(TemplateRef ref, Resource manifest) {
    this.ref = ref;
    this.manifest = manifest;
  }

  /**
   * The same template, of a ClusterWorkflowTemplate of that name.
   */
  public TemplateReference clusterScope() {
    return new TemplateReference(ref.withClusterScope(true), null);
  }

  /**
   * A step that runs the referenced template.
   */
  public Step step(String name) {
    return new Step(name, this);
  }

  /**
   * A task that runs the referenced template.
   */
  public Task task(String name) {
    return new Task(name, this);
  }

  /** @return the reference as the model writes it */
  public TemplateRef toModel() {
    return ref;
  }

  /** @return the WorkflowTemplate or ClusterWorkflowTemplate it was made from, or null when made from a name */
  Resource manifest() {
    return manifest;
  }

  /** @return the warning for a reference by name that lint could not follow */
  String notChecked() {
    return notChecked(Boolean.TRUE.equals(ref.clusterScope()), ref.name());
  }

  static String notChecked(boolean cluster, String name) {
    return (cluster ? "ClusterWorkflowTemplate '" : "WorkflowTemplate '") + name + "' was not given to the DSL, so this"
        + " reference is not checked; to check it, pass the template with lintWith(template) (or make the reference"
        + " from the template object)";
  }

  static TemplateReference of(WorkflowTemplate template, String name) {
    TemplateRef ref = TemplateRef.builder().name(template.metadata().name()).template(name).build();
    return new TemplateReference(ref, template);
  }

  static TemplateReference of(ClusterWorkflowTemplate template, String name) {
    TemplateRef ref = TemplateRef.builder().name(template.metadata().name()).template(name).clusterScope(true).build();
    return new TemplateReference(ref, template);
  }
}
