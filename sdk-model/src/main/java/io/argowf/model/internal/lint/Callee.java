package io.argowf.model.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.argowf.model.workflow.Template;

/**
 * A template some step, task, hook or entrypoint runs, found where it lives.
 *
 * @param source the spec it belongs to (local names inside it resolve there)
 * @param template the template
 * @param node its JSON tree
 * @param path where it is, for messages
 */
record Callee(Source source, Template template, JsonNode node, String path) {

  String name() {
    return template.name() == null ? "(inline)" : template.name();
  }

  /** Its type, as Argo names it in YAML. */
  static String type(Template t) {
    if (t.container() != null) return "container";
    if (t.script() != null) return "script";
    if (t.containerSet() != null) return "containerSet";
    if (t.resource() != null) return "resource";
    if (t.steps() != null) return "steps";
    if (t.dag() != null) return "dag";
    if (t.suspend() != null) return "suspend";
    if (t.data() != null) return "data";
    if (t.http() != null) return "http";
    if (t.plugin() != null) return "plugin";
    return "untyped";
  }

  /** Runs something itself (not steps, dag or suspend). */
  static boolean isLeaf(Template t) {
    return t.container() != null || t.script() != null || t.containerSet() != null || t.resource() != null
        || t.data() != null || t.http() != null || t.plugin() != null;
  }

  /** Runs in a pod of its own. */
  static boolean isPod(Template t) {
    return t.container() != null || t.script() != null || t.containerSet() != null || t.resource() != null || t.data() != null;
  }

  /** Has {@code outputs.result} and {@code exitCode} (a containerSet takes them from its container named main). */
  static boolean hasResult(Template t) {
    return t.container() != null || t.script() != null || t.data() != null || t.http() != null || t.plugin() != null
        || t.containerSet() != null && Scope.nonNull(t.containerSet().containers()).stream().anyMatch(c -> "main".equals(c.name()));
  }
}
