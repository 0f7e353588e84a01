package io.argowf.local;

import io.argowf.model.workflow.RetryStrategy;
import io.argowf.model.workflow.Template;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Argo's {@code retryStrategy}: a {@code Retry} node whose children are the attempts ({@code name(0)},
 * {@code name(1)}, ...), retried by {@code retryPolicy} (default OnFailure) and {@code expression}, up to
 * {@code limit} retries, waiting {@code backoff.duration * factor^n} between attempts and giving up past
 * {@code backoff.maxDuration}.
 */
final class Retries {
  private final Engine engine;

  Retries(Engine engine) {
    this.engine = engine;
  }

  NodeState run(Call call, Template t, Bound bound, RetryStrategy strategy) {
    RunState run = engine.run;
    NodeState retry = run.create(call.nodeName(), call.displayName(), "Retry", t.name(), call.boundaryId(),
        Phases.RUNNING);
    run.locked(() -> retry.inputs = bound.toInputs());
    Long limit = limit(strategy, engine.globals.vars());
    Instant first = Instant.now();
    for (int attempt = 0; ; attempt++) {
      String name = call.nodeName() + "(" + attempt + ")";
      run.addChild(retry.id, run.identity.nodeId(name));
      NodeState child = engine.once(call.named(name, call.displayName() + "(" + attempt + ")"), t, bound, attempt);
      String phase = run.locked(() -> child.phase);
      if (!Phases.failedOrError(phase) || call.cancel().cancelled()) return end(retry, child, null);
      if (limit != null && attempt >= limit) return end(retry, child, "No more retries left");
      if (!policyAllows(strategy, phase) || !expressionAllows(strategy, child, bound)) return end(retry, child, null);
      Duration wait = backoff(strategy, attempt);
      if (exceeded(strategy, first, wait)) return end(retry, child, "Max duration limit exceeded");
      if (!wait.isZero()) {
        run.phase(retry, Phases.RUNNING, "Backoff for " + human(wait));
        if (!sleep(wait, call.cancel())) return end(retry, child, null);
      }
    }
  }

  private NodeState end(NodeState retry, NodeState last, String message) {
    engine.run.locked(() -> {
      retry.outputParameters.putAll(last.outputParameters);
      retry.outputArtifacts.addAll(last.outputArtifacts);
      retry.result = last.result;
      retry.exitCode = last.exitCode;
      retry.hasOutputs = last.hasOutputs;
      retry.podIp = last.podIp;
      retry.daemoned = last.daemoned;
      retry.message = null;
      return null;
    });
    String phase = engine.run.locked(() -> last.phase);
    String msg = message != null ? message : engine.run.locked(() -> last.message);
    engine.run.phase(retry, phase, msg);
    return retry;
  }

  private static Long limit(RetryStrategy s, Vars globals) {
    if (s.limit() == null) return null;
    String v = s.limit().isInt() ? Long.toString(s.limit().longValue())
        : Substitution.apply(s.limit().stringValue(), globals, false);
    return Long.parseLong(v.trim());
  }

  private static boolean policyAllows(RetryStrategy s, String phase) {
    String policy = s.retryPolicy() == null ? "OnFailure" : s.retryPolicy();
    return switch (policy) {
      case "Always" -> true;
      case "OnError", "OnTransientError" -> Phases.ERROR.equals(phase);
      default -> Phases.FAILED.equals(phase);
    };
  }

  private boolean expressionAllows(RetryStrategy s, NodeState last, Bound bound) {
    if (s.expression() == null || s.expression().isBlank()) return true;
    Map<String, String> m = new LinkedHashMap<>();
    engine.run.locked(() -> {
      m.put("lastRetry.exitCode", last.exitCode == null ? "-1" : last.exitCode);
      m.put("lastRetry.status", last.phase);
      m.put("lastRetry.message", last.message == null ? "" : last.message);
      long secs = last.finishedAt == null ? 0 : Duration.between(last.startedAt, last.finishedAt).toSeconds();
      m.put("lastRetry.duration", Long.toString(secs));
      return null;
    });
    Map<String, String> inputs = new LinkedHashMap<>();
    bound.parameters().forEach((k, v) -> inputs.put("inputs.parameters." + k, v));
    Vars vars = engine.globals.vars().with(inputs).with(m);
    Object v = Expressions.evaluate(Substitution.apply(s.expression(), vars, false), Substitution.env(vars));
    return Boolean.TRUE.equals(v) || "true".equals(v);
  }

  private static Duration backoff(RetryStrategy s, int attempt) {
    if (s.backoff() == null || s.backoff().duration() == null) return Duration.ZERO;
    Duration base = Durations.parse(s.backoff().duration());
    long factor = s.backoff().factor() == null ? 1 : s.backoff().factor().isInt() ? s.backoff().factor().longValue()
        : Long.parseLong(s.backoff().factor().stringValue());
    double mult = Math.pow(Math.max(1, factor), attempt);
    Duration d = Duration.ofMillis((long) (base.toMillis() * mult));
    if (s.backoff().cap() != null) {
      Duration cap = Durations.parse(s.backoff().cap());
      if (d.compareTo(cap) > 0) d = cap;
    }
    return d;
  }

  private static boolean exceeded(RetryStrategy s, Instant first, Duration wait) {
    if (s.backoff() == null || s.backoff().maxDuration() == null) return false;
    Duration max = Durations.parse(s.backoff().maxDuration());
    return Duration.between(first, Instant.now()).plus(wait).compareTo(max) > 0;
  }

  private static String human(Duration d) {
    long s = d.toSeconds();
    if (s > 0 && d.toMillis() % 1000 == 0) return s + (s == 1 ? " second" : " seconds");
    return d.toMillis() + "ms";
  }

  private static boolean sleep(Duration d, Cancel cancel) {
    Thread me = Thread.currentThread();
    Runnable forget = cancel.onCancel(me::interrupt);
    try {
      Thread.sleep(d.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.interrupted();
      return false;
    } finally {
      forget.run();
    }
  }
}
