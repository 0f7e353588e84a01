package io.argowf.local;

import io.argowf.model.workflow.LifecycleHook;
import io.argowf.model.workflow.Template;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;

/**
 * One workflow from start to end: the entrypoint as the root node, the workflow's deadline and stop, then the exit
 * handler ({@code onExit} or {@code hooks.exit}, node {@code NAME.onExit}) with {@code workflow.status},
 * {@code workflow.failures} and {@code workflow.duration}, and the workflow's phase and message.
 */
final class WorkflowRun {
  private final Engine engine;
  private final Catalog.Scope local;
  private final Cancel root = Cancel.root();

  WorkflowRun(Engine engine, Catalog.Scope local) {
    this.engine = engine;
    this.local = local;
  }

  void run() {
    RunState run = engine.run;
    run.onStop(() -> root.cancel("Stopped with strategy '" + run.stopStrategy() + "'"));
    run.started();
    ScheduledFuture<?> deadline = deadline();
    java.util.concurrent.Future<?> runningHooks = engine.async(() -> {
      expressionHooks(Phases.RUNNING);
      return null;
    });
    String phase;
    String message;
    try {
      NodeState entry = entry();
      engine.daemons.release(null);
      phase = run.locked(() -> entry.phase);
      message = run.locked(() -> entry.message);
      if (root.cancelled()) {
        phase = Phases.FAILED;
        message = root.reason();
      }
      waitFor(runningHooks);
      expressionHooks(phase);
      if (!"Terminate".equals(run.stopStrategy())) {
        String exitPhase = exitHandler(phase);
        if (exitPhase != null && Phases.failedOrError(exitPhase) && Phases.SUCCEEDED.equals(phase)) {
          phase = exitPhase;
        }
      }
    } catch (RuntimeException | Error e) {
      phase = Phases.ERROR;
      message = e.toString();
    } finally {
      if (deadline != null) deadline.cancel(false);
      engine.daemons.release(null);
    }
    run.finished(Phases.SUCCEEDED.equals(phase) ? phase : Phases.failedOrError(phase) ? phase : Phases.FAILED,
        Phases.SUCCEEDED.equals(phase) ? null : message);
  }

  private NodeState entry() {
    Template t = Runs.entry(engine.spec, local);
    String name = engine.run.identity.name();
    Call call = new Call(name, name, null, new Catalog.Found(engine.catalog.withDefaults(t), local),
        engine.spec.arguments(), null, root);
    return engine.execute(call);
  }

  private ScheduledFuture<?> deadline() {
    Duration d = null;
    if (engine.spec.activeDeadlineSeconds() != null) d = Duration.ofSeconds(engine.spec.activeDeadlineSeconds());
    Duration cap = engine.settings.timeout();
    if (cap != null && (d == null || cap.compareTo(d) < 0)) d = cap;
    if (d == null) return null;
    return engine.later(d, () -> root.cancel(Guards.STEP_DEADLINE));
  }

  private final java.util.Set<String> firedHooks = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Workflow-level expression hooks ({@code workflow.status == "Running"}...): each runs once, when first true. */
  private void expressionHooks(String status) {
    if (engine.spec.hooks() == null) return;
    Vars vars = engine.globals.vars().with("workflow.status", status);
    engine.spec.hooks().forEach((name, hook) -> {
      if ("exit".equals(name) || hook.expression() == null || !Hooks.truthy(hook.expression(), vars)) return;
      if (!firedHooks.add(name)) return;
      String node = engine.run.identity.name() + ".hooks." + name;
      LifecycleHook sub = Substitution.apply(hook, LifecycleHook.class, vars, false);
      try {
        Catalog.Found found = engine.catalog.find(local, sub.template(), sub.templateRef(), null);
        engine.execute(new Call(node, node, null, found, sub.arguments(), null, Cancel.root()));
      } catch (RuntimeException e) {
        engine.errorNode(engine.call(node, node, null, null, null, Cancel.root()), null, e.getMessage());
      }
    });
  }

  private static void waitFor(java.util.concurrent.Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException e) {
      // a hook's failure is its node's, already recorded
    }
  }

  /** Runs the exit handler; returns its phase, or null when there is none. */
  private String exitHandler(String phase) {
    LifecycleHook hook = Runs.exitHook(engine.spec);
    if (hook == null) return null;
    RunState run = engine.run;
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("workflow.status", Phases.SUCCEEDED.equals(phase) ? phase : Phases.failedOrError(phase) ? phase
        : Phases.FAILED);
    vars.put("workflow.failures", Failures.json(run));
    Instant started = run.startedAt();
    double secs = Duration.between(started, Instant.now()).toMillis() / 1000.0;
    vars.put("workflow.duration", Double.toString(secs));
    String name = run.identity.name() + ".onExit";
    Vars scope = engine.globals.vars().with(vars);
    LifecycleHook sub = Substitution.apply(hook, LifecycleHook.class, scope, false);
    Catalog.Found found;
    try {
      found = engine.catalog.find(local, sub.template(), sub.templateRef(), null);
    } catch (RuntimeException e) {
      return engine.errorNode(engine.call(name, name, null, null, null, Cancel.root()), null, e.getMessage()).phase;
    }
    Call call = new Call(name, name, null, found, sub.arguments(), Vars.of(vars), Cancel.root());
    NodeState n = engine.execute(call);
    return run.locked(() -> n.phase);
  }
}
