package io.argowf.client;

import io.argowf.model.workflow.NodeStatus;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowStatus;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A snapshot of a running workflow, given to the {@link WaitOptions#progress()} callback. Node counts
 * cover the nodes that do work (pods, container-set containers, HTTP and plugin nodes), not the
 * steps/DAG structure around them.
 *
 * <pre>{@code
 * WaitOptions.defaults().withProgress(p ->
 *     System.out.println(p.name() + " " + p.phase() + " " + p.progress()
 *         + " running=" + p.running() + " ok=" + p.succeeded() + " failed=" + p.failed()));
 * }</pre>
 *
 * @param name the workflow's name
 * @param phase {@code status.phase} (empty before the controller saw the workflow)
 * @param progress {@code status.progress}, e.g. {@code 3/5} (empty when unknown)
 * @param running nodes running or pending
 * @param succeeded nodes succeeded
 * @param failed nodes failed or errored
 * @param workflow the workflow this snapshot was taken from
 */
public record WaitProgress(String name, String phase, String progress, int running, int succeeded, int failed,
    Workflow workflow) {
  private static final Set<String> WORK_NODES = Set.of("Pod", "Container", "HTTP", "Plugin");

  /** Summarises a workflow. */
  static WaitProgress of(Workflow wf) {
    WorkflowStatus status = wf.status();
    int running = 0;
    int succeeded = 0;
    int failed = 0;
    Map<String, NodeStatus> nodes = status == null || status.nodes() == null ? Map.of() : status.nodes();
    for (NodeStatus node : nodes.values()) {
      if (!WORK_NODES.contains(node.type())) {
        continue;
      }
      String phase = Objects.requireNonNullElse(node.phase(), "");
      switch (phase) {
        case "Succeeded" -> succeeded++;
        case "Failed", "Error" -> failed++;
        case "Running", "Pending" -> running++;
        default -> { }
      }
    }
    String name = wf.metadata() == null ? "" : Objects.requireNonNullElse(wf.metadata().name(), "");
    return new WaitProgress(name,
        status == null ? "" : Objects.requireNonNullElse(status.phase(), ""),
        status == null ? "" : Objects.requireNonNullElse(status.progress(), ""),
        running, succeeded, failed, wf);
  }

  /** @return true once the phase is Succeeded, Failed or Error */
  public boolean finished() {
    return isFinished(phase);
  }

  /** True for the phases a workflow ends in: Succeeded, Failed, Error. */
  static boolean isFinished(String phase) {
    return "Succeeded".equals(phase) || "Failed".equals(phase) || "Error".equals(phase);
  }

  /** True when phase, progress and counts equal another snapshot's (the workflow itself is ignored). */
  boolean sameAs(WaitProgress other) {
    return other != null && phase.equals(other.phase) && progress.equals(other.progress)
        && running == other.running && succeeded == other.succeeded && failed == other.failed;
  }

  /** A one-line summary, e.g. {@code hello-x2 Running 1/3 (running 1, succeeded 1, failed 0)}. */
  @Override
  public String toString() {
    return name + " " + (phase.isEmpty() ? "Pending" : phase) + (progress.isEmpty() ? "" : " " + progress)
        + " (running " + running + ", succeeded " + succeeded + ", failed " + failed + ")";
  }
}
