package io.argowf.dsl;

import io.argowf.dsl.internal.Versions;
import io.argowf.model.Lint;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowTemplate;
import java.util.List;

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
  WorkflowTemplate wrap(Workflow workflow, List<Lint.Problem> problems) {
    return WorkflowTemplate.builder().metadata(workflow.metadata())
        .spec(Versions.adapt(workflow.spec(), version == ArgoVersion.V3_5, specPath(), problems)).build();
  }

  @Override
  WorkflowSpec specOf(WorkflowTemplate manifest) {
    return manifest.spec();
  }
}
