package io.argowf.local;

import io.argowf.model.workflow.Artifact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * What finished steps (or tasks) tell the ones after them: {@code steps.NAME.outputs.parameters.P},
 * {@code .outputs.result}, {@code .exitCode}, {@code .status}, {@code .id}, {@code .ip}, {@code .startedAt},
 * {@code .finishedAt}, and their output artifacts for {@code from}. A fanned-out step aggregates as Argo does:
 * {@code outputs.parameters} is the JSON list of each item's parameters, {@code outputs.parameters.P} the JSON list of
 * values, {@code outputs.result} the JSON list of results.
 */
final class Results {
  private final String prefix;
  private final RunState run;
  private final Map<String, String> vars = new ConcurrentSkipListMap<>();
  private final Map<String, Artifact> artifacts = new LinkedHashMap<>();

  Results(String prefix, RunState run) {
    this.prefix = prefix;
    this.run = run;
  }

  /** The scope of the steps or tasks recorded so far (and later: the view is live, nothing is copied). */
  Vars over(Vars base) {
    return base.over(vars);
  }

  /** Records one node under a step's or task's name. */
  void record(String name, NodeState n) {
    String p = prefix + "." + name + ".";
    Map<String, String> m = new LinkedHashMap<>();
    Map<String, Artifact> arts = new LinkedHashMap<>();
    run.locked(() -> {
      m.put(p + "id", n.id);
      m.put(p + "status", n.phase);
      m.put(p + "hostNodeName", "localhost");
      if (n.startedAt != null) m.put(p + "startedAt", n.startedAt.toString());
      if (n.finishedAt != null) m.put(p + "finishedAt", n.finishedAt.toString());
      if (n.exitCode != null) m.put(p + "exitCode", n.exitCode);
      if (n.podIp != null) m.put(p + "ip", n.podIp);
      if (n.result != null) m.put(p + "outputs.result", n.result);
      n.outputParameters.forEach((k, v) -> m.put(p + "outputs.parameters." + k, v));
      n.outputArtifacts.forEach(a -> arts.put(p + "outputs.artifacts." + a.name(), a));
      return null;
    });
    add(m, arts);
  }

  /** Records a fanned-out step or task: the aggregate over its items' nodes. */
  void recordAll(String name, NodeState group, List<NodeState> items) {
    String p = prefix + "." + name + ".";
    Map<String, String> m = new LinkedHashMap<>();
    run.locked(() -> {
      if (group != null) {
        m.put(p + "id", group.id);
        m.put(p + "status", group.phase);
      }
      var paramList = Json.array();
      var results = Json.array();
      Map<String, List<String>> byName = new LinkedHashMap<>();
      for (NodeState n : items) {
        if (!n.outputParameters.isEmpty()) {
          var o = paramList.addObject();
          n.outputParameters.forEach((k, v) -> {
            o.put(k, v);
            byName.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
          });
        }
        if (n.result != null) {
          var parsed = Json.tryTree(n.result);
          if (parsed != null && parsed.isContainerNode()) results.add(parsed);
          else results.add(n.result);
        }
      }
      m.put(p + "outputs.parameters", Json.text(paramList));
      byName.forEach((k, vs) -> m.put(p + "outputs.parameters." + k, Json.text(Json.valueToTree(vs))));
      m.put(p + "outputs.result", Json.text(results));
      return null;
    });
    add(m, Map.of());
  }

  private synchronized void add(Map<String, String> m, Map<String, Artifact> arts) {
    m.forEach((k, v) -> {
      if (v != null) vars.put(k, v);
    });
    artifacts.putAll(arts);
  }

  /** The artifact a {@code from: "{{steps.X.outputs.artifacts.Y}}"} names, or null. */
  synchronized Artifact artifact(String reference) {
    return artifacts.get(reference);
  }
}
