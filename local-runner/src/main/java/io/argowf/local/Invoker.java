package io.argowf.local;

import io.argowf.model.workflow.Arguments;
import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.LifecycleHook;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one step or task (one item of a loop): its {@code when}, the template it calls with its arguments (artifacts
 * {@code from} earlier steps), and its hooks ({@code hooks.exit} or {@code onExit}, and expression hooks).
 */
final class Invoker {
  private final Engine engine;

  Invoker(Engine engine) {
    this.engine = engine;
  }

  NodeState run(Ctx parent, Task task, String nodeName, String displayName, Results results, Cancel cancel) {
    if (task.when() != null && !task.when().isBlank()) {
      Boolean go = when(task.when());
      if (go == null) return error(parent, task, nodeName, displayName, "Invalid 'when' expression '"
          + task.when() + "'");
      if (!go) return skipped(parent, task, nodeName, displayName, "when '" + task.when() + "' evaluated false");
    }
    Catalog.Found found;
    Arguments args;
    try {
      found = engine.catalog.find(parent.scope(), task.template(), task.templateRef(), task.inline());
      args = withArtifacts(task.arguments(), results, parent);
    } catch (RuntimeException e) {
      return error(parent, task, nodeName, displayName, e.getMessage());
    }
    Call call = engine.call(nodeName, displayName, parent.node().id, found, args, cancel);
    Hooks.Watch watch = new Hooks(engine).watch(parent, task, nodeName, results, cancel);
    NodeState node = engine.execute(call);
    watch.finished(node);
    runExitHook(parent, task, node, results, cancel);
    return node;
  }

  private static Boolean when(String condition) {
    try {
      return Expressions.when(condition);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private void runExitHook(Ctx parent, Task task, NodeState node, Results results, Cancel cancel) {
    LifecycleHook hook = task.exitHook();
    if (hook == null) return;
    results.record(task.name(), node);
    new Hooks(engine).runHook(parent, hook, node.name + ".onExit", node.displayName + ".onExit", node.id, results,
        cancel);
  }

  /** Replaces each {@code from}/{@code fromExpression} artifact argument by the artifact it names. */
  Arguments withArtifacts(Arguments args, Results results, Ctx parent) {
    if (args == null || args.artifacts() == null) return args;
    List<Artifact> out = new ArrayList<>();
    for (Artifact a : args.artifacts()) {
      if (a.from() == null && a.fromExpression() == null) {
        out.add(a);
        continue;
      }
      String ref = a.from() != null ? a.from().trim() : "{{" + a.fromExpression().trim() + "}}";
      Artifact found = lookup(ref, results, parent);
      if (found == null) {
        if (Boolean.TRUE.equals(a.optional())) continue;
        throw new IllegalArgumentException("Unable to resolve: " + ref);
      }
      out.add(found.withName(a.name()).withFrom(null).withSubPath(a.subPath()));
    }
    return Arguments.builder().from(args).artifacts(out).build();
  }

  private Artifact lookup(String ref, Results results, Ctx parent) {
    String inner = ref.startsWith("{{") && ref.endsWith("}}") ? ref.substring(2, ref.length() - 2).trim() : ref;
    Artifact a = results.artifact(inner);
    if (a != null) return a;
    if (inner.startsWith("workflow.outputs.artifacts.")) {
      String name = inner.substring("workflow.outputs.artifacts.".length());
      return engine.run.globalArtifacts().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
    }
    if (inner.startsWith("inputs.artifacts.")) {
      return parent.inputs().artifacts().get(inner.substring("inputs.artifacts.".length()));
    }
    return null;
  }

  private NodeState skipped(Ctx parent, Task task, String name, String display, String message) {
    NodeState n = engine.run.create(name, display, "Skipped", templateName(task), parent.node().id, Phases.PENDING);
    finishNow(n, Phases.SKIPPED, message);
    return n;
  }

  private NodeState error(Ctx parent, Task task, String name, String display, String message) {
    NodeState n = engine.run.create(name, display, "Pod", templateName(task), parent.node().id, Phases.PENDING);
    finishNow(n, Phases.ERROR, message);
    return n;
  }

  private void finishNow(NodeState n, String phase, String message) {
    engine.run.phase(n, phase, message);
  }

  private static String templateName(Task task) {
    if (task.template() != null) return task.template();
    if (task.templateRef() != null) return task.templateRef().template();
    return task.inline() != null ? task.inline().name() : null;
  }

  /** Omitted: a DAG task whose {@code depends} is false. */
  NodeState omitted(Ctx parent, Task task, String name) {
    NodeState n = engine.run.create(name, task.name(), "Skipped", templateName(task), parent.node().id,
        Phases.PENDING);
    finishNow(n, Phases.OMITTED, "omitted: depends condition not met");
    return n;
  }
}
