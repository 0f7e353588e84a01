package io.argowf.local;

import io.argowf.model.k8s.Probe;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * Daemon templates: the process (or stand-in) keeps running after its node is ready (readiness probe honoured:
 * {@code httpGet}, {@code tcpSocket} or {@code exec}); the node is Running and daemoned, its {@code ip} 127.0.0.1,
 * and its step counts as done. When the steps or DAG node that started it ends, it is killed and its node
 * Succeeded.
 */
final class Daemons {
  private final Engine engine;
  private final Map<String, List<Runnable>> byBoundary = new LinkedHashMap<>();

  Daemons(Engine engine) {
    this.engine = engine;
  }

  Outcome start(Ctx ctx, Prepared p) {
    StringBuilder stdout = new StringBuilder();
    LineSink out = new LineSink(engine.run, ctx.node(), stdout);
    Cancel own = ctx.cancel();
    Future<Integer> running = engine.async(() -> {
      if (p.standIn() != null) {
        try (var print = out.printStream()) {
          return p.standIn().run(p.leafFor(print)).exitCode();
        }
      }
      return ProcessRunner.run(p.argv(), p.env(), p.cwd(), out, new LineSink(engine.run, ctx.node(), null), own,
          ctx.node(), engine.run);
    });
    if (!ready(ctx, running)) {
      own.cancel("daemon stopped before it was ready");
      return Outcome.of(Phases.FAILED, "daemon exited before it was ready");
    }
    engine.run.locked(() -> {
      ctx.node().daemoned = true;
      ctx.node().podIp = "127.0.0.1";
      return null;
    });
    synchronized (byBoundary) {
      byBoundary.computeIfAbsent(ctx.call().boundaryId(), k -> new ArrayList<>()).add(() -> {
        own.cancel("daemon stopped");
        running.cancel(true);
        engine.run.phase(ctx.node(), Phases.SUCCEEDED, null);
      });
    }
    return Outcome.of(Phases.RUNNING, null);
  }

  /** Stops the daemons started within a steps or DAG node (null: every daemon). */
  void release(String boundaryId) {
    List<Runnable> stops = new ArrayList<>();
    synchronized (byBoundary) {
      if (boundaryId == null) {
        byBoundary.values().forEach(stops::addAll);
        byBoundary.clear();
      } else {
        List<Runnable> l = byBoundary.remove(boundaryId);
        if (l != null) stops.addAll(l);
      }
    }
    stops.forEach(Runnable::run);
  }

  private boolean ready(Ctx ctx, Future<Integer> running) {
    var c = ctx.template().container() != null ? ctx.template().container() : null;
    Probe probe = c != null ? c.readinessProbe() : ctx.template().script() != null
        ? ctx.template().script().readinessProbe() : null;
    if (probe == null) return !running.isDone();
    long deadline = System.currentTimeMillis() + 120_000;
    sleep(probe.initialDelaySeconds() == null ? 0 : probe.initialDelaySeconds() * 1000L);
    while (System.currentTimeMillis() < deadline && !running.isDone() && !ctx.cancel().cancelled()) {
      if (probe(probe)) return true;
      sleep(100);
    }
    return false;
  }

  private static boolean probe(Probe p) {
    try {
      if (p.httpGet() != null) {
        var g = p.httpGet();
        String url = "http://127.0.0.1:" + port(g.port()) + (g.path() == null ? "/" : g.path());
        HttpURLConnection h = (HttpURLConnection) URI.create(url).toURL().openConnection();
        h.setConnectTimeout(500);
        h.setReadTimeout(1000);
        int code = h.getResponseCode();
        h.disconnect();
        return code >= 200 && code < 400;
      }
      if (p.tcpSocket() != null) {
        try (Socket s = new Socket("127.0.0.1", port(p.tcpSocket().port()))) {
          return true;
        }
      }
      if (p.exec() != null && p.exec().command() != null) {
        Process pr = new ProcessBuilder(p.exec().command()).start();
        return pr.waitFor() == 0;
      }
      return true;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static int port(io.argowf.model.k8s.IntOrString port) {
    return port.isInt() ? (int) port.longValue() : Integer.parseInt(port.stringValue());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
