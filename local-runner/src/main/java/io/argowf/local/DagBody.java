package io.argowf.local;

import io.argowf.model.workflow.DAGTask;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * A {@code dag} template: a task starts once every task its {@code depends} (or {@code dependencies}) names has
 * finished (or is a running daemon), runs when that expression holds and is Omitted otherwise.
 *
 * <p>The DAG's phase is Argo's: each target task ({@code target}, or the tasks no task depends on) has a branch
 * phase, its own phase or, when it was Omitted, the branch phase of its dependencies (a failed one first, in the
 * order its {@code depends} names them); the DAG fails when a target's branch failed or errored and its
 * {@code continueOn} does not cover it. A failure a dependent handles ({@code A.Failed}) fails nothing by itself.
 *
 * <p>{@code failFast} (the default): once a task failed and neither its {@code continueOn} nor a dependent naming its
 * failure ({@code .Failed}, {@code .Errored}, {@code .AnyFailed}, {@code .AllFailed}, {@code .Completed}) handles
 * it, a task whose {@code depends} holds starts only when it names the failure of a dependency that failed (it is
 * that failure's handler); tasks whose {@code depends} is false are still Omitted, running tasks finish, and the DAG
 * fails. With {@code failFast: false} every task that can run does. The template's own {@code failFast: true}
 * (Argo's default is false) is stricter: no task starts once a node within the DAG Failed or Errored, and the DAG
 * fails with Argo's {@code template has failed or errored children and failFast enabled}.
 */
final class DagBody {
  private final Engine engine;
  private final Invoker invoker;

  DagBody(Engine engine) {
    this.engine = engine;
    this.invoker = new Invoker(engine);
  }

  Outcome run(Ctx ctx) {
    return new Pass(ctx).run();
  }

  /** One run of one DAG. */
  private final class Pass {
    private final Ctx ctx;
    private final RunState run = engine.run;
    private final Map<String, Task> tasks = new LinkedHashMap<>();
    private final Map<String, String> depends = new LinkedHashMap<>();
    private final Map<String, Set<String>> names = new LinkedHashMap<>();
    private final Map<String, NodeState> done = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, List<NodeState>> items = new LinkedHashMap<>();
    private final Set<String> started = new LinkedHashSet<>();
    private final List<String> targets = new ArrayList<>();
    private final Set<String> handled = new LinkedHashSet<>();
    private final Map<String, Set<String>> failureWords = new LinkedHashMap<>();
    private final Map<String, List<String>> dependents = new LinkedHashMap<>();
    private final Map<String, Integer> order = new LinkedHashMap<>();
    private final java.util.TreeSet<String> candidates = new java.util.TreeSet<>(java.util.Comparator.comparing(
        order::get));
    private NodeState unhandled;
    private final boolean ownFailFast;
    private boolean stoppedByOwnFailFast;
    private final BlockingQueue<String> finished = new LinkedBlockingQueue<>();
    private final Results results;
    private final Semaphore slots;
    private final boolean failFast;
    private int running;

    Pass(Ctx ctx) {
      this.ctx = ctx;
      this.results = new Results("tasks", run);
      this.slots = ctx.template().parallelism() == null ? null : new Semaphore(ctx.template().parallelism());
      this.failFast = !Boolean.FALSE.equals(ctx.template().dag().failFast());
      this.ownFailFast = Boolean.TRUE.equals(ctx.template().failFast());
      for (DAGTask t : ctx.template().dag().tasks()) {
        Task task = Task.of(t);
        tasks.put(t.name(), task);
        String d = t.depends() != null ? t.depends() : Depends.fromDependencies(t.dependencies());
        depends.put(t.name(), d);
        names.put(t.name(), Depends.names(d));
        failureWords.put(t.name(), Depends.failureNames(d));
        handled.addAll(failureWords.get(t.name()));
      }
      restrictToTargets(ctx.template().dag().target());
      for (String t : tasks.keySet()) {
        order.put(t, order.size());
        for (String d : names.get(t)) dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(t);
      }
    }

    private void restrictToTargets(String target) {
      if (target == null || target.isBlank()) {
        Set<String> dependedOn = new LinkedHashSet<>();
        names.values().forEach(dependedOn::addAll);
        tasks.keySet().stream().filter(t -> !dependedOn.contains(t)).forEach(targets::add);
        return;
      }
      Set<String> keep = new LinkedHashSet<>();
      targets.addAll(List.of(target.trim().split("[\\s,]+")));
      List<String> todo = new ArrayList<>(targets);
      while (!todo.isEmpty()) {
        String t = todo.remove(0);
        if (keep.add(t) && depends.containsKey(t)) todo.addAll(Depends.names(depends.get(t)));
      }
      tasks.keySet().retainAll(keep);
    }

    Outcome run() {
      candidates.addAll(tasks.keySet());
      while (true) {
        boolean progressed = startReady();
        if (running == 0 && !progressed) break;
        if (running == 0) continue;
        String name = take();
        running--;
        collect(name);
        candidates.addAll(dependentsOf(name));
      }
      setOutbound();
      Vars scope = results.over(ctx.vars());
      if (ctx.cancel().cancelled()) return new Outcome(Phases.FAILED, ctx.cancel().reason(), scope);
      if (stoppedByOwnFailFast) {
        return new Outcome(Phases.FAILED, "template has failed or errored children and failFast enabled", scope);
      }
      NodeState failed = failedTarget();
      if (failed != null) return new Outcome(Phases.FAILED, "child '" + failed.id + "' failed", scope);
      return new Outcome(Phases.SUCCEEDED, null, scope);
    }

    private String take() {
      try {
        return finished.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }

    private List<String> dependentsOf(String task) {
      return dependents.getOrDefault(task, List.of()).stream().filter(tasks::containsKey).toList();
    }

    /**
     * Starts (or omits) the candidates whose dependencies are done, in declaration order (the candidates are the
     * tasks depending on one that just finished); true when any was.
     */
    private boolean startReady() {
      boolean any = false;
      while (!candidates.isEmpty()) {
        Task t = tasks.get(candidates.pollFirst());
        if (started.contains(t.name()) || !depsDone(t.name())) continue;
        if (ctx.cancel().cancelled()) {
          candidates.clear();
          break;
        }
        Boolean go;
        try {
          go = Depends.evaluate(depends.get(t.name()), this::result);
        } catch (IllegalArgumentException e) {
          started.add(t.name());
          done.put(t.name(), engine.errorNode(engine.call(nodeName(t), t.name(), ctx.node().id, null, null,
              ctx.cancel()), null, e.getMessage()));
          candidates.addAll(dependentsOf(t.name()));
          continue;
        }
        if (go && failFast && unhandled != null && !handlesAFailure(t.name())) continue;
        if (go && ownFailFast && run.hasUnsuccessful(ctx.node().id)) {
          stoppedByOwnFailFast = true;
          continue;
        }
        started.add(t.name());
        any = true;
        link(t);
        if (!go) {
          done.put(t.name(), invoker.omitted(ctx, t, nodeName(t)));
          results.record(t.name(), done.get(t.name()));
          candidates.addAll(dependentsOf(t.name()));
          continue;
        }
        running++;
        engine.async(() -> {
          try {
            launch(t);
          } finally {
            finished.add(t.name());
          }
          return null;
        });
      }
      return any;
    }

    /** Whether the task's {@code depends} names the failure of a dependency that failed ({@code A.Failed}...). */
    private boolean handlesAFailure(String task) {
      for (String d : failureWords.getOrDefault(task, Set.of())) {
        NodeState n = done.get(d);
        if (n != null && Phases.failedOrError(run.locked(() -> n.phase))) return true;
      }
      return false;
    }

    private boolean depsDone(String name) {
      for (String d : names.get(name)) {
        if (!tasks.containsKey(d)) continue;
        NodeState n = done.get(d);
        if (n == null) return false;
      }
      return true;
    }

    private String nodeName(Task t) {
      return ctx.node().name + "." + t.name();
    }

    private void link(Task t) {
      String id = run.identity.nodeId(nodeName(t));
      Set<String> deps = new LinkedHashSet<>(names.get(t.name()));
      deps.retainAll(tasks.keySet());
      if (deps.isEmpty()) {
        run.addChild(ctx.node().id, id);
        return;
      }
      for (String d : deps) for (String o : Outbound.of(run, done.get(d).id)) run.addChild(o, id);
    }

    private void launch(Task t) throws InterruptedException {
      if (slots != null) slots.acquire();
      try {
        Vars scope = results.over(ctx.vars());
        Task sub = t.substitute(scope);
        NodeState node = sub.fansOut() ? fanOut(sub, scope) : invoker.run(ctx, sub, nodeName(t), t.name(),
            results, ctx.cancel());
        synchronized (this) {
          done.put(t.name(), node);
        }
      } finally {
        if (slots != null) slots.release();
      }
    }

    private NodeState fanOut(Task t, Vars scope) {
      String name = nodeName(t);
      NodeState group = run.create(name, t.name(), "TaskGroup", null, ctx.node().id, Phases.RUNNING);
      List<Fanout.Each> each;
      try {
        each = Fanout.expand(t, t.name());
      } catch (RuntimeException e) {
        run.phase(group, Phases.ERROR, e.getMessage());
        return group;
      }
      List<java.util.concurrent.Future<NodeState>> futures = new ArrayList<>();
      for (Fanout.Each e : each) {
        Task one = t.substitute(scope.with(e.vars()));
        String itemName = name + e.suffix();
        run.addChild(group.id, run.identity.nodeId(itemName));
        futures.add(engine.async(() -> invoker.run(ctx, one, itemName, t.name() + e.suffix(), results,
            ctx.cancel())));
      }
      List<NodeState> nodes = new ArrayList<>();
      for (var f : futures) {
        try {
          nodes.add(f.get());
        } catch (Exception ex) {
          throw new IllegalStateException(ex);
        }
      }
      synchronized (this) {
        items.put(t.name(), nodes);
      }
      String failed = null;
      for (NodeState n : nodes) {
        String ph = run.locked(() -> n.phase);
        if (failed == null && Phases.failedOrError(ph) && !t.continuesOn(ph)) failed = ph;
      }
      run.phase(group, failed == null ? Phases.SUCCEEDED : Phases.FAILED, null);
      results.recordAll(t.name(), group, nodes);
      return group;
    }

    private void collect(String name) {
      NodeState n;
      synchronized (this) {
        n = done.get(name);
      }
      if (n == null) return;
      if (!tasks.get(name).fansOut()) results.record(name, n);
      String phase = run.locked(() -> n.phase);
      if (unhandled == null && Phases.failedOrError(phase) && !tasks.get(name).continuesOn(phase)
          && !handled.contains(name)) {
        unhandled = n;
      }
    }

    private boolean result(String task, String result) {
      NodeState n = done.get(task);
      if (n == null) return false;
      String phase = run.locked(() -> n.phase);
      boolean daemoned = run.locked(() -> n.daemoned);
      String word = Phases.dependsWord(phase);
      if (result == null) {
        return "Succeeded".equals(word) || "Skipped".equals(word) || daemoned
            || tasks.containsKey(task) && tasks.get(task).continuesOn(phase);
      }
      List<NodeState> its = items.getOrDefault(task, List.of());
      return switch (result) {
        case "Daemoned" -> daemoned;
        case "Completed" -> "Succeeded".equals(word) || "Failed".equals(word);
        case "AnySucceeded" -> its.stream().anyMatch(x -> Phases.SUCCEEDED.equals(run.locked(() -> x.phase)));
        case "AllFailed" -> !its.isEmpty() && its.stream().allMatch(x -> Phases.FAILED.equals(run.locked(() -> x.phase)));
        case "AnyFailed" -> its.stream().anyMatch(x -> Phases.FAILED.equals(run.locked(() -> x.phase)));
        case "AllSucceeded" -> its.stream().allMatch(x -> Phases.SUCCEEDED.equals(run.locked(() -> x.phase)));
        default -> result.equals(word);
      };
    }

    /** The node whose failure reached a target's branch (not covered by the target's continueOn), or null. */
    private NodeState failedTarget() {
      for (String target : targets) {
        NodeState b = branch(target);
        String phase = b == null ? null : run.locked(() -> b.phase);
        if (Phases.failedOrError(phase) && !tasks.get(target).continuesOn(phase)) return b;
      }
      return null;
    }

    /** The node giving a task's branch phase: itself, or for an Omitted task its dependencies' (failed first). */
    private NodeState branch(String task) {
      NodeState n = done.get(task);
      if (n == null || !Phases.OMITTED.equals(run.locked(() -> n.phase))) return n;
      NodeState first = null;
      for (String d : names.get(task)) {
        NodeState b = tasks.containsKey(d) ? branch(d) : null;
        if (b == null) continue;
        if (Phases.failedOrError(run.locked(() -> b.phase))) return b;
        if (first == null) first = b;
      }
      return first;
    }

    private Map<String, NodeState> snapshot() {
      synchronized (done) {
        return new LinkedHashMap<>(done);
      }
    }

    private void setOutbound() {
      Set<String> dependedOn = new LinkedHashSet<>();
      Map<String, NodeState> all = snapshot();
      for (String name : all.keySet()) dependedOn.addAll(names.get(name));
      List<String> out = new ArrayList<>();
      for (Map.Entry<String, NodeState> e : all.entrySet()) {
        if (!dependedOn.contains(e.getKey())) out.addAll(Outbound.of(run, e.getValue().id));
      }
      run.locked(() -> ctx.node().outboundNodes.addAll(out));
    }
  }
}
