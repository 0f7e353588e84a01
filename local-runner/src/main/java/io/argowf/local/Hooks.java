package io.argowf.local;

import io.argowf.model.workflow.LifecycleHook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * Lifecycle hooks: the {@code exit} hook runs after its step, task or workflow whatever the outcome; an expression
 * hook runs once, as soon as its {@code expression} is true while the step (or workflow) runs or when it ends. Hook
 * nodes are named {@code NODE.hooks.NAME} ({@code NODE.onExit} for the exit hook) and are children of their node.
 */
final class Hooks {
  private static final long POLL_MILLIS = 20;
  private final Engine engine;

  Hooks(Engine engine) {
    this.engine = engine;
  }

  /** Expression hooks being watched for one node. */
  interface Watch {
    void finished(NodeState node);
  }

  Watch watch(Ctx parent, Task task, String nodeName, Results results, Cancel cancel) {
    Map<String, LifecycleHook> hooks = expressionHooks(task.hooks());
    if (hooks.isEmpty()) return n -> { };
    String prefix = task.isStep() ? "steps" : "tasks";
    String id = engine.run.identity.nodeId(nodeName);
    Map<String, Boolean> fired = new LinkedHashMap<>();
    List<Future<?>> running = new ArrayList<>();
    Runnable check = () -> {
      NodeState n = engine.run.node(id);
      if (n == null) return;
      Vars vars = results.over(parent.vars()).with(prefix + "." + task.name() + ".status",
          engine.run.locked(() -> n.phase));
      hooks.forEach((name, hook) -> {
        synchronized (fired) {
          if (fired.containsKey(name) || !truthy(hook.expression(), vars)) return;
          fired.put(name, true);
        }
        runHook(parent, hook, nodeName + ".hooks." + name, task.name() + ".hooks." + name, id, results, cancel);
      });
    };
    Future<?> poller = engine.async(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        check.run();
        NodeState n = engine.run.node(id);
        if (n != null && engine.run.locked(n::fulfilled)) break;
        Thread.sleep(POLL_MILLIS);
      }
      return null;
    });
    running.add(poller);
    return node -> {
      try {
        poller.get();
      } catch (Exception e) {
        Thread.currentThread().interrupt();
      }
      check.run();
    };
  }

  private static Map<String, LifecycleHook> expressionHooks(Map<String, LifecycleHook> hooks) {
    Map<String, LifecycleHook> out = new LinkedHashMap<>();
    if (hooks == null) return out;
    hooks.forEach((k, v) -> {
      if (!"exit".equals(k) && v.expression() != null) out.put(k, v);
    });
    return out;
  }

  static boolean truthy(String expression, Vars vars) {
    try {
      Object v = Expressions.evaluate(Substitution.apply(expression, vars, false), Substitution.env(vars));
      return Boolean.TRUE.equals(v) || "true".equals(v);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Runs a hook's template as a node, a child of {@code ownerId}. */
  NodeState runHook(Ctx parent, LifecycleHook hook, String name, String display, String ownerId, Results results,
      Cancel cancel) {
    Vars vars = results == null ? parent.vars() : results.over(parent.vars());
    LifecycleHook sub = Substitution.apply(hook, LifecycleHook.class, vars, false);
    engine.run.addChild(ownerId, engine.run.identity.nodeId(name));
    Catalog.Found found;
    io.argowf.model.workflow.Arguments args;
    try {
      found = engine.catalog.find(parent.scope(), sub.template(), sub.templateRef(), null);
      args = results == null ? sub.arguments() : new Invoker(engine).withArtifacts(sub.arguments(), results, parent);
    } catch (RuntimeException e) {
      return engine.errorNode(engine.call(name, display, parent.node().id, null, null, cancel), null, e.getMessage());
    }
    return engine.execute(engine.call(name, display, parent.node().id, found, args, cancel));
  }
}
