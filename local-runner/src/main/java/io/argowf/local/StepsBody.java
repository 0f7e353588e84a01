package io.argowf.local;

import io.argowf.model.workflow.ParallelSteps;
import io.argowf.model.workflow.WorkflowStep;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@code steps} template: groups run in order, the steps of a group in parallel (within the template's
 * {@code parallelism}); a group fails when one of its steps fails without {@code continueOn}, and the template
 * stops there with Argo's {@code child '<id>' failed}. With the template's own {@code failFast: true} (Argo's
 * default is false), no step or item starts once a node within the template Failed or Errored (the running ones
 * finish), and the template fails with Argo's {@code template has failed or errored children and failFast enabled}.
 */
final class StepsBody {
  private final Engine engine;
  private final Invoker invoker;

  StepsBody(Engine engine) {
    this.engine = engine;
    this.invoker = new Invoker(engine);
  }

  Outcome run(Ctx ctx) {
    RunState run = engine.run;
    NodeState node = ctx.node();
    Results results = new Results("steps", run);
    Semaphore slots = ctx.template().parallelism() == null ? null : new Semaphore(ctx.template().parallelism());
    List<ParallelSteps> groups = ctx.template().steps();
    Gate gate = new Gate(Boolean.TRUE.equals(ctx.template().failFast()), new AtomicBoolean());
    NodeState previous = null;
    for (int i = 0; i < groups.size(); i++) {
      if (ctx.cancel().cancelled()) return Outcome.of(Phases.FAILED, ctx.cancel().reason());
      String sgName = node.name + "[" + i + "]";
      NodeState sg = run.create(sgName, "[" + i + "]", "StepGroup", null, node.id, Phases.RUNNING);
      link(node, previous, sg);
      String failed = runGroup(ctx, sg, groups.get(i), results, slots, gate);
      previous = sg;
      if (failed != null || gate.stopped().get()) {
        String msg = gate.stopped().get() ? "template has failed or errored children and failFast enabled"
            : "child '" + failed + "' failed";
        run.phase(sg, Phases.FAILED, msg);
        setOutbound(node, sg);
        return new Outcome(Phases.FAILED, msg, results.over(ctx.vars()));
      }
      run.phase(sg, Phases.SUCCEEDED, null);
    }
    setOutbound(node, previous);
    return new Outcome(Phases.SUCCEEDED, null, results.over(ctx.vars()));
  }

  private void link(NodeState steps, NodeState previous, NodeState sg) {
    RunState run = engine.run;
    if (previous == null) {
      run.addChild(steps.id, sg.id);
      return;
    }
    List<String> kids = run.locked(() -> List.copyOf(previous.children));
    if (kids.isEmpty()) run.addChild(previous.id, sg.id);
    for (String c : kids) for (String o : Outbound.of(run, c)) run.addChild(o, sg.id);
  }

  private void setOutbound(NodeState steps, NodeState lastGroup) {
    if (lastGroup == null) return;
    RunState run = engine.run;
    List<String> out = new ArrayList<>();
    for (String c : run.locked(() -> List.copyOf(lastGroup.children))) out.addAll(Outbound.of(run, c));
    if (out.isEmpty()) out.add(lastGroup.id);
    run.locked(() -> steps.outboundNodes.addAll(out));
  }

  /** Runs one group; returns the id of the first step that failed it, or null. */
  private String runGroup(Ctx ctx, NodeState sg, ParallelSteps group, Results results, Semaphore slots,
      Gate gate) {
    List<Launched> launched = new ArrayList<>();
    Vars scope = results.over(ctx.vars());
    List<WorkflowStep> steps = group.steps() == null ? List.of() : group.steps();
    for (WorkflowStep s : steps) {
      launched.add(launch(ctx, sg, Task.of(s).substitute(scope), scope, slots, results, gate));
    }
    String failed = null;
    for (Launched l : launched) {
      List<NodeState> nodes = l.await();
      if (l.task.fansOut()) results.recordAll(l.task.name(), null, nodes);
      else if (!nodes.isEmpty()) results.record(l.task.name(), nodes.get(0));
      for (NodeState n : nodes) {
        String phase = engine.run.locked(() -> n.phase);
        if (failed == null && Phases.failedOrError(phase) && !l.task.continuesOn(phase)) failed = n.id;
      }
      if (l.error != null && failed == null) failed = l.error;
    }
    return failed;
  }

  private Launched launch(Ctx ctx, NodeState sg, Task task, Vars scope, Semaphore slots, Results results,
      Gate gate) {
    Launched l = new Launched(task);
    String base = sg.name + "." + task.name();
    if (!task.fansOut()) {
      engine.run.addChild(sg.id, engine.run.identity.nodeId(base));
      l.futures.add(start(ctx, sg, task, base, task.name(), slots, results, gate));
      return l;
    }
    List<Fanout.Each> items;
    try {
      items = Fanout.expand(task, task.name());
    } catch (RuntimeException e) {
      NodeState err = engine.errorNode(engine.call(base, task.name(), ctx.node().id, null, null, ctx.cancel()),
          null, e.getMessage());
      engine.run.addChild(sg.id, err.id);
      l.error = err.id;
      return l;
    }
    for (Fanout.Each each : items) {
      Task one = task.substitute(scope.with(each.vars()));
      String name = base + each.suffix();
      engine.run.addChild(sg.id, engine.run.identity.nodeId(name));
      l.futures.add(start(ctx, sg, one, name, task.name() + each.suffix(), slots, results, gate));
    }
    return l;
  }

  /** Whether the template fails fast, and whether that kept a step from starting. */
  private record Gate(boolean failFast, AtomicBoolean stopped) {}

  /** A step or item as it starts: null when the template's failFast keeps it from starting. */
  /**
   * The slot of the template's {@code parallelism} is taken here, in the launching thread, so steps and items start
   * in their order as Argo starts them.
   */
  private Future<NodeState> start(Ctx ctx, NodeState sg, Task task, String name, String display, Semaphore slots,
      Results results, Gate gate) {
    if (slots != null) slots.acquireUninterruptibly();
    return engine.async(() -> {
      try {
        if (gate.failFast() && engine.run.hasUnsuccessful(ctx.node().id)) {
          gate.stopped().set(true);
          engine.run.removeChild(sg.id, engine.run.identity.nodeId(name));
          return null;
        }
        return invoker.run(ctx, task, name, display, results, ctx.cancel());
      } finally {
        if (slots != null) slots.release();
      }
    });
  }

  /** The nodes a step became (one, or one per item). */
  private static final class Launched {
    final Task task;
    final List<Future<NodeState>> futures = new ArrayList<>();
    String error;

    Launched(Task task) {
      this.task = task;
    }

    List<NodeState> await() {
      List<NodeState> out = new ArrayList<>();
      for (Future<NodeState> f : futures) {
        try {
          NodeState n = f.get();
          if (n != null) out.add(n);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
      }
      return out;
    }
  }
}
