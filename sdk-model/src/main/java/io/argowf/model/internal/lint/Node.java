package io.argowf.model.internal.lint;

import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Template;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A step or task, as references to it see it.
 *
 * @param name its name (tags in it replaced by tokens)
 * @param order its step group, or its index among the tasks
 * @param callee the template it runs, or null when that is unknown
 * @param looped whether it loops (withItems, withParam or withSequence)
 */
record Node(String name, int order, Callee callee, boolean looped) {
  private static final Set<String> ALWAYS = Set.of("id", "status", "startedAt", "finishedAt", "hostNodeName");

  /** Why {@code steps.NAME.rest} does not resolve, or null. */
  String missing(String kind, String rest) {
    if (ALWAYS.contains(rest) || callee == null) return null;
    Template t = callee.template();
    String of = kind + " '" + Tags.show(name) + "' runs template '" + callee.name() + "'";
    if (rest.equals("ip")) {
      return Boolean.TRUE.equals(t.daemon()) ? null : of + ", which is not a daemon; only daemon: true templates publish an ip";
    }
    if (rest.equals("exitCode") || rest.equals("outputs.result")) {
      return Callee.hasResult(t) ? null : of + ", a " + Callee.type(t)
          + " template, which has no outputs.result or exitCode (only container, script, data, http and plugin templates, and containerSets with a container named main, have)";
    }
    if (rest.equals("outputs.parameters")) {
      return looped ? null : "is the list a looped " + kind + " gathers, but " + kind + " '" + Tags.show(name)
          + "' does not loop; name one output: outputs.parameters.NAME";
    }
    if (rest.startsWith("outputs.parameters.")) {
      String p = rest.substring("outputs.parameters.".length());
      if (t.outputs() != null) {
        for (Parameter o : Scope.nonNull(t.outputs().parameters())) {
          if (p.equals(o.name()) || Tags.has(o.name())) return null;   // a {{...}} name is only known at run time
        }
      }
      return of + ", which has no output parameter '" + p + "'" + list(t, true);
    }
    if (rest.startsWith("outputs.artifacts.")) {
      String a = rest.substring("outputs.artifacts.".length());
      if (t.outputs() != null) {
        for (Artifact o : Scope.nonNull(t.outputs().artifacts())) {
          if (a.equals(o.name()) || Tags.has(o.name())) return null;
        }
      }
      return of + ", which has no output artifact '" + a + "'" + list(t, false);
    }
    return "is not a variable of a " + kind + "; use id, status, exitCode, outputs.result, outputs.parameters.NAME or outputs.artifacts.NAME";
  }

  private static String list(Template t, boolean parameters) {
    if (t.outputs() == null) return "; it declares no outputs";
    String names = parameters
        ? Scope.nonNull(t.outputs().parameters()).stream().map(Parameter::name).collect(Collectors.joining(", "))
        : Scope.nonNull(t.outputs().artifacts()).stream().map(Artifact::name).collect(Collectors.joining(", "));
    return names.isEmpty() ? "; it declares none" : "; it declares: " + names;
  }

  /** The steps a step may name: those of earlier groups (and, for its hooks, itself). */
  record Steps(Map<String, Node> all, int group, String self) implements Scope.Nodes {
    @Override
    public String prefix() {
      return "steps";
    }

    @Override
    public String missing(String rest) {
      int dot = rest.indexOf('.');
      if (dot < 0) return "names a step but none of its variables; write e.g. steps." + rest + ".outputs.result";
      String name = rest.substring(0, dot);
      String variable = rest.substring(dot + 1);
      Node n = all.get(name);
      if (n == null) return "names no step of this template; steps here: " + names(all);
      if (n.order < group || name.equals(self)) return n.missing("step", variable);
      if (n.order == group && variable.equals("status")) return null;
      return "names step '" + Tags.show(name) + "', which does not run before this one; only steps of earlier groups (the outer list) are visible";
    }
  }

  /** The tasks a task may name: those it depends on, directly or through others (and, for its hooks, itself). */
  record Tasks(Map<String, Node> all, DagRules.Ancestry ancestry, int index, String self) implements Scope.Nodes {
    @Override
    public String prefix() {
      return "tasks";
    }

    @Override
    public String missing(String rest) {
      int dot = rest.indexOf('.');
      if (dot < 0) return "names a task but none of its variables; write e.g. tasks." + rest + ".outputs.result";
      String name = rest.substring(0, dot);
      Node n = all.get(name);
      if (n == null) return "names no task of this dag; tasks here: " + names(all);
      if (ancestry == null || ancestry.runsAfter(index, n.order) || name.equals(self)) return n.missing("task", rest.substring(dot + 1));
      return "names task '" + Tags.show(name) + "', which this task does not depend on; add it to depends (or dependencies) so it runs first";
    }
  }

  private static String names(Map<String, Node> all) {
    return all.keySet().stream().sorted().limit(12).map(Tags::show).collect(Collectors.joining(", "))
        + (all.size() > 12 ? ", ..." : "");
  }
}
