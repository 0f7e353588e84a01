package io.argowf.local;

import io.argowf.model.workflow.Template;

/** The node type Argo gives a template's node. */
final class NodeTypes {
  private NodeTypes() {}

  static String of(Template t) {
    if (t.steps() != null) return "Steps";
    if (t.dag() != null) return "DAG";
    if (t.suspend() != null) return "Suspend";
    if (t.http() != null) return "HTTP";
    if (t.plugin() != null) return "Plugin";
    return "Pod";
  }

  static boolean isLeaf(Template t) {
    return t.steps() == null && t.dag() == null;
  }
}
