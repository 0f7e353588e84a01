package io.argowf.local;

import io.argowf.model.workflow.Template;

/**
 * One template running as one node: the substituted template, its variables and bound inputs.
 *
 * @param node the node
 * @param template the template, its own {@code {{...}}} tags substituted
 * @param call how it was called
 * @param vars what its tags can name
 * @param inputs its inputs' values
 * @param cancel this node's cancellation (its children's parent token)
 */
record Ctx(NodeState node, Template template, Call call, Vars vars, Bound inputs, Cancel cancel) {

  Catalog.Scope scope() {
    return call.found().scope();
  }
}
