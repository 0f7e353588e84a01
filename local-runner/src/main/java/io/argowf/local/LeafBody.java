package io.argowf.local;

import io.argowf.model.workflow.Template;
import java.util.concurrent.Semaphore;

/**
 * A leaf node: suspend, resource and HTTP templates go to their own runners; a container or script (with its init
 * containers and sidecars) to {@link PodLeaf}, a container set to {@link ContainerSetLeaf}. The runner's
 * parallelism cap counts leaves.
 */
final class LeafBody {
  private final Engine engine;
  private final Semaphore slots;
  private final SuspendLeaf suspend;
  private final ResourceLeaf resource;
  private final HttpLeaf http;
  private final PodLeaf pods;
  private final DataLeaf data;
  private final PluginLeaf plugin;
  private final ContainerSetLeaf containerSet;

  LeafBody(Engine engine) {
    this.engine = engine;
    int cap = cap(engine.settings.parallelism(), engine.spec.parallelism());
    this.slots = cap > 0 ? new Semaphore(cap, true) : null;
    this.suspend = new SuspendLeaf(engine);
    this.resource = new ResourceLeaf(engine);
    this.http = new HttpLeaf(engine);
    this.pods = new PodLeaf(engine);
    this.data = new DataLeaf(engine);
    this.plugin = new PluginLeaf(engine);
    this.containerSet = new ContainerSetLeaf(engine);
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
      if (t.data() != null) return data.run(ctx);
      if (t.plugin() != null) return plugin.run(ctx);
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
    if (ctx.template().containerSet() != null) return containerSet.run(ctx);
    return pods.run(ctx);
  }
}
