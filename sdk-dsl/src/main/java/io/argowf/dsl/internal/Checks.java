package io.argowf.dsl.internal;

import io.argowf.model.Lint;
import io.argowf.model.workflow.Arguments;
import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.DAGTask;
import io.argowf.model.workflow.Inputs;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The DSL's own rules, checked on the built spec so they hold however it was made: the entry point exists,
 * every call passes the inputs its template needs, every {@code {{...}}} reference is visible where it is
 * used, and DAG dependencies name other tasks without a cycle.
 */
public final class Checks {
  private Checks() {}

  /**
   * Checks a workflow spec.
   *
   * @param spec the spec
   * @param path its path, e.g. {@code spec} or {@code spec.workflowSpec}
   * @param ownArguments whether the spec's arguments are all the workflow gets (a Workflow or CronWorkflow),
   *     so the entry point's inputs and {@code {{workflow.parameters.x}}} must match them
   * @return the problems, errors first found first
   */
  public static List<Lint.Problem> check(WorkflowSpec spec, String path, boolean ownArguments) {
    List<Lint.Problem> problems = new ArrayList<>();
    List<Template> templates = spec.templates() == null ? List.of() : spec.templates();
    Map<String, Template> byName = new LinkedHashMap<>();
    templates.forEach(t -> byName.putIfAbsent(t.name(), t));
    boolean standalone = ownArguments && spec.workflowTemplateRef() == null;
    Set<String> workflowParameters = null;
    if (standalone) {
      workflowParameters = parameterNames(spec.arguments());
      checkEntrypoints(spec, path, byName, problems);
    }
    for (int i = 0; i < templates.size(); i++) {
      new TemplateChecks(templates.get(i), path + ".templates[" + i + "]", byName, workflowParameters, problems).run();
    }
    return problems;
  }

  private static void checkEntrypoints(WorkflowSpec spec, String path, Map<String, Template> byName, List<Lint.Problem> problems) {
    if (spec.entrypoint() == null) {
      problems.add(error(path + ".entrypoint", "no entry point; set entrypoint(template)"));
    } else if (!byName.containsKey(spec.entrypoint())) {
      problems.add(error(path + ".entrypoint", "no template named '" + spec.entrypoint() + "'; templates here: "
          + String.join(", ", byName.keySet())));
    }
    Map<String, String> roots = new LinkedHashMap<>();
    if (spec.entrypoint() != null) roots.put(spec.entrypoint(), "the entry point");
    if (spec.onExit() != null) roots.putIfAbsent(spec.onExit(), "the exit handler");
    if (spec.hooks() != null) spec.hooks().values().forEach(h -> {
      if (h.template() != null) roots.putIfAbsent(h.template(), "a workflow hook");
    });
    roots.forEach((name, role) -> {
      Template t = byName.get(name);
      if (t != null) missingInputs(t, spec.arguments(), path + ".arguments", role + " '" + name + "'",
          "add it to the workflow's arguments", problems);
    });
  }

  /** Reports the inputs of {@code template} that have no value of their own and are not passed. */
  static void missingInputs(Template template, Arguments passed, String path, String who, String fix,
      List<Lint.Problem> problems) {
    Inputs in = template.inputs();
    if (in == null) return;
    Set<String> params = parameterNames(passed);
    Set<String> artifacts = new LinkedHashSet<>();
    if (passed != null && passed.artifacts() != null) passed.artifacts().forEach(a -> artifacts.add(a.name()));
    if (in.parameters() != null) for (Parameter p : in.parameters()) {
      if (p.value() == null && p.defaultValue() == null && p.valueFrom() == null && !params.contains(p.name())) {
        problems.add(error(path, who + " needs input parameter '" + p.name() + "', which has no default; " + fix));
      }
    }
    if (in.artifacts() != null) for (Artifact a : in.artifacts()) {
      if (!Boolean.TRUE.equals(a.optional()) && !hasSource(a) && !artifacts.contains(a.name())) {
        problems.add(error(path, who + " needs input artifact '" + a.name() + "', which has no source; " + fix));
      }
    }
  }

  private static boolean hasSource(Artifact a) {
    return a.raw() != null || a.s3() != null || a.http() != null || a.git() != null || a.gcs() != null
        || a.oss() != null || a.hdfs() != null || a.artifactory() != null || a.azure() != null
        || a.plugin() != null || a.from() != null || a.fromExpression() != null;
  }

  static Set<String> parameterNames(Arguments args) {
    Set<String> names = new LinkedHashSet<>();
    if (args != null && args.parameters() != null) args.parameters().forEach(p -> names.add(p.name()));
    return names;
  }

  static Lint.Problem error(String path, String message) {
    return new Lint.Problem(Lint.Severity.ERROR, path, message);
  }

  /** The checks of one template and the steps or tasks in it. */
  private static final class TemplateChecks {
    private final Template t;
    private final String path;
    private final Map<String, Template> byName;
    private final Set<String> workflowParameters;
    private final List<Lint.Problem> problems;
    private final Set<String> inputParameters = new LinkedHashSet<>();
    private final Set<String> inputArtifacts = new LinkedHashSet<>();

    TemplateChecks(Template t, String path, Map<String, Template> byName, Set<String> workflowParameters,
        List<Lint.Problem> problems) {
      this.t = t;
      this.path = path;
      this.byName = byName;
      this.workflowParameters = workflowParameters;
      this.problems = problems;
      if (t.inputs() != null && t.inputs().parameters() != null) t.inputs().parameters().forEach(p -> inputParameters.add(p.name()));
      if (t.inputs() != null && t.inputs().artifacts() != null) t.inputs().artifacts().forEach(a -> inputArtifacts.add(a.name()));
    }

    void run() {
      Template body = t.withSteps((Iterable<io.argowf.model.workflow.ParallelSteps>) null).withDag(null).withOutputs(null);
      References.check(body, path, scope(null, Set.of(), Set.of(), "", false), problems);
      if (t.steps() != null) steps();
      if (t.dag() != null && t.dag().tasks() != null) dag();
    }

    private References.Scope scope(String kind, Set<String> visible, Set<String> all, String why, boolean loop) {
      return new References.Scope(t.name(), inputParameters, inputArtifacts, kind, visible, all, why, loop, workflowParameters);
    }

    private void steps() {
      Set<String> all = new LinkedHashSet<>();
      t.steps().forEach(g -> g.steps().forEach(s -> all.add(s.name())));
      Set<String> before = new LinkedHashSet<>();
      for (int g = 0; g < t.steps().size(); g++) {
        List<WorkflowStep> group = t.steps().get(g).steps();
        for (int j = 0; j < group.size(); j++) {
          WorkflowStep s = group.get(j);
          String sp = path + ".steps[" + g + "][" + j + "]";
          boolean loop = s.withItems() != null || s.withParam() != null || s.withSequence() != null;
          References.check(s.withName(null).withTemplate(null), sp, scope("steps", Set.copyOf(before), all,
              "before it has run: a step sees the outputs of earlier groups only", loop), problems);
          call(s.template(), s.templateRef() != null, s.arguments(), sp, "step '" + s.name() + "'");
        }
        group.forEach(s -> before.add(s.name()));
      }
      outputs("steps", all);
    }

    private void dag() {
      List<DAGTask> tasks = t.dag().tasks();
      Dependencies deps = new Dependencies(tasks, path + ".dag", problems);
      for (int i = 0; i < tasks.size(); i++) {
        DAGTask task = tasks.get(i);
        String tp = path + ".dag.tasks[" + i + "]";
        boolean loop = task.withItems() != null || task.withParam() != null || task.withSequence() != null;
        References.check(task.withName(null).withTemplate(null).withDepends(null).withDependencies((Iterable<String>) null),
            tp, scope("tasks", deps.ancestors(task.name()), deps.names(),
                "without depending on it; add it to dependsOn(...) or depends(...)", loop), problems);
        call(task.template(), task.templateRef() != null, task.arguments(), tp, "task '" + task.name() + "'");
      }
      outputs("tasks", deps.names());
    }

    private void outputs(String kind, Set<String> siblings) {
      References.check(t.outputs(), path + ".outputs", scope(kind, siblings, siblings, "", false), problems);
    }

    private void call(String template, boolean byRef, Arguments args, String at, String who) {
      if (byRef) return;
      if (template == null) {
        problems.add(error(at, who + " names no template"));
        return;
      }
      Template target = byName.get(template);
      if (target == null) {
        problems.add(error(at + ".template", "no template named '" + template + "'; templates here: "
            + String.join(", ", byName.keySet())));
        return;
      }
      missingInputs(target, args, at + ".arguments", who + " runs template '" + template + "', which",
          "pass it with with(input, value)", problems);
    }
  }
}
