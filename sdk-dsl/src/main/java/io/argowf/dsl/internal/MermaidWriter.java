package io.argowf.dsl.internal;

import io.argowf.model.workflow.DAGTask;
import io.argowf.model.workflow.LifecycleHook;
import io.argowf.model.workflow.ParallelSteps;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowStep;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws a workflow spec as a Mermaid flowchart: one subgraph per steps or DAG template, and per steps or DAG template
 * written inline in a step or task; steps follow their group order, tasks their dependencies; loops and conditions are
 * written on the node, and a conditional node's incoming edges are dotted. A step or task that runs another steps or
 * DAG template links to its subgraph ("runs"). Exit handlers and lifecycle hooks, of the workflow and of steps and
 * tasks, are nodes of their own, linked with "on exit" and "hook NAME" edges.
 */
public final class MermaidWriter {
  private final StringBuilder out = new StringBuilder("flowchart TD\n");
  private final Set<String> graphs = new HashSet<>();
  private final List<String> links = new ArrayList<>();
  private final List<Runnable> inlineGraphs = new ArrayList<>();

  private MermaidWriter() {}

  /** The chart of a workflow spec. */
  public static String write(WorkflowSpec spec) {
    MermaidWriter w = new MermaidWriter();
    List<Template> templates = spec.templates() == null ? List.of() : spec.templates();
    for (Template t : templates) {
      if (isGraph(t)) w.graphs.add(t.name());
    }
    boolean drawn = false;
    for (Template t : templates) drawn |= w.graph(t, t.name(), "");
    while (!w.inlineGraphs.isEmpty()) {
      List<Runnable> next = new ArrayList<>(w.inlineGraphs);
      w.inlineGraphs.clear();
      next.forEach(Runnable::run);
    }
    if (!drawn && spec.entrypoint() != null) w.line("  " + id(spec.entrypoint(), "") + "[\"" + text(spec.entrypoint()) + "\"]");
    String from = spec.entrypoint() == null ? null : id(spec.entrypoint(), "");
    if (from != null) w.handlers(from, "workflow", spec.onExit(), spec.hooks());
    w.links.forEach(w::line);
    return w.out.toString();
  }

  private static boolean isGraph(Template t) {
    return t != null && (t.steps() != null || t.dag() != null && t.dag().tasks() != null);
  }

  /** Draws a steps or DAG template as a subgraph with this id and title; false for other kinds. */
  private boolean graph(Template t, String graphId, String title) {
    if (t.steps() != null) {
      steps(t, graphId, title.isEmpty() ? t.name() : title);
      return true;
    }
    if (t.dag() != null && t.dag().tasks() != null) {
      dag(t, graphId, title.isEmpty() ? t.name() : title);
      return true;
    }
    return false;
  }

  private void steps(Template t, String graph, String title) {
    line("  subgraph " + id(graph, "") + "[\"" + text(title) + " (steps)\"]");
    for (ParallelSteps group : t.steps()) {
      for (WorkflowStep s : group.steps()) {
        node(graph, s.name(), s.template(), s.inline(), loop(s.withItems(), s.withParam(), s.withSequence()), s.when());
        handlers(id(graph, s.name()), graph + "__" + s.name(), s.onExit(), s.hooks());
      }
    }
    for (int g = 1; g < t.steps().size(); g++) {
      for (WorkflowStep from : t.steps().get(g - 1).steps()) {
        for (WorkflowStep to : t.steps().get(g).steps()) {
          edge(graph, from.name(), to.name(), null, to.when() != null);
        }
      }
    }
    line("  end");
  }

  private void dag(Template t, String graph, String title) {
    line("  subgraph " + id(graph, "") + "[\"" + text(title) + " (dag)\"]");
    for (DAGTask task : t.dag().tasks()) {
      node(graph, task.name(), task.template(), task.inline(), loop(task.withItems(), task.withParam(), task.withSequence()), task.when());
      handlers(id(graph, task.name()), graph + "__" + task.name(), task.onExit(), task.hooks());
    }
    for (DAGTask task : t.dag().tasks()) {
      if (task.depends() != null) {
        for (String token : task.depends().replaceAll("&&|\\|\\||[!()]", " ").trim().split("\\s+")) {
          int dot = token.indexOf('.');
          String from = dot < 0 ? token : token.substring(0, dot);
          edge(graph, from, task.name(), dot < 0 ? null : token.substring(dot + 1), task.when() != null);
        }
      }
      if (task.dependencies() != null) {
        task.dependencies().forEach(d -> edge(graph, d, task.name(), null, task.when() != null));
      }
    }
    line("  end");
  }

  private void node(String graph, String name, String runs, Template inline, String loop, String when) {
    StringBuilder label = new StringBuilder(text(name));
    if (runs != null && !runs.equals(name)) label.append("<br/>").append(text(runs));
    if (inline != null) label.append("<br/>(inline)");
    if (loop != null) label.append("<br/>loop: ").append(loop);
    if (when != null) label.append("<br/>when: ").append(text(when));
    String shape = when != null ? "{{\"%s\"}}" : loop != null ? "[[\"%s\"]]" : "[\"%s\"]";
    line("    " + id(graph, name) + String.format(shape, label));
    if (graphs.contains(runs)) links.add("  " + id(graph, name) + " -. runs .-> " + id(runs, ""));
    if (isGraph(inline)) {
      String inner = graph + "__" + name + "__inline";
      inlineGraphs.add(() -> graph(inline, inner, name + " inline"));
      links.add("  " + id(graph, name) + " -. runs .-> " + id(inner, ""));
    }
  }

  /** The exit handler and hooks of a workflow, step or task, as nodes linked from it. */
  private void handlers(String from, String owner, String onExit, Map<String, LifecycleHook> hooks) {
    if (onExit != null) handler(from, owner + "__onExit", "on exit", onExit, null);
    if (hooks != null) {
      hooks.forEach((name, hook) -> handler(from, owner + "__hook_" + name, "hook " + name, hook.template(), hook.expression()));
    }
  }

  private void handler(String from, String node, String edge, String template, String expression) {
    String label = text(template == null ? "(templateRef)" : template) + (expression == null ? "" : "<br/>" + text(expression));
    links.add("  " + id(node, "") + ">\"" + label + "\"]");
    links.add("  " + from + " -. " + text(edge) + " .-> " + id(node, ""));
    if (graphs.contains(template)) links.add("  " + id(node, "") + " -. runs .-> " + id(template, ""));
  }

  private void edge(String graph, String from, String to, String label, boolean conditional) {
    String arrow = conditional ? " -.->" : " -->";
    line("    " + id(graph, from) + arrow + (label == null ? "" : "|" + label + "|") + " " + id(graph, to));
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
