package io.argowf.dsl;

import io.argowf.dsl.internal.Versions;
import io.argowf.model.Lint;
import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowSpec;
import java.util.List;

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
  ClusterWorkflowTemplate wrap(Workflow workflow, List<Lint.Problem> problems) {
    return ClusterWorkflowTemplate.builder().metadata(workflow.metadata())
        .spec(Versions.adapt(workflow.spec(), version == ArgoVersion.V3_5, specPath(), problems)).build();
  }

  @Override
  WorkflowSpec specOf(ClusterWorkflowTemplate manifest) {
    return manifest.spec();
  }
}
