package io.argowf.local;

import io.argowf.model.workflow.HTTP;
import io.argowf.model.workflow.HTTPHeader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@code http} template: the stand-in registered for its name, or the request itself. Success is
 * {@code successCondition} (over {@code response.statusCode}, {@code response.body}, {@code response.headers}) or a
 * 2xx status; {@code outputs.result} is the body.
 */
final class HttpLeaf {
  private final Engine engine;

  HttpLeaf(Engine engine) {
    this.engine = engine;
  }

  Outcome run(Ctx ctx) {
    engine.run.phase(ctx.node(), Phases.RUNNING, null);
    HTTP h = ctx.template().http();
    StandIn s = ctx.template().name() == null ? null : engine.settings.byTemplate().get(ctx.template().name());
    try {
      if (s != null) return standIn(ctx, s);
      HttpResponse<String> r = send(h);
      engine.run.locked(() -> {
        ctx.node().result = r.body();
        ctx.node().hasOutputs = true;
        return null;
      });
      boolean ok = h.successCondition() == null || h.successCondition().isBlank() ? r.statusCode() / 100 == 2
          : condition(h.successCondition(), r);
      return ok ? Outcome.ok() : Outcome.of(Phases.FAILED, "received status code " + r.statusCode()
          + " which does not satisfy the success condition");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.of(Phases.FAILED, "interrupted");
    } catch (Exception e) {
      return Outcome.of(Phases.ERROR, e.getMessage());
    }
  }

  private Outcome standIn(Ctx ctx, StandIn s) throws Exception {
    StringBuilder out = new StringBuilder();
    LineSink sink = new LineSink(engine.run, ctx.node(), out);
    LeafResult r;
    try (var print = sink.printStream()) {
      r = s.run(new Leaf(ctx.node().name, ctx.template(), List.of(), ctx.inputs().parameters(), Map.of(), Map.of(),
          null, null, print));
    }
    engine.run.locked(() -> {
      ctx.node().result = LeafOutputs.trimTrailingNewlines(out.toString());
      ctx.node().hasOutputs = true;
      return null;
    });
    return r.exitCode() == 0 ? Outcome.ok() : Outcome.of(Phases.FAILED, "Error (exit code " + r.exitCode() + ")");
  }

  private static HttpResponse<String> send(HTTP h) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(h.url()));
    if (h.timeoutSeconds() != null) b.timeout(Duration.ofSeconds(h.timeoutSeconds()));
    if (h.headers() != null) {
      for (HTTPHeader x : h.headers()) if (x.value() != null) b.header(x.name(), x.value());
    }
    String method = h.method() == null ? "GET" : h.method();
    b.method(method, h.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(h.body()));
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static boolean condition(String expr, HttpResponse<String> r) {
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("statusCode", (long) r.statusCode());
    response.put("body", r.body());
    Map<String, Object> headers = new LinkedHashMap<>();
    r.headers().map().forEach((k, v) -> headers.put(k, v));
    response.put("headers", headers);
    Object v = Expressions.evaluate(expr, Map.of("response", response));
    return Boolean.TRUE.equals(v);
  }
}
