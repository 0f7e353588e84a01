package io.argowf.dsl;

import io.argowf.dsl.internal.Versions;
import io.argowf.model.Lint;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowSpec;
import java.util.List;

/**
 * Builds a {@link Workflow}. Start with {@link Argo#workflow()}, or {@link Argo#edit(Workflow)} to change one.
 *
 * <pre>{@code
 * Workflow wf = workflow().generateName("hello-")
 *     .entrypoint(container("hello").image("busybox").command("echo", "hello"))
 *     .build();
 * }</pre>
 */
public final class WorkflowBuilder extends SpecBuilder<WorkflowBuilder, Workflow> {
  WorkflowBuilder(Workflow from) {
    super(from.metadata(), from.spec());
  }

  @Override
  boolean checksArguments() {
    return true;
  }

  @Override
  Workflow wrap(Workflow workflow, List<Lint.Problem> problems) {
    return workflow.withSpec(Versions.adapt(workflow.spec(), version == ArgoVersion.V3_5, specPath(), problems));
  }

  @Override
  WorkflowSpec specOf(Workflow manifest) {
    return manifest.spec();
  }
}
