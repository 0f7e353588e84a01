package io.argowf.local.assertions;

import io.argowf.model.workflow.NodeStatus;
import io.argowf.model.workflow.Workflow;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;

/**
 * AssertJ assertions on a finished workflow (a local run's or a remote one's): its phase and its nodes.
 *
 * <pre>{@code
 * import static io.argowf.local.assertions.WorkflowAssert.assertThat;
 *
 * Workflow done = runner.run(wf);
 * assertThat(done).succeeded()
 *     .node("train").succeeded().output("accuracy").isEqualTo("0.93");
 * assertThat(done).node("deploy").isSkipped();
 * }</pre>
 *
 * <p>AssertJ is not a dependency of this module for users: add {@code assertj-core} to your test scope to use it.
 */
public final class WorkflowAssert extends AbstractAssert<WorkflowAssert, Workflow> {

  private WorkflowAssert(Workflow actual) {
    super(actual, WorkflowAssert.class);
  }

  /** The entry point. */
  public static WorkflowAssert assertThat(Workflow actual) {
    return new WorkflowAssert(actual);
  }

  /** The workflow's phase is the given one. */
  public WorkflowAssert hasPhase(String phase) {
    isNotNull();
    String p = actual.status() == null ? null : actual.status().phase();
    if (!phase.equals(p)) {
      failWithMessage("expected workflow %s to be %s but it is %s%s", name(), phase, p, messageSuffix());
    }
    return this;
  }

  /** The workflow Succeeded. */
  public WorkflowAssert succeeded() {
    return hasPhase("Succeeded");
  }

  /** The workflow Failed. */
  public WorkflowAssert failed() {
    return hasPhase("Failed");
  }

  /** The workflow's message. */
  public AbstractStringAssert<?> message() {
    return Assertions.assertThat(actual.status() == null ? null : actual.status().message());
  }

  /**
   * The node with that display name (a step's or task's name, {@code hello(0:a)} for a loop item); when several
   * nodes share it (nested templates), the first in the workflow's order.
   */
  public NodeAssert node(String displayName) {
    isNotNull();
    List<NodeStatus> found = actual.status() == null || actual.status().nodes() == null ? List.of()
        : actual.status().nodes().values().stream().filter(n -> displayName.equals(n.displayName())
            || displayName.equals(n.name())).toList();
    if (found.isEmpty()) {
      failWithMessage("workflow %s has no node named %s; it has %s", name(), displayName,
          actual.status() == null ? List.of() : actual.status().nodes().values().stream()
              .map(NodeStatus::displayName).toList());
    }
    return new NodeAssert(found.get(0), this);
  }

  private String name() {
    return actual.metadata() == null ? "?" : actual.metadata().name();
  }

  private String messageSuffix() {
    String m = actual.status() == null ? null : actual.status().message();
    return m == null ? "" : " (" + m + ")";
  }
}
