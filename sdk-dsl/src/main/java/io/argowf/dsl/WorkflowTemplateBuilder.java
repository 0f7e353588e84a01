package io.argowf.dsl;

import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowTemplate;

/**
 * Builds a {@link WorkflowTemplate}: templates other workflows run with {@code templateRef}, or submit whole.
 *
 * <pre>{@code
 * WorkflowTemplate lib = workflowTemplate("workflow-template-print-message")
 *     .entrypoint(printMessage)
 *     .build();
 * }</pre>
 */
public final class WorkflowTemplateBuilder extends SpecBuilder<WorkflowTemplateBuilder, WorkflowTemplate> {
  WorkflowTemplateBuilder(WorkflowTemplate from) {
    super(from.metadata(), from.spec());
  }

  @Override
  WorkflowTemplate wrap(Workflow workflow) {
    return WorkflowTemplate.builder().metadata(workflow.metadata()).spec(workflow.spec()).build();
  }
}
