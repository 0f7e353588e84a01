package io.argowf.examples.cli;

import io.argowf.model.workflow.NodeStatus;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Workflow;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Prints a finished workflow's nodes as a tree (as {@code argo get} shows it): phase, name, outputs. */
final class NodeTree {
  private static final int MAX_RESULT = 60;

  private NodeTree() {}

  static void print(Workflow wf, PrintWriter out) {
    Map<String, NodeStatus> nodes = wf.status().nodes();
    Set<String> shown = new HashSet<>();
    for (NodeStatus n : nodes.values()) {
      if (n.boundaryID() == null && !shown.contains(n.id())) print(n, nodes, "", out, shown);
    }
  }

  private static void print(NodeStatus n, Map<String, NodeStatus> nodes, String indent, PrintWriter out,
      Set<String> shown) {
    if (!shown.add(n.id())) return;
    out.printf("%s%-10s %s%s%n", indent, n.phase(), n.displayName(), details(n));
    outputs(n, indent + "             ", out);
    for (NodeStatus k : kids(n, nodes)) print(k, nodes, indent + "  ", out, shown);
  }

  private static String details(NodeStatus n) {
    String type = "Pod".equals(n.type()) ? "" : "  (" + n.type() + ")";
    return type + (n.message() == null ? "" : "  " + n.message());
  }

  private static void outputs(NodeStatus n, String indent, PrintWriter out) {
    if (n.outputs() == null || !"Pod".equals(n.type()) && n.outputs().parameters() == null) return;
    if (n.outputs().parameters() != null) {
      for (Parameter p : n.outputs().parameters()) out.println(indent + p.name() + " = " + shorten(p.value()));
    }
    String r = n.outputs().result();
    if (r != null && !r.isEmpty()) out.println(indent + "result = " + shorten(r));
  }

  private static String shorten(String s) {
    if (s == null) return "";
    String one = s.strip().replace("\n", "\\n");
    return one.length() > MAX_RESULT ? one.substring(0, MAX_RESULT) + "..." : one;
  }

  /** Step groups under a steps node, steps under their group, attempts under a retry, tasks under their DAG. */
  private static List<NodeStatus> kids(NodeStatus n, Map<String, NodeStatus> nodes) {
    List<NodeStatus> out = new ArrayList<>();
    switch (n.type()) {
      case "StepGroup", "TaskGroup", "Retry" -> {
        if (n.children() != null) {
          for (String c : n.children()) {
            NodeStatus k = nodes.get(c);
            if (k != null && !"StepGroup".equals(k.type())) out.add(k);
          }
        }
      }
      case "Steps" -> nodes.values().stream().filter(k -> n.id().equals(k.boundaryID())
          && "StepGroup".equals(k.type())).forEach(out::add);
      case "DAG" -> {
        Set<String> nested = new HashSet<>();
        for (NodeStatus k : nodes.values()) {
          if (n.id().equals(k.boundaryID()) && ("TaskGroup".equals(k.type()) || "Retry".equals(k.type()))
              && k.children() != null) nested.addAll(k.children());
        }
        nodes.values().stream().filter(k -> n.id().equals(k.boundaryID()) && !nested.contains(k.id()))
            .forEach(out::add);
      }
      default -> { }
    }
    return out;
  }
}
