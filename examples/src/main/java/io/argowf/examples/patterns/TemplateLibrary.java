package io.argowf.examples.patterns;

import static io.argowf.dsl.Argo.container;
import static io.argowf.dsl.Argo.param;
import static io.argowf.dsl.Argo.steps;
import static io.argowf.dsl.Argo.templateRef;
import static io.argowf.dsl.Argo.workflow;
import static io.argowf.dsl.Argo.workflowTemplate;

import io.argowf.model.workflow.WorkflowTemplate;
import java.util.List;

/** A WorkflowTemplate as a library, and a Workflow that calls its template by {@code templateRef}. */
public final class TemplateLibrary {
  private TemplateLibrary() {}

  /** The WorkflowTemplate, then the Workflow. */
  public static List<Object> manifests() {
    var message = param("message");
    var print = container("print-message").inputs(message).image(Images.BUSYBOX).command("echo").args(message);
    WorkflowTemplate library = workflowTemplate("print-library").templates(print).build();
    var fromLibrary = templateRef(library, "print-message");
    return List.of(library, workflow().generateName("template-ref-")
        .entrypoint(steps("main").then(fromLibrary.step("print").with(message, "from the library")))
        .build());
  }
}
