package io.argowf.client;

import io.argowf.model.Lint;
import io.argowf.model.LintException;
import io.argowf.model.workflow.Workflow;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lint before create, switched by {@link ArgoClient.Builder#lintBeforeSubmit(boolean)}: runs
 * {@link Lint#check(Object)} and refuses a workflow with errors before anything is sent.
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
      throw invalid("metadata: name or generateName is required", null);
    }
    List<Lint.Problem> problems = Lint.check(workflow);
    if (problems.stream().anyMatch(Lint.Problem::isError)) {
      throw invalid(problems.stream().map(Lint.Problem::toString).collect(Collectors.joining("; ")),
          new LintException(problems));
    }
  }

  private static InvalidException invalid(String detail, LintException cause) {
    return new InvalidException("workflow is not valid (checked locally; turn off with lintBeforeSubmit(false)): "
        + detail, ArgoException.NO_STATUS, ArgoException.NO_GRPC_CODE, "", cause);
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }
}
