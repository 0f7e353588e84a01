package io.argowf.local;

import io.argowf.model.workflow.Template;
import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * A leaf node: suspend, resource and HTTP templates go to their own runners; a container or script runs as the
 * first of: a registered {@link LeafExecutor} that handles it, a stand-in for its template name, its image or its
 * command, a local process. Its inputs are placed in its folder first and its outputs collected after.
 */
final class LeafBody {
  private final Engine engine;
  private final Semaphore slots;
  private final SuspendLeaf suspend;
  private final ResourceLeaf resource;
  private final HttpLeaf http;

  LeafBody(Engine engine) {
    this.engine = engine;
    int cap = cap(engine.settings.parallelism(), engine.spec.parallelism());
    this.slots = cap > 0 ? new Semaphore(cap, true) : null;
    this.suspend = new SuspendLeaf(engine);
    this.resource = new ResourceLeaf(engine);
    this.http = new HttpLeaf(engine);
  }

  private static int cap(int runner, Integer workflow) {
    int w = workflow == null ? 0 : workflow;
    if (runner <= 0) return w;
    return w <= 0 ? runner : Math.min(runner, w);
  }

  Outcome run(Ctx ctx) {
    Template t = ctx.template();
    if (t.suspend() != null) return suspend.run(ctx);
    if (t.http() != null) return http.run(ctx);
    if (!acquire(ctx)) return Outcome.of(Phases.FAILED, ctx.cancel().reason());
    try {
      engine.run.phase(ctx.node(), Phases.RUNNING, null);
      if (t.resource() != null) return resource.run(ctx);
      return container(ctx);
    } finally {
      if (slots != null) slots.release();
    }
  }

  private boolean acquire(Ctx ctx) {
    if (slots == null || slots.tryAcquire()) return true;
    engine.run.phase(ctx.node(), Phases.PENDING, null);
    Thread me = Thread.currentThread();
    Runnable forget = ctx.cancel().onCancel(me::interrupt);
    try {
      slots.acquire();
      return true;
    } catch (InterruptedException e) {
      Thread.interrupted();
      return false;
    } finally {
      forget.run();
    }
  }

  private Outcome container(Ctx ctx) {
    Prepared p;
    try {
      p = Prepared.of(engine, ctx);
    } catch (IOException | RuntimeException e) {
      return Outcome.of(Phases.ERROR, e.getMessage() == null ? e.toString() : e.getMessage());
    }
    if (Boolean.TRUE.equals(ctx.template().daemon())) return engine.daemons.start(ctx, p);
    StringBuilder stdout = new StringBuilder();
    LeafResult r;
    try {
      r = execute(ctx, p, stdout);
    } catch (InterruptedException e) {
      Thread.interrupted();
      return Outcome.of(Phases.FAILED, reason(ctx, "interrupted"));
    } catch (Exception e) {
      if (ctx.cancel().cancelled()) return Outcome.of(Phases.FAILED, ctx.cancel().reason());
      return Outcome.of(Phases.ERROR, e.getMessage() == null ? e.toString() : e.getMessage());
    }
    return LeafOutputs.collect(engine, ctx, p.folder(), p.workingDir(), stdout.toString(), r);
  }

  private static String reason(Ctx ctx, String fallback) {
    String r = ctx.cancel().reason();
    return r == null ? fallback : r;
  }

  private LeafResult execute(Ctx ctx, Prepared p, StringBuilder stdout) throws Exception {
    LineSink out = new LineSink(engine.run, ctx.node(), stdout);
    StandIn chosen = Choice.of(engine.settings, p.leafFor(null)).standIn();
    if (chosen != null) return runStandIn(ctx, p, chosen, out);
    LineSink err = new LineSink(engine.run, ctx.node(), null);
    var serving = p.shims() == null ? null : p.shims().serve();
    int code;
    try {
      code = ProcessRunner.run(p.argv(), p.env(), p.cwd(), out, err, ctx.cancel(), ctx.node(), engine.run);
    } finally {
      if (serving != null) serving.cancel(true);
    }
    if (ctx.cancel().cancelled()) throw new InterruptedException("cancelled");
    return LeafResult.exit(code);
  }

  private LeafResult runStandIn(Ctx ctx, Prepared p, StandIn standIn, LineSink out) throws Exception {
    Thread me = Thread.currentThread();
    Runnable forget = ctx.cancel().onCancel(me::interrupt);
    try (var print = out.printStream()) {
      LeafResult r = standIn.run(p.leafFor(print));
      if (r == null) throw new IllegalStateException("the stand-in for " + ctx.template().name() + " returned null");
      return r;
    } finally {
      forget.run();
      out.close();
    }
  }
}
