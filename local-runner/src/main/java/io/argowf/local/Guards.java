package io.argowf.local;

import io.argowf.model.workflow.Template;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;

/** What surrounds a node's body: memoization, synchronization and the template's deadline. */
final class Guards {
  static final String POD_DEADLINE = "Pod was active on the node longer than the specified deadline";
  static final String STEP_DEADLINE = "Step exceeded its deadline";

  private final Engine engine;

  Guards(Engine engine) {
    this.engine = engine;
  }

  Outcome run(Ctx ctx, Supplier<Outcome> body) {
    Template t = ctx.template();
    Memo.Key memoKey = t.memoize() == null ? null : Memo.Key.of(t.memoize());
    if (memoKey != null) {
      Outcome hit = engine.settings.memo().lookup(memoKey, t.memoize().maxAge(), ctx.node(), engine.run);
      if (hit != null) return hit;
    }
    Locks.Held held = engine.locks.acquire(t.synchronization(), ctx, engine.run);
    try {
      Outcome o = withDeadline(ctx, body);
      if (memoKey != null && o.succeeded()) engine.settings.memo().store(memoKey, ctx.node(), engine.run);
      return o;
    } finally {
      held.release();
    }
  }

  private Outcome withDeadline(Ctx ctx, Supplier<Outcome> body) {
    Duration d = deadline(ctx.template());
    if (d == null) return body.get();
    String message = NodeTypes.isLeaf(ctx.template()) ? POD_DEADLINE : STEP_DEADLINE;
    ScheduledFuture<?> timer = engine.later(d, () -> ctx.cancel().cancel(message));
    try {
      Outcome o = body.get();
      if (message.equals(ctx.cancel().reason()) && !o.succeeded()) return Outcome.of(Phases.FAILED, message);
      return o;
    } finally {
      timer.cancel(false);
    }
  }

  private Duration deadline(Template t) {
    Duration d = null;
    if (t.timeout() != null && !t.timeout().isBlank()) d = Durations.parse(t.timeout());
    if (t.activeDeadlineSeconds() != null) {
      var a = t.activeDeadlineSeconds();
      long s = a.isInt() ? a.longValue() : Long.parseLong(a.stringValue().trim());
      Duration ad = Duration.ofSeconds(s);
      if (d == null || ad.compareTo(d) < 0) d = ad;
    }
    return d;
  }
}
