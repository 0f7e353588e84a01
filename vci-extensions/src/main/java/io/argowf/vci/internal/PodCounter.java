package io.argowf.vci.internal;

import io.argowf.model.k8s.IntOrString;
import io.argowf.model.workflow.DAGTask;
import io.argowf.model.workflow.LifecycleHook;
import io.argowf.model.workflow.ParallelSteps;
import io.argowf.model.workflow.Sequence;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowStep;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many pods each template of a workflow makes in one run, walking from the entrypoint and multiplying by
 * each step's or task's fan-out ({@code withItems}, {@code withSequence}). A {@code withParam} fan-out is known
 * only at run time: it counts as 1 and is noted. The exit handlers (the workflow's and each step's or task's) run
 * once per run of what they belong to and are counted so; a lifecycle hook's template is counted once per run of its
 * owner (an {@code exit} hook always runs; one with an expression runs when it holds), and noted.
 */
public final class PodCounter {
  private final Map<String, Template> templates = new LinkedHashMap<>();
  private final Map<String, Long> pods = new LinkedHashMap<>();
  private final List<String> notes;
  private final Set<String> given;
  private final Deque<String> stack = new ArrayDeque<>();

  private PodCounter(WorkflowSpec spec, List<String> notes, Set<String> given) {
    if (spec.templates() != null) spec.templates().forEach(t -> templates.put(t.name(), t));
    this.notes = notes;
    this.given = given;
  }

  /**
   * Pods per template name, in the order first met; notes get what could not be counted, except for the templates
   * whose count is given.
   */
  public static Map<String, Long> count(WorkflowSpec spec, List<String> notes, Set<String> given) {
    PodCounter c = new PodCounter(spec, notes, given);
    if (spec.entrypoint() == null) {
      notes.add("spec.entrypoint: absent; no pods counted");
    } else {
      c.visit(spec.entrypoint(), 1, "spec.entrypoint");
    }
    if (spec.onExit() != null) c.visit(spec.onExit(), 1, "spec.onExit");
    if (spec.hooks() != null) spec.hooks().forEach((name, hook) -> c.hook(hook, 1, "spec.hooks." + name));
    return c.pods;
  }

  private void visit(String name, long times, String from) {
    Template t = templates.get(name);
    if (t == null) {
      notes.add(from + ": template '" + name + "' is not in the workflow (a templateRef?); its pods are not counted");
      return;
    }
    if (stack.contains(name)) {
      notes.add(from + ": template '" + name + "' calls itself; counted once, recursion depth is known only at run time");
      return;
    }
    stack.push(name);
    if (t.steps() != null) {
      for (int g = 0; g < t.steps().size(); g++) {
        ParallelSteps group = t.steps().get(g);
        for (int i = 0; i < group.steps().size(); i++) {
          WorkflowStep s = group.steps().get(i);
          String at = "template '" + name + "' steps[" + g + "][" + i + "]";
          long runs = times * fanOut(at, s.template(), s.withItems(), s.withParam(), s.withSequence());
          if (s.template() != null) visit(s.template(), runs, at);
          handlers(s.onExit(), s.hooks(), runs, at);
        }
      }
    } else if (t.dag() != null && t.dag().tasks() != null) {
      for (int i = 0; i < t.dag().tasks().size(); i++) {
        DAGTask task = t.dag().tasks().get(i);
        String at = "template '" + name + "' dag.tasks[" + i + "]";
        long runs = times * fanOut(at, task.template(), task.withItems(), task.withParam(), task.withSequence());
        if (task.template() != null) visit(task.template(), runs, at);
        handlers(task.onExit(), task.hooks(), runs, at);
      }
    } else if (t.container() != null || t.script() != null || t.containerSet() != null || t.resource() != null) {
      pods.merge(name, times, Long::sum);
    }
    stack.pop();
  }

  private void handlers(String onExit, Map<String, LifecycleHook> hooks, long runs, String at) {
    if (onExit != null) visit(onExit, runs, at + ".onExit");
    if (hooks != null) hooks.forEach((name, hook) -> hook(hook, runs, at + ".hooks." + name));
  }

  private void hook(LifecycleHook hook, long runs, String at) {
    if (hook.template() == null) return;
    if (hook.expression() != null) notes.add(at + ": a hook runs when its expression holds; counted once per run");
    visit(hook.template(), runs, at);
  }

  private long fanOut(String at, String template, List<?> items, String param, Sequence sequence) {
    if (items != null) return items.size();
    if (given.contains(template)) return 1;
    if (sequence != null) {
      Long n = sequence.count() != null ? number(sequence.count())
          : sequence.end() != null ? sub(number(sequence.end()), sequence.start() == null ? Long.valueOf(0) : number(sequence.start())) : null;
      if (n != null) return n;
      notes.add(at + ".withSequence: not a literal count; counted 1 pod, set the count with pods(template, n)");
      return 1;
    }
    if (param != null) {
      notes.add(at + ".withParam: the fan-out is known only at run time; counted 1 pod, set it with pods(template, n)");
    }
    return 1;
  }

  private static Long sub(Long end, Long start) {
    return end == null || start == null ? null : end - start + 1;
  }

  private static Long number(IntOrString v) {
    if (v.isInt()) return v.longValue();
    try {
      return Long.parseLong(v.stringValue().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
