package io.argowf.model;

import io.argowf.model.internal.lint.Linter;
import io.argowf.model.k8s.Resource;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Offline validation of Workflows, WorkflowTemplates, ClusterWorkflowTemplates and CronWorkflows, with
 * Argo's rules and a path for every problem.
 *
 * <pre>{@code
 * List<Lint.Problem> problems = Lint.check(workflow);
 * problems.stream().filter(Lint.Problem::isError).forEach(System.out::println);
 * // error spec.templates[1].dag.tasks[3].depends: task 'trian' does not exist in this dag; tasks here: test, train
 * }</pre>
 */
public final class Lint {
  private Lint() {}

  /** What a manifest is checked for; Argo's validator makes the same distinctions. */
  public enum Mode {
    /**
     * Creating it as it is ({@code argo submit wf.yaml}, {@code argo template create}): a Workflow's parameters
     * need values, a WorkflowTemplate's may wait for the workflows made from it. The default.
     */
    CREATE,
    /** As {@code argo lint} does: a Workflow's parameters may lack values, to be given at submit ({@code -p}). */
    LINT,
    /**
     * Running a WorkflowTemplate as it is ({@code argo submit --from workflowtemplate/x}, Argo's {@code Submit}
     * option): its parameters need values too.
     */
    SUBMIT
  }

  /** How bad a problem is. */
  public enum Severity {
    /** Argo would refuse the manifest or fail the run. */
    ERROR,
    /** Argo runs it, but something is likely wrong or outdated (e.g. a v3.5-only field). */
    WARNING,
    /** Nothing wrong; a note for the reader, e.g. a field an organisation default of the DSL set. */
    INFO
  }

  /**
   * One problem.
   *
   * @param severity error or warning
   * @param path where, e.g. {@code spec.templates[1].dag.tasks[3].depends}
   * @param message what is wrong and what would be right
   */
  public record Problem(Severity severity, String path, String message) {
    /** Checks that nothing is missing. */
    public Problem {
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(message, "message");
    }

    /** @return whether this is an error */
    public boolean isError() {
      return severity == Severity.ERROR;
    }

    /** @return e.g. {@code error spec.entrypoint: ...} */
    @Override
    public String toString() {
      return severity.name().toLowerCase(java.util.Locale.ROOT) + " " + (path.isEmpty() ? "" : path + ": ") + message;
    }
  }

  /**
   * Checks one manifest on its own, for Argo v4.
   *
   * @param manifest a Workflow, WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow (any other kind is one
   *     error saying so)
   * @return the problems, errors and warnings; no errors means Argo would accept it
   */
  public static List<Problem> check(Resource manifest) {
    return check(manifest, List.of());
  }

  /**
   * Checks one manifest against the templates its {@code templateRef}s and {@code workflowTemplateRef} may name.
   *
   * @param manifest a Workflow, WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow
   * @param templates WorkflowTemplates and ClusterWorkflowTemplates that references may resolve to; a reference
   *     to one not given is an error, as Argo would not find it either
   * @return the problems, errors and warnings
   * @throws IllegalArgumentException when {@code templates} holds anything else
   */
  public static List<Problem> check(Resource manifest, Collection<? extends Resource> templates) {
    return check(manifest, templates, Mode.CREATE);
  }

  /**
   * Checks one manifest for a purpose: {@link Mode#CREATE} (the default) or {@link Mode#LINT}, which lets a
   * Workflow's parameters wait for values given at submit.
   *
   * <pre>{@code
   * List<Lint.Problem> problems = Lint.check(wf, List.of(), Lint.Mode.LINT);   // like `argo lint wf.yaml`
   * }</pre>
   *
   * @param manifest a Workflow, WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow
   * @param templates WorkflowTemplates and ClusterWorkflowTemplates that references may resolve to
   * @param mode what the manifest is checked for
   * @return the problems, errors and warnings
   */
  public static List<Problem> check(Resource manifest, Collection<? extends Resource> templates, Mode mode) {
    return check(manifest, templates, mode, ArgoVersion.V4);
  }

  /**
   * Checks one manifest for a purpose and an Argo version (the other overloads check for {@link ArgoVersion#V4}).
   * The version decides what its schema has: v3.5 takes one {@code schedule}, {@code mutex} and {@code semaphore}
   * and a {@code key} in {@code memoize.cache.configMap}, v4 lists ({@code schedules}, ...) and refuses those.
   *
   * <pre>{@code
   * Lint.check(cron, List.of(), Lint.Mode.CREATE, ArgoVersion.V3_5);   // schedule: "0 2 * * *" is fine here
   * }</pre>
   *
   * @param manifest a Workflow, WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow
   * @param templates WorkflowTemplates and ClusterWorkflowTemplates that references may resolve to
   * @param mode what the manifest is checked for
   * @param version the Argo version it is meant for
   * @return the problems, errors and warnings
   */
  public static List<Problem> check(Resource manifest, Collection<? extends Resource> templates, Mode mode, ArgoVersion version) {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(version, "version");
    return Linter.run(manifest, templates, mode, version);
  }

  /**
   * Checks a manifest and throws when it has errors.
   *
   * @param templates templates references may resolve to
   * @throws LintException listing every error (warnings are carried too)
   */
  public static void requireValid(Resource manifest, Collection<? extends Resource> templates) {
    List<Problem> problems = check(manifest, templates);
    if (problems.stream().anyMatch(Problem::isError)) throw new LintException(problems);
  }
}
