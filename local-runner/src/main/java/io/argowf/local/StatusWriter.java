package io.argowf.local;

import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.k8s.Time;
import io.argowf.model.workflow.NodeStatus;
import io.argowf.model.workflow.Outputs;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowStatus;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes a run's state as Argo writes a workflow's {@code status}. */
final class StatusWriter {
  static final String POD = "Pod";
  private static final double MEMORY_UNIT = 100 * 1024 * 1024;

  private StatusWriter() {}

  static Workflow workflow(RunState run) {
    Workflow wf = run.submitted();
    ObjectMeta meta = wf.metadata() == null ? ObjectMeta.builder().build() : wf.metadata();
    meta = ObjectMeta.builder().from(meta).name(run.identity.name()).namespace(run.identity.namespace())
        .uid(run.identity.uid()).creationTimestamp(Time.of(run.identity.created())).build();
    return Workflow.builder().from(wf).metadata(meta).status(status(run)).build();
  }

  private static WorkflowStatus status(RunState run) {
    List<NodeState> all = run.nodes();
    Map<String, NodeState> byId = new LinkedHashMap<>();
    all.forEach(n -> byId.put(n.id, n));
    Map<String, NodeStatus> nodes = new LinkedHashMap<>();
    run.locked(() -> {
      for (NodeState n : all) nodes.put(n.id, node(n, byId, run));
      return null;
    });
    WorkflowStatus.Builder b = WorkflowStatus.builder().phase(run.phase()).message(run.message())
        .startedAt(time(run.startedAt())).finishedAt(time(run.finishedAt())).nodes(nodes)
        .progress(run.locked(() -> workflowProgress(all)));
    Outputs global = globalOutputs(run);
    if (global != null) b.outputs(global);
    Map<String, Long> usage = run.locked(() -> totalUsage(all));
    if (!usage.isEmpty()) b.resourcesDuration(usage);
    return b.build();
  }

  private static Outputs globalOutputs(RunState run) {
    Map<String, String> params = run.globalParameters();
    var artifacts = run.globalArtifacts();
    if (params.isEmpty() && artifacts.isEmpty()) return null;
    Outputs.Builder o = Outputs.builder();
    if (!params.isEmpty()) o.parameters(parameters(params));
    if (!artifacts.isEmpty()) o.artifacts(artifacts);
    return o.build();
  }

  private static NodeStatus node(NodeState n, Map<String, NodeState> byId, RunState run) {
    NodeStatus.Builder b = NodeStatus.builder().id(n.id).name(n.name).displayName(n.displayName).type(n.type)
        .phase(n.phase).startedAt(time(n.startedAt)).finishedAt(time(n.finishedAt))
        .progress(progress(n, byId));
    if (n.templateName != null) b.templateName(n.templateName).templateScope("local/" + run.identity.name());
    if (n.boundaryId != null) b.boundaryID(n.boundaryId);
    if (n.message != null) b.message(n.message);
    if (!n.children.isEmpty()) b.children(List.copyOf(n.children));
    if (!n.outboundNodes.isEmpty()) b.outboundNodes(List.copyOf(n.outboundNodes));
    if (n.inputs != null) b.inputs(n.inputs);
    Outputs outputs = outputs(n);
    if (outputs != null) b.outputs(outputs);
    if (n.podIp != null) b.podIP(n.podIp);
    if (n.daemoned) b.daemoned(true);
    if (n.memoKey != null) {
      b.memoizationStatus(io.argowf.model.workflow.MemoizationStatus.builder().key(n.memoKey.key())
          .cacheName(n.memoKey.cache()).hit(n.memoHit).build());
    }
    if (POD.equals(n.type)) {
      b.hostNodeName("localhost");
      if (n.finishedAt != null) b.resourcesDuration(usage(n));
    }
    return b.build();
  }

  private static Outputs outputs(NodeState n) {
    if (!n.hasOutputs) return null;
    Outputs.Builder o = Outputs.builder();
    if (!n.outputParameters.isEmpty()) o.parameters(parameters(n.outputParameters));
    if (!n.outputArtifacts.isEmpty()) o.artifacts(List.copyOf(n.outputArtifacts));
    if (n.result != null) o.result(n.result);
    if (n.exitCode != null) o.exitCode(n.exitCode);
    return o.build();
  }

  private static List<Parameter> parameters(Map<String, String> values) {
    List<Parameter> out = new ArrayList<>();
    values.forEach((k, v) -> out.add(Parameter.builder().name(k).value(v).build()));
    return out;
  }

  /** A pod counts 1/1 once finished, 0/1 before; other nodes count the pods reachable through their children. */
  private static String progress(NodeState n, Map<String, NodeState> byId) {
    int done = 0;
    int total = 0;
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.add(n.id);
    while (!todo.isEmpty()) {
      NodeState x = byId.get(todo.poll());
      if (x == null || !seen.add(x.id)) continue;
      if (POD.equals(x.type)) {
        total++;
        if (x.fulfilled()) done++;
      }
      todo.addAll(x.children);
    }
    return total == 0 && !POD.equals(n.type) ? "0/0" : done + "/" + total;
  }

  private static String workflowProgress(List<NodeState> all) {
    int done = 0;
    int total = 0;
    for (NodeState n : all) {
      if (!POD.equals(n.type)) continue;
      total++;
      if (n.fulfilled()) done++;
    }
    return done + "/" + total;
  }

  /**
   * CPU: the process's measured CPU time in seconds (at least 1); memory: the seconds it ran times its memory
   * request in units of 100Mi (the request defaults to 100Mi), as Argo's {@code resourcesDuration} counts them.
   */
  static Map<String, Long> usage(NodeState n) {
    Map<String, Long> m = new LinkedHashMap<>();
    double seconds = Math.max(0, (n.finishedAt.toEpochMilli() - n.startedAt.toEpochMilli()) / 1000.0);
    m.put("cpu", Math.max(1L, (long) Math.ceil(n.cpuMillis / 1000.0)));
    double mem = n.memoryBytes > 0 ? n.memoryBytes : MEMORY_UNIT;
    m.put("memory", Math.max(1L, (long) Math.ceil(seconds * mem / MEMORY_UNIT)));
    return m;
  }

  private static Map<String, Long> totalUsage(List<NodeState> all) {
    Map<String, Long> total = new LinkedHashMap<>();
    for (NodeState n : all) {
      if (!POD.equals(n.type) || n.finishedAt == null) continue;
      usage(n).forEach((k, v) -> total.merge(k, v, Long::sum));
    }
    return total;
  }

  private static Time time(Instant i) {
    return i == null ? null : Time.of(i.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }
}
