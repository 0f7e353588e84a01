package io.argowf.local;

import io.argowf.model.workflow.Arguments;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.WorkflowSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs templates as nodes: binds inputs, substitutes the template, creates the node, applies retries, deadlines,
 * synchronization and memoization, and hands the body to the steps, DAG or leaf runner.
 */
final class Engine {
  final RunState run;
  final RunSettings settings;
  final Catalog catalog;
  final WorkflowSpec spec;
  final Artifacts artifacts;
  final Globals globals;
  final Locks locks;
  final Daemons daemons;
  private final ExecutorService pool;
  private final ScheduledExecutorService timers;
  private final InputBinder binder;
  private final Retries retries;
  private final Guards guards;
  private final StepsBody steps;
  private final DagBody dag;
  private final LeafBody leaves;
  private java.util.Optional<Path> shimBin;
  private Shims.Server shimServer;

  Engine(RunState run, RunSettings settings, Catalog catalog, WorkflowSpec spec, ExecutorService pool,
      ScheduledExecutorService timers) {
    this.run = run;
    this.settings = settings;
    this.catalog = catalog;
    this.spec = spec;
    this.pool = pool;
    this.timers = timers;
    this.artifacts = new Artifacts(settings.artifactFolder());
    this.globals = new Globals(run, spec);
    this.binder = new InputBinder(catalog);
    this.locks = new Locks(catalog);
    this.daemons = new Daemons(this);
    this.retries = new Retries(this);
    this.guards = new Guards(this);
    this.steps = new StepsBody(this);
    this.dag = new DagBody(this);
    this.leaves = new LeafBody(this);
  }

  /** The run's folder of command shims (written on first use), or null when no command has a stand-in. */
  synchronized Path shimBin() throws java.io.IOException {
    if (shimBin == null) {
      Path bin = run.folder.resolve("shims");
      shimBin = Shims.write(settings, bin) ? java.util.Optional.of(bin) : java.util.Optional.empty();
    }
    return shimBin.orElse(null);
  }

  /** The run's one watcher of the nodes' shim spools (started on first use). */
  synchronized Shims.Server shimServer() throws java.io.IOException {
    if (shimServer == null) shimServer = new Shims.Server(this);
    return shimServer;
  }

  <T> Future<T> async(Callable<T> work) {
    return pool.submit(work);
  }

  ScheduledFuture<?> later(Duration after, Runnable action) {
    return timers.schedule(action, Math.max(0, after.toMillis()), TimeUnit.MILLISECONDS);
  }

  /** Runs a call to its end and returns its node (an {@code Error} node when the call cannot even start). */
  NodeState execute(Call call) {
    Template t = call.found().template();
    Bound bound;
    try {
      bound = binder.bind(t, call.arguments(), globals.vars());
    } catch (RuntimeException e) {
      return errorNode(call, t, e.getMessage());
    }
    var strategy = t.retryStrategy() != null ? t.retryStrategy() : spec.retryStrategy();
    if (strategy != null && t.suspend() == null) return retries.run(call, t, bound, strategy);
    return once(call, t, bound, null);
  }

  /** One attempt of a template as one node. */
  NodeState once(Call call, Template t, Bound bound, Integer retry) {
    Vars vars = templateVars(call, t, bound, retry);
    Template sub;
    try {
      sub = Substitution.apply(t, Template.class, vars, false);
    } catch (RuntimeException e) {
      return errorNode(call, t, e.getMessage());
    }
    NodeState node = run.create(call.nodeName(), call.displayName(), NodeTypes.of(sub), t.name(),
        call.boundaryId(), Phases.PENDING);
    node.leaf = NodeTypes.isLeaf(sub);
    run.locked(() -> node.inputs = bound.toInputs());
    Cancel cancel = call.cancel().child();
    Ctx ctx = new Ctx(node, sub, call, vars, bound, cancel);
    try {
      Outcome o = guards.run(ctx, () -> body(ctx));
      if (!node.leaf) daemons.release(node.id);
      finish(ctx, o);
    } catch (RuntimeException e) {
      run.phase(node, Phases.ERROR, e.getMessage() == null ? e.toString() : e.getMessage());
    } finally {
      cancel.detach();
    }
    return node;
  }

  private Outcome body(Ctx ctx) {
    run.phase(ctx.node(), Phases.RUNNING, null);
    Template t = ctx.template();
    if (t.steps() != null) return steps.run(ctx);
    if (t.dag() != null) return dag.run(ctx);
    return leaves.run(ctx);
  }

  private void finish(Ctx ctx, Outcome o) {
    if (o.scope() != null && ctx.template().outputs() != null) {
      try {
        ScopeOutputs.collect(this, ctx, o.scope());
      } catch (RuntimeException e) {
        run.phase(ctx.node(), Phases.ERROR, e.getMessage());
        return;
      }
    }
    run.phase(ctx.node(), o.phase(), o.message());
  }

  private Vars templateVars(Call call, Template t, Bound bound, Integer retry) {
    Map<String, String> m = new LinkedHashMap<>();
    bound.parameters().forEach((k, v) -> m.put("inputs.parameters." + k, v));
    m.put("inputs.parameters", bound.parametersJson());
    if (t.inputs() != null && t.inputs().artifacts() != null) {
      t.inputs().artifacts().forEach(a -> {
        if (a.path() != null) m.put("inputs.artifacts." + a.name() + ".path", a.path());
      });
    }
    if (t.outputs() != null && t.outputs().artifacts() != null) {
      t.outputs().artifacts().forEach(a -> {
        if (a.path() != null) m.put("outputs.artifacts." + a.name() + ".path", a.path());
      });
    }
    if (t.outputs() != null && t.outputs().parameters() != null) {
      t.outputs().parameters().forEach(p -> {
        if (p.valueFrom() != null && p.valueFrom().path() != null) {
          m.put("outputs.parameters." + p.name() + ".path", p.valueFrom().path());
        }
      });
    }
    m.put("node.name", call.nodeName());
    m.put("pod.name", run.identity.podName(call.nodeName(), t.name()));
    if (retry != null) m.put("retries", Integer.toString(retry));
    Vars v = globals.vars().with(m);
    return call.extra() == null ? v : v.with(call.extra().flatten());
  }

  /** A node that could not start: Argo records it as {@code Error} with the reason. */
  NodeState errorNode(Call call, Template t, String message) {
    NodeState n = run.create(call.nodeName(), call.displayName(), t == null ? "Pod" : NodeTypes.of(t),
        t == null ? null : t.name(), call.boundaryId(), Phases.PENDING);
    run.phase(n, Phases.ERROR, message);
    return n;
  }

  /** A call to a template found from a step or task. */
  Call call(String nodeName, String displayName, String boundaryId, Catalog.Found found, Arguments args,
      Cancel cancel) {
    return new Call(nodeName, displayName, boundaryId, found, args, null, cancel);
  }
}
