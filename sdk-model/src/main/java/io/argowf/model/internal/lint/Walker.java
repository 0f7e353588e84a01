package io.argowf.model.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.argowf.model.k8s.IntOrString;
import io.argowf.model.workflow.Arguments;
import io.argowf.model.workflow.DAGTask;
import io.argowf.model.workflow.Item;
import io.argowf.model.workflow.LifecycleHook;
import io.argowf.model.workflow.ParallelSteps;
import io.argowf.model.workflow.Sequence;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.TemplateRef;
import io.argowf.model.workflow.WorkflowStep;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Follows the calls from the entrypoint, exit handler and hooks through every template they reach, checking
 * each template once per context (normal or exit handler): that calls resolve, arguments supply inputs, and
 * every {@code {{...}}} resolves in its scope. Scopes are built once per template and per step or task, and
 * reference checks are map or bit-set lookups, so the walk stays linear in the size of the workflow.
 */
final class Walker {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> STEP_OWN = Set.of("inline", "hooks");
  private static final Set<String> NON_LEAF_OWN = Set.of("steps", "dag", "outputs");

  private final Problems out;
  private final Catalog catalog;
  private final Globals globals;
  private final boolean workflowRetries;
  private final Function<Source, TemplateRules> rules;
  private final Set<String> shaped = new HashSet<>();
  private final Set<String> visited = new HashSet<>();

  Walker(Problems out, Catalog catalog, Globals globals, boolean workflowRetries, Function<Source, TemplateRules> rules) {
    this.out = out;
    this.catalog = catalog;
    this.globals = globals;
    this.workflowRetries = workflowRetries;
    this.rules = rules;
  }

  /** Whether a template was checked in any context. */
  boolean seen(Callee c) {
    return shaped.contains(key(c));
  }

  /** A scope for workflow-level fields: globals only. */
  Scope global(boolean exit) {
    return Scope.of(Template.builder().build(), globals, exit, workflowRetries, null);
  }

  /**
   * Checks a template and everything it calls.
   *
   * @param exit whether it runs as an exit handler (workflow.status and workflow.failures are set)
   * @param outer for inline templates, the scope of the step or task that holds them
   */
  void visit(Callee c, boolean exit, Scope outer) {
    String key = key(c);
    if (shaped.add(key)) rules.apply(c.source()).check(c.template(), c.path());
    if (!visited.add(key + (exit ? "|exit" : ""))) return;
    Template t = c.template();
    Scope base = Scope.of(t, globals, exit, workflowRetries, outer);
    if (t.steps() != null) {
      Scope.Nodes all = steps(c, base, exit);
      strings(c.node(), c.path(), base, NON_LEAF_OWN);
      strings(c.node().path("outputs"), c.path() + ".outputs", base.with(null, all), Set.of());
    } else if (t.dag() != null) {
      Scope.Nodes all = dag(c, base, exit);
      strings(c.node(), c.path(), base, NON_LEAF_OWN);
      strings(c.node().path("outputs"), c.path() + ".outputs", base.with(null, all), Set.of());
    } else {
      strings(c.node(), c.path(), base, Set.of());
    }
  }

  private static String key(Callee c) {
    return c.source().specPath + "|" + c.path();
  }

  // ---- steps and tasks

  private Scope.Nodes steps(Callee c, Scope base, boolean exit) {
    List<ParallelSteps> groups = c.template().steps();
    JsonNode groupsNode = c.node().path("steps");
    Map<String, Node> all = new HashMap<>();
    Set<String> names = new HashSet<>();
    Callee[][] callees = new Callee[groups.size()][];
    for (int g = 0; g < groups.size(); g++) {
      List<WorkflowStep> group = Scope.nonNull(groups.get(g).steps());
      callees[g] = new Callee[group.size()];
      for (int j = 0; j < group.size(); j++) {
        WorkflowStep s = group.get(j);
        String sp = c.path() + ".steps[" + g + "][" + j + "]";
        JsonNode node = groupsNode.path(g).path(j);
        callees[g][j] = resolve(c.source(), s.template(), s.templateRef(), s.inline(), node, sp);
        if (s.name() == null || s.name().isEmpty()) {
          out.error(sp + ".name", "a step needs a name");
          continue;
        }
        String canonical = Tags.canonical(s.name());
        String bad = Names.field(Tags.skeleton(canonical));
        if (bad != null) out.error(sp + ".name", "step name '" + s.name() + "' " + bad);
        if (!names.add(canonical)) out.error(sp + ".name", "step name '" + s.name() + "' is used twice in this template; names must be unique");
        all.putIfAbsent(canonical, new Node(canonical, g, callees[g][j], loops(s.withItems(), s.withParam(), s.withSequence())));
      }
    }
    for (int g = 0; g < groups.size(); g++) {
      List<WorkflowStep> group = Scope.nonNull(groups.get(g).steps());
      for (int j = 0; j < group.size(); j++) {
        WorkflowStep s = group.get(j);
        String sp = c.path() + ".steps[" + g + "][" + j + "]";
        JsonNode node = groupsNode.path(g).path(j);
        Scope.Items items = items(s.withItems(), s.withParam(), s.withSequence(), sp);
        Scope scope = base.with(items, new Node.Steps(all, g, null));
        strings(node, sp, scope, STEP_OWN);
        ExprRules.when(s.when(), sp + ".when", out);
        call(callees[g][j], s.arguments(), sp, scope, exit, s.inline() != null);
        String self = s.name() == null ? null : Tags.canonical(s.name());
        hooks(s.hooks(), node.path("hooks"), sp + ".hooks", c.source(), base.with(items, new Node.Steps(all, g, self)));
        onExit(s.onExit(), c.source(), sp + ".onExit");
      }
    }
    return new Node.Steps(all, Integer.MAX_VALUE, null);
  }

  private Scope.Nodes dag(Callee c, Scope base, boolean exit) {
    String dp = c.path() + ".dag";
    DagRules.Shape shape = DagRules.check(c.template().dag(), dp, out);
    List<DAGTask> tasks = Scope.nonNull(c.template().dag().tasks());
    JsonNode tasksNode = c.node().path("dag").path("tasks");
    Map<String, Node> all = new HashMap<>(tasks.size() * 2);
    Callee[] callees = new Callee[tasks.size()];
    for (int i = 0; i < tasks.size(); i++) {
      DAGTask t = tasks.get(i);
      callees[i] = resolve(c.source(), t.template(), t.templateRef(), t.inline(), tasksNode.path(i), dp + ".tasks[" + i + "]");
      if (t.name() != null && !t.name().isEmpty()) {
        String canonical = Tags.canonical(t.name());
        all.putIfAbsent(canonical, new Node(canonical, i, callees[i], loops(t.withItems(), t.withParam(), t.withSequence())));
      }
    }
    DagRules.Ancestry ancestry = shape.ancestry();
    for (int i = 0; i < tasks.size(); i++) {
      DAGTask t = tasks.get(i);
      String tp = dp + ".tasks[" + i + "]";
      JsonNode node = tasksNode.path(i);

      Scope.Items items = items(t.withItems(), t.withParam(), t.withSequence(), tp);
      Scope scope = base.with(items, new Node.Tasks(all, ancestry, i, null));
      strings(node, tp, scope, STEP_OWN);
      ExprRules.when(t.when(), tp + ".when", out);
      call(callees[i], t.arguments(), tp, scope, exit, t.inline() != null);
      String self = t.name() == null ? null : Tags.canonical(t.name());
      hooks(t.hooks(), node.path("hooks"), tp + ".hooks", c.source(), base.with(items, new Node.Tasks(all, ancestry, i, self)));
      onExit(t.onExit(), c.source(), tp + ".onExit");
    }
    strings(c.node().path("dag").path("target"), dp + ".target", base, Set.of());
    return new Node.Tasks(all, null, -1, null);
  }

  private void call(Callee callee, Arguments args, String path, Scope scope, boolean exit, boolean inline) {
    ArgumentRules.check(args, path + ".arguments", false, out);
    if (callee == null) return;
    ArgumentRules.supply(callee.template(), callee.name(), args, path, out);
    visit(callee, exit, inline ? scope : null);
  }

  /** Lifecycle hooks: each names a template (run as an exit handler would be) and most have an expression. */
  void hooks(Map<String, LifecycleHook> hooks, JsonNode node, String path, Source source, Scope scope) {
    if (hooks == null) return;
    for (Map.Entry<String, LifecycleHook> e : hooks.entrySet()) {
      LifecycleHook h = e.getValue();
      String hp = path + "." + e.getKey();
      strings(node.path(e.getKey()), hp, scope, Set.of());
      CommonRules.expression(h.expression(), hp + ".expression", out);
      if (!e.getKey().equals("exit") && (h.expression() == null || h.expression().isBlank())) {
        out.warn(hp, "hook '" + e.getKey() + "' has no expression, so it never runs; add an expression, or name it 'exit' to run on exit");
      }
      ArgumentRules.check(h.arguments(), hp + ".arguments", false, out);
      Callee callee = resolve(source, h.template(), h.templateRef(), null, node.path(e.getKey()), hp);
      if (callee == null) continue;
      ArgumentRules.supply(callee.template(), callee.name(), h.arguments(), hp, out);
      visit(callee, true, null);
    }
  }

  private void onExit(String name, Source source, String path) {
    if (name == null) return;
    Callee callee = source.find(name);
    if (callee == null) {
      out.error(path, "onExit names template '" + name + "', which does not exist; " + source.names());
      return;
    }
    visit(callee, true, null);
  }

  // ---- resolving what a step, task or hook runs

  /**
   * @return the template run, or null when it cannot be found (an error says why)
   */
  Callee resolve(Source source, String template, TemplateRef ref, Template inline, JsonNode holder, String path) {
    int given = (template != null ? 1 : 0) + (ref != null ? 1 : 0) + (inline != null ? 1 : 0);
    if (given == 0) {
      out.error(path, "names no template to run; set one of template, templateRef or inline");
      return null;
    }
    if (given > 1) out.error(path, "sets more than one of template, templateRef and inline; keep one");
    if (inline != null) return new Callee(source, inline, holder.path("inline"), path + ".inline");
    if (template != null) {
      Callee c = source.find(template);
      if (c == null) out.error(path + ".template", "template '" + template + "' does not exist; " + source.names());
      return c;
    }
    if (ref.name() == null || ref.template() == null) {
      out.error(path + ".templateRef", "templateRef needs both name (the WorkflowTemplate) and template (the template in it)");
      return null;
    }
    boolean cluster = Boolean.TRUE.equals(ref.clusterScope());
    Source other = catalog.find(cluster, ref.name());
    if (other == null) {
      out.error(path + ".templateRef.name", (cluster ? "ClusterWorkflowTemplate '" : "WorkflowTemplate '") + ref.name()
          + "' is not among the templates given to lint; pass it to Lint.check(manifest, templates), or fix the name");
      return null;
    }
    Callee c = other.find(ref.template());
    if (c == null) out.error(path + ".templateRef.template", "template '" + ref.template() + "' does not exist; " + other.names());
    return c;
  }

  // ---- loops

  private static boolean loops(List<Item> withItems, String withParam, Sequence withSequence) {
    return !Scope.nonNull(withItems).isEmpty() || withParam != null || withSequence != null;
  }

  private Scope.Items items(List<Item> withItems, String withParam, Sequence seq, String path) {
    int kinds = (!Scope.nonNull(withItems).isEmpty() ? 1 : 0) + (withParam != null ? 1 : 0) + (seq != null ? 1 : 0);
    if (kinds > 1) out.error(path, "loops with more than one of withItems, withParam and withSequence; keep one");
    if (withParam != null && !Tags.has(withParam)) {
      try {
        if (!JSON.readTree(withParam).isArray()) throw new IllegalArgumentException();
      } catch (Exception e) {
        out.error(path + ".withParam", "withParam must be a JSON list (e.g. [\"a\", \"b\"]) or a {{...}} variable holding one");
      }
    }
    if (seq != null) {
      if (seq.count() != null && seq.end() != null) out.error(path + ".withSequence", "withSequence takes count or end, not both");
      if (seq.count() == null && seq.end() == null) out.error(path + ".withSequence", "withSequence needs count or end");
      number(seq.count(), path + ".withSequence.count");
      number(seq.start(), path + ".withSequence.start");
      number(seq.end(), path + ".withSequence.end");
    }
    if (!Scope.nonNull(withItems).isEmpty()) return Scope.Items.of(withItems);
    if (withParam != null) return Scope.Items.any();
    if (seq != null) return Scope.Items.scalar();
    return null;
  }

  private void number(IntOrString n, String path) {
    if (n == null || n.isInt() || Tags.has(n.stringValue()) || Durations.isWhole(n.stringValue())) return;
    out.error(path, "'" + n.stringValue() + "' is not a whole number (or a {{...}} variable)");
  }

  // ---- {{...}} in every string

  /** Checks every text under a node, except the named fields of the node itself. */
  void strings(JsonNode node, String path, Scope scope, Set<String> skip) {
    if (node.isTextual()) {
      text(node.textValue(), path, scope);
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) strings(node.get(i), path + "[" + i + "]", scope, Set.of());
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        if (skip.contains(e.getKey()) || e.getValue().isValueNode() && !e.getValue().isTextual()) continue;
        strings(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), scope, Set.of());
      }
    }
  }

  private void text(String text, String path, Scope scope) {
    if (!Tags.has(text)) return;
    Tags.scan(text, tag -> {
      if (tag.startsWith("=")) {
        String bad = ExprRules.check(Tags.skeleton(tag.substring(1)));
        if (bad != null) out.error(path, "expression {{" + Tags.show(tag) + "}} does not parse: " + bad + "; fix the expression");
        return;
      }
      String why = scope.missing(tag);
      if (why != null) out.error(path, "{{" + Tags.show(tag) + "}} " + why);
    });
  }
}
