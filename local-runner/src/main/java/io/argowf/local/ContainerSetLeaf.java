package io.argowf.local;

import io.argowf.model.workflow.ContainerNode;
import io.argowf.model.workflow.ContainerSetRetryStrategy;
import io.argowf.model.workflow.Template;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A {@code containerSet} node as Argo shapes it: the {@code Pod} node has one {@code Container} child node per
 * container ({@code <pod node>.<container>}, children of the containers they depend on, or of the pod node when they
 * depend on none). Each container starts once its {@code dependencies} exited 0 (independent ones in parallel); one
 * whose dependency failed does not run and fails. The set's {@code retryStrategy} ({@code retries}, {@code duration}
 * between attempts) reruns a container that exits non-zero. The node's outputs and {@code result} are the
 * {@code main} container's (it alone gets the input artifacts); the node fails with the exit code of the first failed
 * container in declaration order.
 */
final class ContainerSetLeaf {
  private final Engine engine;

  ContainerSetLeaf(Engine engine) {
    this.engine = engine;
  }

  Outcome run(Ctx ctx) {
    Template t = ctx.template();
    List<ContainerNode> containers = t.containerSet().containers();
    Map<String, NodeState> nodes = nodes(ctx, containers);
    Map<String, Prepared> prepared = new LinkedHashMap<>();
    NodeFolder folder;
    try {
      folder = new NodeFolder(engine.run.folder, ctx.node().id);
      for (ContainerNode c : containers) {
        boolean isMain = "main".equals(c.name());
        NodeFolder f = isMain ? folder : folder.container(c.name());
        prepared.put(c.name(), Prepared.of(engine, ctx, PodContainers.of(t, c), f, isMain));
      }
    } catch (IOException | RuntimeException e) {
      return Outcome.of(Phases.ERROR, e.getMessage() == null ? e.toString() : e.getMessage());
    }
    Runnable serving;
    try {
      serving = Shims.serveAny(engine, List.copyOf(prepared.values()));
    } catch (IOException e) {
      return Outcome.of(Phases.ERROR, e.getMessage());
    }
    try {
      return runAll(ctx, containers, nodes, prepared, folder);
    } finally {
      if (serving != null) serving.run();
    }
  }

  private Map<String, NodeState> nodes(Ctx ctx, List<ContainerNode> containers) {
    Map<String, NodeState> nodes = new LinkedHashMap<>();
    NodeState pod = ctx.node();
    for (ContainerNode c : containers) {
      nodes.put(c.name(), engine.run.create(pod.name + "." + c.name(), c.name(), "Container", pod.templateName,
          pod.id, Phases.PENDING));
    }
    for (ContainerNode c : containers) {
      List<String> deps = c.dependencies() == null ? List.of() : c.dependencies();
      if (deps.isEmpty()) engine.run.addChild(pod.id, nodes.get(c.name()).id);
      for (String d : deps) engine.run.addChild(nodes.get(d).id, nodes.get(c.name()).id);
    }
    return nodes;
  }

  private Outcome runAll(Ctx ctx, List<ContainerNode> containers, Map<String, NodeState> nodes,
      Map<String, Prepared> prepared, NodeFolder folder) {
    Map<String, CompletableFuture<LeafResult>> results = new LinkedHashMap<>();
    containers.forEach(c -> results.put(c.name(), new CompletableFuture<>()));
    StringBuilder stdout = new StringBuilder();
    for (ContainerNode c : containers) {
      StringBuilder kept = "main".equals(c.name()) ? stdout : null;
      engine.async(() -> results.get(c.name()).complete(guarded(ctx, c, nodes.get(c.name()),
          prepared.get(c.name()), results, kept)));
    }
    LeafResult mainResult = LeafResult.ok();
    int failed = 0;
    for (ContainerNode c : containers) {
      LeafResult r = results.get(c.name()).join();
      if (failed == 0 && r.exitCode() != 0) failed = r.exitCode();
      if ("main".equals(c.name())) mainResult = r;
    }
    if (ctx.cancel().cancelled()) return Outcome.of(Phases.FAILED, ctx.cancel().reason());
    LeafResult r = failed != 0 ? LeafResult.exit(failed) : mainResult;
    Prepared main = prepared.get("main");
    return LeafOutputs.collect(engine, ctx, folder, main == null ? "/" : main.workingDir(), stdout.toString(), r);
  }

  /** {@link #one}, ending the container's node {@code Error} (never leaving its dependents waiting) if it throws. */
  private LeafResult guarded(Ctx ctx, ContainerNode c, NodeState node, Prepared p,
      Map<String, CompletableFuture<LeafResult>> results, StringBuilder kept) {
    try {
      return one(ctx, c, node, p, results, kept);
    } catch (RuntimeException e) {
      engine.run.phase(node, Phases.ERROR, e.getMessage() == null ? e.toString() : e.getMessage());
      return LeafResult.exit(1);
    }
  }

  /** One container: waits for its dependencies, runs (with the set's retries), and ends its node. */
  private LeafResult one(Ctx ctx, ContainerNode c, NodeState node, Prepared p,
      Map<String, CompletableFuture<LeafResult>> results, StringBuilder kept) {
    for (String d : c.dependencies() == null ? List.<String>of() : c.dependencies()) {
      int code = results.get(d).join().exitCode();
      if (code != 0) {
        engine.run.phase(node, Phases.FAILED, "dependency '" + d + "' exited with non-zero code: " + code);
        return LeafResult.exit(1);
      }
    }
    engine.run.phase(node, Phases.RUNNING, null);
    ContainerSetRetryStrategy retry = ctx.template().containerSet().retryStrategy();
    long retries = retries(retry);
    LeafResult r = LeafResult.exit(1);
    for (long attempt = 0; attempt <= retries && !ctx.cancel().cancelled(); attempt++) {
      if (attempt > 0 && !pause(retry, ctx.cancel())) break;
      r = attempt(ctx, node, p, kept);
      if (r.exitCode() == 0) break;
    }
    if (ctx.cancel().cancelled()) engine.run.phase(node, Phases.FAILED, ctx.cancel().reason());
    else if (r.exitCode() == 0) engine.run.phase(node, Phases.SUCCEEDED, null);
    else engine.run.phase(node, Phases.FAILED, "Error (exit code " + r.exitCode() + ")");
    return r;
  }

  private LeafResult attempt(Ctx ctx, NodeState node, Prepared p, StringBuilder kept) {
    if (kept != null) kept.setLength(0);
    try {
      return ContainerProcess.run(engine, p, node, new LineSink(engine.run, node, kept), ctx.cancel());
    } catch (InterruptedException e) {
      Thread.interrupted();
      return LeafResult.exit(137);
    } catch (Exception e) {
      engine.run.log(node, e.getMessage() == null ? e.toString() : e.getMessage());
      return LeafResult.exit(1);
    }
  }

  private static long retries(ContainerSetRetryStrategy r) {
    if (r == null || r.retries() == null) return 0;
    return r.retries().isInt() ? r.retries().longValue() : Long.parseLong(r.retries().stringValue().trim());
  }

  private static boolean pause(ContainerSetRetryStrategy r, Cancel cancel) {
    Duration d = r.duration() == null ? Duration.ZERO : Durations.parse(r.duration());
    if (d.isZero()) return true;
    CompletableFuture<Void> woken = new CompletableFuture<>();
    Runnable forget = cancel.onCancel(() -> woken.complete(null));
    try {
      woken.get(d.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
      return false;
    } catch (java.util.concurrent.TimeoutException e) {
      return true;
    } catch (InterruptedException | ExecutionException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      forget.run();
    }
  }
}
