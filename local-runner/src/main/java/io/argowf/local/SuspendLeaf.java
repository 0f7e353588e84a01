package io.argowf.local;

import io.argowf.model.workflow.Parameter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@code suspend} template: Running until its {@code duration} passes or {@link LocalRun#resume} is called (with
 * values for {@code valueFrom.supplied} output parameters; otherwise their {@code default}).
 */
final class SuspendLeaf {
  private final Engine engine;

  SuspendLeaf(Engine engine) {
    this.engine = engine;
  }

  Outcome run(Ctx ctx) {
    RunState run = engine.run;
    run.phase(ctx.node(), Phases.RUNNING, null);
    CompletableFuture<Map<String, String>> gate = run.suspend(ctx.node());
    Runnable forget = ctx.cancel().onCancel(() -> gate.complete(null));
    Map<String, String> supplied;
    try {
      String d = ctx.template().suspend().duration();
      supplied = d == null || d.isBlank() ? gate.get() : gate.get(Durations.parse(d).toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      supplied = Map.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.of(Phases.FAILED, "interrupted");
    } catch (Exception e) {
      return Outcome.of(Phases.ERROR, e.getMessage());
    } finally {
      forget.run();
      run.unsuspend(ctx.node());
    }
    if (supplied == null) return Outcome.of(Phases.FAILED, ctx.cancel().reason());
    return outputs(ctx, supplied);
  }

  private Outcome outputs(Ctx ctx, Map<String, String> supplied) {
    var outputs = ctx.template().outputs();
    if (outputs == null || outputs.parameters() == null) return Outcome.ok();
    for (Parameter p : outputs.parameters()) {
      String v = supplied.get(p.name());
      if (v == null && p.valueFrom() != null) v = p.valueFrom().defaultValue();
      if (v == null) v = p.value();
      if (v == null) return Outcome.of(Phases.ERROR, "outputs.parameters." + p.name() + " was not supplied");
      LeafOutputs.put(engine, ctx.node(), p, v);
    }
    return Outcome.ok();
  }
}
