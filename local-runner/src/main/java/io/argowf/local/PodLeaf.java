package io.argowf.local;

import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.UserContainer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A container or script node as a pod runs it: its init containers one after the other (one exiting non-zero ends
 * the node {@code Failed} with its exit code, and nothing else runs), then its sidecars, started before the main
 * container and killed when it ends, then the main container. Its outputs are the main container's. A sidecar that
 * exits non-zero by itself (not killed) fails the node, as Argo does for exit codes other than 137 and 143.
 */
final class PodLeaf {
  /** How long a killed sidecar may take to end (a stand-in that ignores interrupts is left behind after it). */
  private static final long STOP_WAIT_SECONDS = 10;
  private final Engine engine;

  PodLeaf(Engine engine) {
    this.engine = engine;
  }

  /** A sidecar running beside the main container. */
  private record Side(String name, Cancel cancel, Future<LeafResult> result) {}

  /** A container's result, or (when it did not run to its end) the node's outcome instead. */
  private record Ran(LeafResult result, Outcome failure) {}

  Outcome run(Ctx ctx) {
    Template t = ctx.template();
    Prepared main;
    List<Prepared> inits = new ArrayList<>();
    List<Prepared> sidecars = new ArrayList<>();
    try {
      main = Prepared.of(engine, ctx);
      for (UserContainer c : list(t.initContainers())) inits.add(other(ctx, main, c));
      for (UserContainer c : list(t.sidecars())) sidecars.add(other(ctx, main, c));
    } catch (IOException | RuntimeException e) {
      return Outcome.of(Phases.ERROR, message(e));
    }
    List<Prepared> all = new ArrayList<>(inits);
    all.add(main);
    all.addAll(sidecars);
    Runnable serving;
    try {
      serving = Shims.serveAny(engine, all);
    } catch (IOException e) {
      return Outcome.of(Phases.ERROR, message(e));
    }
    try {
      Outcome failedInit = runInits(ctx, inits);
      if (failedInit != null) return failedInit;
      if (Boolean.TRUE.equals(t.daemon())) return engine.daemons.start(ctx, main);
      return runMain(ctx, main, sidecars);
    } finally {
      if (serving != null) serving.run();
    }
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }

  private Prepared other(Ctx ctx, Prepared main, UserContainer c) throws IOException {
    return Prepared.of(engine, ctx, PodContainers.of(ctx.template(), c), main.folder().container(c.name()), false);
  }

  private Outcome runInits(Ctx ctx, List<Prepared> inits) {
    for (Prepared init : inits) {
      Ran r = run(ctx, init, null);
      if (r.failure() != null) return r.failure();
      if (r.result().exitCode() != 0) return Outcome.of(Phases.FAILED, "Error (exit code " + r.result().exitCode() + ")");
    }
    return null;
  }

  private Outcome runMain(Ctx ctx, Prepared main, List<Prepared> sidecars) {
    List<Side> sides = new ArrayList<>();
    for (Prepared s : sidecars) sides.add(start(ctx, s));
    StringBuilder stdout = new StringBuilder();
    Ran ran;
    try {
      ran = run(ctx, main, stdout);
    } finally {
      stopAll(sides);
    }
    if (ran.failure() != null) return ran.failure();
    LeafResult r = ran.result();
    Outcome o = LeafOutputs.collect(engine, ctx, main.folder(), main.workingDir(), stdout.toString(), r);
    String sideFailure = sideFailure(sides);
    return o.succeeded() && sideFailure != null ? Outcome.of(Phases.FAILED, sideFailure) : o;
  }

  /** One container run to its end, or the node's outcome when it could not be (interrupted, cancelled, not started). */
  private Ran run(Ctx ctx, Prepared p, StringBuilder stdout) {
    try {
      return new Ran(ContainerProcess.run(engine, p, ctx.node(), new LineSink(engine.run, ctx.node(), stdout), ctx.cancel()),
          null);
    } catch (InterruptedException e) {
      Thread.interrupted();
      return new Ran(null, Outcome.of(Phases.FAILED, reason(ctx, "interrupted")));
    } catch (Exception e) {
      if (ctx.cancel().cancelled()) return new Ran(null, Outcome.of(Phases.FAILED, ctx.cancel().reason()));
      return new Ran(null, Outcome.of(Phases.ERROR, message(e)));
    }
  }

  private Side start(Ctx ctx, Prepared s) {
    Cancel own = ctx.cancel().child();
    Future<LeafResult> f = engine.async(() -> ContainerProcess.run(engine, s, ctx.node(),
        new LineSink(engine.run, ctx.node(), null), own));
    return new Side(s.template().container().name(), own, f);
  }

  /** Kills the sidecars still running; remembers which ended by themselves. */
  private void stopAll(List<Side> sides) {
    for (Side s : sides) {
      boolean ended = s.result().isDone();
      if (!ended) s.cancel().cancel("sidecar " + s.name() + " stopped: the main container ended");
      try {
        s.result().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (Exception e) {
        // killed, its stand-in threw, or it ignores interrupts: only an exit of its own counts (see sideFailure)
      }
      s.cancel().detach();
    }
  }

  private static String sideFailure(List<Side> sides) {
    for (Side s : sides) {
      if (s.cancel().cancelled()) continue;
      try {
        int code = s.result().get().exitCode();
        if (code != 0 && code != 137 && code != 143) return "Error (exit code " + code + ")";
      } catch (Exception e) {
        return message(e.getCause() == null ? e : e.getCause());
      }
    }
    return null;
  }

  private static String reason(Ctx ctx, String fallback) {
    String r = ctx.cancel().reason();
    return r == null ? fallback : r;
  }

  private static String message(Throwable e) {
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}
