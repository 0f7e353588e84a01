package io.argowf.dsl.internal;

import io.argowf.model.workflow.DAGTask;
import io.argowf.model.workflow.ParallelSteps;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowStep;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Draws a workflow spec as a Mermaid flowchart: one subgraph per steps or DAG template; steps follow their
 * group order, tasks their dependencies; loops and conditions are written on the node, and a conditional
 * node's incoming edges are dotted. A step or task that runs another steps or DAG template links to its
 * subgraph ("runs").
 */
public final class MermaidWriter {
  private final StringBuilder out = new StringBuilder("flowchart TD\n");
  private final Set<String> graphs = new HashSet<>();
  private final List<String> links = new ArrayList<>();

  private MermaidWriter() {}

  /**
   * The chart.
   *
   * @param spec the workflow spec
   * @return Mermaid text
   */
  public static String write(WorkflowSpec spec) {
    MermaidWriter w = new MermaidWriter();
    List<Template> templates = spec.templates() == null ? List.of() : spec.templates();
    for (Template t : templates) {
      if (t.steps() != null || t.dag() != null && t.dag().tasks() != null) w.graphs.add(t.name());
    }
    boolean drawn = false;
    for (Template t : templates) {
      if (t.steps() != null) {
        w.steps(t);
        drawn = true;
      } else if (t.dag() != null && t.dag().tasks() != null) {
        w.dag(t);
        drawn = true;
      }
    }
    w.links.forEach(w::line);
    if (!drawn && spec.entrypoint() != null) w.line("  " + id(spec.entrypoint(), "") + "[\"" + text(spec.entrypoint()) + "\"]");
    return w.out.toString();
  }

  private void steps(Template t) {
    line("  subgraph " + id(t.name(), "") + "[\"" + text(t.name()) + " (steps)\"]");
    for (ParallelSteps group : t.steps()) {
      for (WorkflowStep s : group.steps()) {
        node(t.name(), s.name(), s.template(), loop(s.withItems(), s.withParam(), s.withSequence()), s.when());
      }
    }
    for (int g = 1; g < t.steps().size(); g++) {
      for (WorkflowStep from : t.steps().get(g - 1).steps()) {
        for (WorkflowStep to : t.steps().get(g).steps()) {
          edge(t.name(), from.name(), to.name(), null, to.when() != null);
        }
      }
    }
    line("  end");
  }

  private void dag(Template t) {
    line("  subgraph " + id(t.name(), "") + "[\"" + text(t.name()) + " (dag)\"]");
    for (DAGTask task : t.dag().tasks()) {
      node(t.name(), task.name(), task.template(), loop(task.withItems(), task.withParam(), task.withSequence()), task.when());
    }
    for (DAGTask task : t.dag().tasks()) {
      if (task.depends() != null) {
        for (String token : task.depends().replaceAll("&&|\\|\\||[!()]", " ").trim().split("\\s+")) {
          int dot = token.indexOf('.');
          String from = dot < 0 ? token : token.substring(0, dot);
          edge(t.name(), from, task.name(), dot < 0 ? null : token.substring(dot + 1), task.when() != null);
        }
      }
      if (task.dependencies() != null) {
        task.dependencies().forEach(d -> edge(t.name(), d, task.name(), null, task.when() != null));
      }
    }
    line("  end");
  }

  private void node(String template, String name, String runs, String loop, String when) {
    StringBuilder label = new StringBuilder(text(name));
    if (runs != null && !runs.equals(name)) label.append("<br/>").append(text(runs));
    if (loop != null) label.append("<br/>loop: ").append(loop);
    if (when != null) label.append("<br/>when: ").append(text(when));
    String shape = when != null ? "{{\"%s\"}}" : loop != null ? "[[\"%s\"]]" : "[\"%s\"]";
    line("    " + id(template, name) + String.format(shape, label));
    if (graphs.contains(runs)) links.add("  " + id(template, name) + " -. runs .-> " + id(runs, ""));
  }

  private void edge(String template, String from, String to, String label, boolean conditional) {
    String arrow = conditional ? " -.->" : " -->";
    line("    " + id(template, from) + arrow + (label == null ? "" : "|" + label + "|") + " " + id(template, to));
  }

  private static String loop(List<?> items, String param, Object sequence) {
    if (items != null) return "withItems (" + items.size() + ")";
    if (param != null) return "withParam " + text(param);
    return sequence != null ? "withSequence" : null;
  }

  private static String id(String template, String node) {
    return (template + (node.isEmpty() ? "" : "__" + node)).replaceAll("[^A-Za-z0-9_]", "_");
  }

  private static String text(String s) {
    return s.replace("\"", "#quot;");
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
