package io.argowf.local;

import java.util.List;
import java.util.Map;

/**
 * A {@code plugin} template runs the stand-in registered for its template's name (the preflight refuses plugins
 * without one: executor plugins are servers of a cluster). The stand-in sees the substituted template (its
 * {@code plugin} field included) and inputs; what it prints is the node's {@code result}.
 */
final class PluginLeaf {
  private final Engine engine;

  PluginLeaf(Engine engine) {
    this.engine = engine;
  }

  Outcome run(Ctx ctx) {
    StandIn s = engine.settings.byTemplate().get(ctx.template().name());
    StringBuilder stdout = new StringBuilder();
    LineSink out = new LineSink(engine.run, ctx.node(), stdout);
    try {
      NodeFolder f = new NodeFolder(engine.run.folder, ctx.node().id);
      LeafResult r;
      try (var print = out.printStream()) {
        r = s.run(new Leaf(ctx.node().name, ctx.template(), List.of(), ctx.inputs().parameters(), Map.of(), Map.of(),
            f.root, p -> f.map(p, "/").toString(), print));
      } finally {
        out.close();
      }
      if (r == null) return Outcome.of(Phases.ERROR, "the stand-in for " + ctx.template().name() + " returned null");
      return LeafOutputs.collect(engine, ctx, f, "/", stdout.toString(), r);
    } catch (Exception e) {
      return Outcome.of(Phases.ERROR, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }
}
