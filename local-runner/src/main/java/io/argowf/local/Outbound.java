package io.argowf.local;

import java.util.ArrayList;
import java.util.List;

/** Argo's outbound nodes: the nodes a following step group or dependent task hangs from. */
final class Outbound {
  private Outbound() {}

  static List<String> of(RunState run, String id) {
    NodeState n = run.node(id);
    if (n == null) return List.of(id);
    return run.locked(() -> walk(run, n));
  }

  private static List<String> walk(RunState run, NodeState n) {
    switch (n.type) {
      case "Pod", "Skipped", "Suspend", "HTTP", "Plugin", "Container":
        return List.of(n.id);
      case "TaskGroup": {
        if (n.children.isEmpty()) return List.of(n.id);
        List<String> out = new ArrayList<>();
        for (String c : n.children) out.addAll(walk(run, run.node(c)));
        return out;
      }
      case "Retry":
        return n.children.isEmpty() ? List.of(n.id) : List.of(n.children.get(n.children.size() - 1));
      default: {
        List<String> out = new ArrayList<>();
        for (String o : n.outboundNodes) {
          NodeState x = run.node(o);
          if (x != null) out.addAll(walk(run, x));
        }
        return out.isEmpty() ? List.of(n.id) : out;
      }
    }
  }
}
