package io.argowf.dsl.internal;

import io.argowf.model.Lint;
import io.argowf.model.workflow.Arguments;
import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.Inputs;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.TemplateRef;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowTemplate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rule the DSL adds to {@link Lint}'s, for the steps and tasks it wrote: {@code with(input, value)} passes
 * only inputs the called template declares. Argo ignores other arguments, so passing another template's input
 * would be lost silently; manifests read from YAML are left to Argo's rules.
 */
public final class Checks {
  private Checks() {}

  /**
   * Reports the arguments of one step or task that its template does not declare.
   *
   * @param who e.g. {@code step 'hello'}
   * @param callee the template it runs (null when unknown: nothing to check)
   * @param path its path, e.g. {@code spec.templates[0].steps[1][0]}
   * @param problems where to report
   */
  public static void undeclaredArguments(String who, Template callee, Arguments args, String path, List<Lint.Problem> problems) {
    if (callee == null || args == null) return;
    String what = callee.name() == null ? "its inline template" : "template '" + callee.name() + "'";
    Inputs in = callee.inputs();
    Set<String> params = new LinkedHashSet<>();
    Set<String> artifacts = new LinkedHashSet<>();
    if (in != null && in.parameters() != null) in.parameters().forEach(p -> params.add(p.name()));
    if (in != null && in.artifacts() != null) in.artifacts().forEach(a -> artifacts.add(a.name()));
    if (args.parameters() != null) {
      for (int k = 0; k < args.parameters().size(); k++) {
        undeclared(args.parameters().get(k).name(), params, "parameter", who, what, path + ".arguments.parameters[" + k + "].name", problems);
      }
    }
    if (args.artifacts() != null) {
      for (int k = 0; k < args.artifacts().size(); k++) {
        undeclared(args.artifacts().get(k).name(), artifacts, "artifact", who, what, path + ".arguments.artifacts[" + k + "].name", problems);
      }
    }
  }

  private static void undeclared(String name, Set<String> declared, String kind, String who, String what, String at,
      List<Lint.Problem> problems) {
    if (name == null || declared.contains(name)) return;
    problems.add(new Lint.Problem(Lint.Severity.ERROR, at, who + " passes " + kind + " '" + name + "', which " + what
        + " does not declare" + (declared.isEmpty() ? " (it has no input " + kind + "s)" : " (its input " + kind + "s: "
        + String.join(", ", declared) + ")") + "; pass only the template's own inputs"));
  }

  /**
   * The template a {@code templateRef} names, among the WorkflowTemplates and ClusterWorkflowTemplates given.
   *
   * @param ref the reference
   * @param given the templates given to lint
   * @return the template, or null when it is not among them
   */
  public static Template referenced(TemplateRef ref, Collection<?> given) {
    if (ref.name() == null || ref.template() == null) return null;
    boolean cluster = Boolean.TRUE.equals(ref.clusterScope());
    for (Object o : given) {
      WorkflowSpec spec = !cluster && o instanceof WorkflowTemplate w && ref.name().equals(w.metadata().name()) ? w.spec()
          : cluster && o instanceof ClusterWorkflowTemplate c && ref.name().equals(c.metadata().name()) ? c.spec() : null;
      if (spec != null && spec.templates() != null) {
        return spec.templates().stream().filter(t -> ref.template().equals(t.name())).findFirst().orElse(null);
      }
    }
    return null;
  }
}
