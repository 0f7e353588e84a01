package io.argowf.local.assertions;

import io.argowf.model.workflow.NodeStatus;
import io.argowf.model.workflow.Parameter;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;

/**
 * AssertJ assertions on one node of a workflow, from {@link WorkflowAssert#node}.
 *
 * <pre>{@code
 * assertThat(done).node("train").succeeded().output("accuracy").isEqualTo("0.93");
 * assertThat(done).node("flaky").hasPhase("Failed").message().contains("exit code 1");
 * }</pre>
 */
public final class NodeAssert extends AbstractAssert<NodeAssert, NodeStatus> {
  private final WorkflowAssert workflow;

  NodeAssert(NodeStatus actual, WorkflowAssert workflow) {
    super(actual, NodeAssert.class);
    this.workflow = workflow;
  }

  /** The node's phase is the given one. */
  public NodeAssert hasPhase(String phase) {
    if (!phase.equals(actual.phase())) {
      failWithMessage("expected node %s to be %s but it is %s%s", actual.name(), phase, actual.phase(),
          actual.message() == null ? "" : " (" + actual.message() + ")");
    }
    return this;
  }

  /** The node Succeeded. */
  public NodeAssert succeeded() {
    return hasPhase("Succeeded");
  }

  /** The node Failed. */
  public NodeAssert failed() {
    return hasPhase("Failed");
  }

  /** The node was Skipped (its {@code when} was false). */
  public NodeAssert isSkipped() {
    return hasPhase("Skipped");
  }

  /** The node's type ({@code Pod}, {@code Steps}, {@code DAG}, {@code Retry}, ...). */
  public NodeAssert hasType(String type) {
    if (!type.equals(actual.type())) failWithMessage("expected node %s of type %s but it is %s", actual.name(), type,
        actual.type());
    return this;
  }

  /** An output parameter's value. */
  public AbstractStringAssert<?> output(String name) {
    if (actual.outputs() != null && actual.outputs().parameters() != null) {
      for (Parameter p : actual.outputs().parameters()) {
        if (name.equals(p.name())) return Assertions.assertThat(p.value()).as("%s output %s", actual.name(), name);
      }
    }
    failWithMessage("node %s has no output parameter %s", actual.name(), name);
    return null;
  }

  /** The node's {@code outputs.result} (its stdout). */
  public AbstractStringAssert<?> result() {
    return Assertions.assertThat(actual.outputs() == null ? null : actual.outputs().result())
        .as("%s result", actual.name());
  }

  /** The node's message. */
  public AbstractStringAssert<?> message() {
    return Assertions.assertThat(actual.message()).as("%s message", actual.name());
  }

  /** Another node of the same workflow. */
  public NodeAssert node(String displayName) {
    return workflow.node(displayName);
  }
}
