package io.argowf.local;

import io.argowf.model.workflow.Arguments;

/**
 * One invocation of a template: the node it makes, where that node sits in the tree, and the arguments given.
 *
 * @param nodeName the node's full name
 * @param displayName the node's short name
 * @param boundaryId the id of the enclosing steps or DAG node (null for the root)
 * @param found the template and the scope its references resolve in
 * @param arguments the arguments (already substituted)
 * @param extra variables the called template sees beyond its inputs (e.g. {@code workflow.status} in an exit handler)
 * @param cancel the caller's cancellation
 */
record Call(String nodeName, String displayName, String boundaryId, Catalog.Found found, Arguments arguments,
    Vars extra, Cancel cancel) {

  Call named(String name, String display) {
    return new Call(name, display, boundaryId, found, arguments, extra, cancel);
  }

  Call within(Cancel c) {
    return new Call(nodeName, displayName, boundaryId, found, arguments, extra, c);
  }
}
