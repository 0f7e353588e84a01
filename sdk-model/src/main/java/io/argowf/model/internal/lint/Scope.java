package io.argowf.model.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.Item;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Template;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** The variables a piece of a template may use, and why a given one does not resolve. */
final class Scope {
  /** Tags Argo checks; anything else (e.g. {@code {{user.name}}} for another tool) is left alone. */
  private static final String[] RESERVED = {"item", "steps", "inputs", "outputs", "pod", "tasks", "workflow", "node", "retries"};
  /** Variables Argo only knows at run time, checked by prefix as Argo does. */
  private static final String[] RUNTIME = {"outputs.", "workflow.creationTimestamp", "workflow.scheduledTime",
      "workflow.duration", "tasks.name", "steps.name", "node.name"};
  private static final Set<String> RETRIES = Set.of("retries", "retries.lastExitCode", "retries.lastStatus",
      "retries.lastDuration", "retries.lastMessage");

  private final Globals globals;
  private final boolean exit;
  private final String template;
  private final Set<String> locals;
  private final boolean pod;
  private final boolean retries;
  private final Scope outer;
  private final Items items;
  private final Nodes nodes;

  private Scope(Globals globals, boolean exit, String template, Set<String> locals, boolean pod, boolean retries,
      Scope outer, Items items, Nodes nodes) {
    this.globals = globals;
    this.exit = exit;
    this.template = template;
    this.locals = locals;
    this.pod = pod;
    this.retries = retries;
    this.outer = outer;
    this.items = items;
    this.nodes = nodes;
  }

  /** What a template's own fields may use: its inputs, pod and retry variables, and the globals. */
  static Scope of(Template t, Globals globals, boolean exit, boolean workflowRetries, Scope outer) {
    Set<String> locals = new HashSet<>();
    locals.add("inputs.parameters");   // the whole list as JSON; Argo substitutes null when there are none
    if (t.inputs() != null) {
      for (Parameter p : nonNull(t.inputs().parameters())) {
        if (p.name() != null) locals.add("inputs.parameters." + p.name());
      }
      for (Artifact a : nonNull(t.inputs().artifacts())) {
        if (a.name() == null) continue;
        locals.add("inputs.artifacts." + a.name());
        if (Callee.isLeaf(t)) locals.add("inputs.artifacts." + a.name() + ".path");
      }
    }
    String name = t.name() == null ? "this inline template" : "template '" + t.name() + "'";
    return new Scope(globals, exit, name, locals, Callee.isPod(t), t.retryStrategy() != null || workflowRetries,
        outer, null, null);
  }

  Scope with(Items newItems, Nodes newNodes) {
    return new Scope(globals, exit, template, locals, pod, retries, outer, newItems, newNodes);
  }

  /**
   * @param tag a tag's content, e.g. {@code inputs.parameters.message}
   * @return null when it resolves (or is not Argo's to check), otherwise why not
   */
  String missing(String tag) {
    if (!reserved(tag)) return null;
    for (String r : RUNTIME) {
      if (tag.startsWith(r)) return null;
    }
    String why = own(tag);
    if (why != null && outer != null && outer.missing(tag) == null) return null;
    return why;
  }

  private String own(String tag) {
    if (locals.contains(tag)) return null;
    if (tag.equals("item") || tag.startsWith("item.")) {
      return items == null ? "is only set in steps and tasks that loop with withItems, withParam or withSequence" : items.missing(tag);
    }
    if (tag.startsWith("workflow.")) return globals.missing(tag, exit);
    if (tag.startsWith("steps.") || tag.startsWith("tasks.")) {
      String kind = tag.substring(0, 5);
      if (nodes == null || !nodes.prefix().equals(kind)) {
        return kind.equals("steps") ? "only resolves inside a steps template, for its earlier steps"
            : "only resolves inside a dag template, for the tasks a task depends on";
      }
      return nodes.missing(tag.substring(6));
    }
    if (tag.startsWith("inputs.")) {
      return "names an input " + template + " does not declare; declare it under inputs"
          + (tag.endsWith(".path") ? " (artifact paths exist in container, script and other leaf templates only)" : "");
    }
    if (tag.equals("pod.name")) return pod ? null : "is only set in templates that run a pod (container, script, containerSet, resource, data)";
    if (RETRIES.contains(tag)) return retries ? null : "is only set when a retryStrategy applies; add one to the template or the workflow";
    return "is not a variable Argo knows here";
  }

  private static boolean reserved(String tag) {
    for (String r : RESERVED) {
      if (tag.startsWith(r)) return true;
    }
    return false;
  }

  static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** A parameter's value as Argo reads it: a list or map written there (kept in unknownFields) is "". */
  static String value(io.argowf.model.workflow.Parameter p) {
    return p.value() != null ? p.value() : p.unknownFields().containsKey("value") ? "" : null;
  }

  /** A parameter's default as Argo reads it (see {@link #value}). */
  static String defaultValue(io.argowf.model.workflow.Parameter p) {
    return p.defaultValue() != null ? p.defaultValue() : p.unknownFields().containsKey("default") ? "" : null;
  }

  /** What {@code item} holds in a looped step or task. */
  static final class Items {
    private final boolean any;
    private final Set<String> keys;
    private final boolean list;

    private Items(boolean any, Set<String> keys, boolean list) {
      this.any = any;
      this.keys = keys;
      this.list = list;
    }

    /** Items known only at run time (withParam) allow any {@code item.*}. */
    static Items any() {
      return new Items(true, Set.of(), false);
    }

    /** A number sequence: {@code item} only. */
    static Items scalar() {
      return new Items(false, Set.of(), false);
    }

    static Items of(List<Item> items) {
      Set<String> keys = new HashSet<>();
      boolean list = false;
      for (Item i : items) {
        JsonNode v = i.value();
        if (v != null && v.isObject()) {
          for (Iterator<String> it = v.fieldNames(); it.hasNext();) keys.add(it.next());
        } else if (v != null && v.isArray()) {
          list = true;
        }
      }
      return new Items(false, keys, list);
    }

    String missing(String tag) {
      if (any || tag.equals("item")) return null;
      String rest = tag.substring(5);
      int dot = rest.indexOf('.');
      String first = dot < 0 ? rest : rest.substring(0, dot);
      if (keys.contains(first)) return null;
      if (list && first.matches("\\[?\\d+]?")) return null;
      return keys.isEmpty() ? "reads a field of an item, but the withItems items are not maps"
          : "reads a key the withItems items do not have; their keys: " + String.join(", ", keys.stream().sorted().toList());
    }
  }

  /** The steps or tasks of the template being checked that a reference may name. */
  interface Nodes {
    /** {@code steps} or {@code tasks}. */
    String prefix();

    /**
     * @param rest the tag after {@code steps.} or {@code tasks.}
     * @return null when it resolves, otherwise why not
     */
    String missing(String rest);
  }
}
