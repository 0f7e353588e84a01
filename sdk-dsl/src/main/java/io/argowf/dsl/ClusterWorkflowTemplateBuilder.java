package io.argowf.dsl;

import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.Workflow;

/**
 * Builds a {@link ClusterWorkflowTemplate}: templates workflows of every namespace may run.
 *
 * <pre>{@code
 * ClusterWorkflowTemplate t = clusterWorkflowTemplate("cluster-workflow-template-print-message")
 *     .templates(printMessage)
 *     .build();
 * }</pre>
 */
public final class ClusterWorkflowTemplateBuilder
    extends SpecBuilder<ClusterWorkflowTemplateBuilder, ClusterWorkflowTemplate> {
  ClusterWorkflowTemplateBuilder(ClusterWorkflowTemplate from) {
    super(from.metadata(), from.spec());
  }

  @Override
  ClusterWorkflowTemplate wrap(Workflow workflow) {
    return ClusterWorkflowTemplate.builder().metadata(workflow.metadata()).spec(workflow.spec()).build();
  }
}
