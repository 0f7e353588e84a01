package io.argowf.dsl;

import io.argowf.model.workflow.Workflow;

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
  Workflow wrap(Workflow workflow) {
    return workflow;
  }
}
