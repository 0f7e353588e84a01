package io.argowf.client;

import io.argowf.model.workflow.Workflow;

/**
 * Lint before create/submit, switched by {@link ArgoClient.Builder#lintBeforeSubmit(boolean)}.
 *
 * <p>HOOK POINT: {@code io.argowf.model.Lint} is not on main yet. When it lands, this method calls
 * {@code Lint.check(workflow)} and throws {@link InvalidException} listing every problem; until then
 * it only checks what the client itself needs.
 */
final class LocalLint {
  private LocalLint() {}

  static void check(ArgoClient client, Workflow workflow) {
    if (workflow == null) {
      throw new IllegalArgumentException("workflow must not be null");
    }
    if (!client.lintBeforeSubmit()) {
      return;
    }
    if (workflow.metadata() == null
        || (isEmpty(workflow.metadata().name()) && isEmpty(workflow.metadata().generateName()))) {
      throw new InvalidException("workflow is not valid: metadata.name or metadata.generateName is required",
          ArgoException.NO_STATUS, ArgoException.NO_GRPC_CODE, "", null);
    }
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }
}
