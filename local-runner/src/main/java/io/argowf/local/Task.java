package io.argowf.local;

import io.argowf.model.workflow.Arguments;
import io.argowf.model.workflow.ContinueOn;
import io.argowf.model.workflow.DAGTask;
import io.argowf.model.workflow.Item;
import io.argowf.model.workflow.LifecycleHook;
import io.argowf.model.workflow.Sequence;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.TemplateRef;
import io.argowf.model.workflow.WorkflowStep;
import java.util.List;
import java.util.Map;

/** A step or a DAG task: what both say about calling a template. */
record Task(String name, String template, TemplateRef templateRef, Template inline, Arguments arguments,
    ContinueOn continueOn, Map<String, LifecycleHook> hooks, String onExit, String when, List<Item> withItems,
    String withParam, Sequence withSequence, String depends, List<String> dependencies, boolean isStep) {

  static Task of(WorkflowStep s) {
    return new Task(s.name(), s.template(), s.templateRef(), s.inline(), s.arguments(), s.continueOn(), s.hooks(),
        s.onExit(), s.when(), s.withItems(), s.withParam(), s.withSequence(), null, null, true);
  }

  static Task of(DAGTask t) {
    return new Task(t.name(), t.template(), t.templateRef(), t.inline(), t.arguments(), t.continueOn(), t.hooks(),
        t.onExit(), t.when(), t.withItems(), t.withParam(), t.withSequence(), t.depends(), t.dependencies(), false);
  }

  boolean fansOut() {
    return withItems != null || withParam != null || withSequence != null;
  }

  /** The task with its {@code {{...}}} substituted (strings only; the loop fields too). */
  Task substitute(Vars vars) {
    if (isStep) {
      return of(Substitution.apply(step(), WorkflowStep.class, vars, false));
    }
    return of(Substitution.apply(dagTask(), DAGTask.class, vars, false));
  }

  private WorkflowStep step() {
    return WorkflowStep.builder().name(name).template(template).templateRef(templateRef).inline(inline)
        .arguments(arguments).continueOn(continueOn).hooks(hooks).onExit(onExit).when(when).withItems(withItems)
        .withParam(withParam).withSequence(withSequence).build();
  }

  private DAGTask dagTask() {
    return DAGTask.builder().name(name).template(template).templateRef(templateRef).inline(inline)
        .arguments(arguments).continueOn(continueOn).hooks(hooks).onExit(onExit).when(when).withItems(withItems)
        .withParam(withParam).withSequence(withSequence).depends(depends).dependencies(dependencies).build();
  }

  boolean continuesOn(String phase) {
    if (continueOn == null) return false;
    if (Phases.FAILED.equals(phase)) return Boolean.TRUE.equals(continueOn.failed());
    if (Phases.ERROR.equals(phase)) return Boolean.TRUE.equals(continueOn.error());
    return false;
  }

  /** The exit hook: {@code hooks.exit}, else {@code onExit}. */
  LifecycleHook exitHook() {
    if (hooks != null && hooks.get("exit") != null) return hooks.get("exit");
    return onExit == null ? null : LifecycleHook.builder().template(onExit).build();
  }
}
