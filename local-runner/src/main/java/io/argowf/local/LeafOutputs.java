package io.argowf.local;

import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Template;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A leaf's outputs after it ran: {@code exitCode}, {@code result} (stdout without its trailing newlines),
 * parameters from {@code valueFrom.path} (the file's text without its trailing newline; {@code default} when the file
 * is missing) or given by a stand-in, artifacts saved to the repository; global outputs for {@code globalName}.
 */
final class LeafOutputs {
  private LeafOutputs() {}

  static Outcome collect(Engine engine, Ctx ctx, NodeFolder f, String wd, String stdout, LeafResult r) {
    NodeState n = ctx.node();
    RunState run = engine.run;
    run.locked(() -> {
      n.exitCode = Integer.toString(r.exitCode());
      n.result = trimTrailingNewlines(stdout);
      n.hasOutputs = true;
      return null;
    });
    String failure = null;
    try {
      parameters(engine, ctx, f, wd, r);
      artifacts(engine, ctx, f, wd);
    } catch (IOException | RuntimeException e) {
      failure = e.getMessage();
    }
    if (r.exitCode() != 0) return Outcome.of(Phases.FAILED, "Error (exit code " + r.exitCode() + ")");
    if (failure != null) return Outcome.of(Phases.ERROR, failure);
    return Outcome.ok();
  }

  static String trimTrailingNewlines(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) end--;
    return s.substring(0, end);
  }

  private static void parameters(Engine engine, Ctx ctx, NodeFolder f, String wd, LeafResult r) throws IOException {
    Template t = ctx.template();
    if (t.outputs() == null || t.outputs().parameters() == null) return;
    for (Parameter p : t.outputs().parameters()) {
      String v = r.outputs().get(p.name());
      if (v == null) v = fromFile(p, f, wd);
      if (v == null && p.valueFrom() != null && p.valueFrom().expression() != null) {
        v = Substitution.text(Expressions.evaluate(p.valueFrom().expression(), Substitution.env(ctx.vars())));
      }
      if (v == null && p.value() != null) v = p.value();
      if (v == null) {
        String path = p.valueFrom() == null ? null : p.valueFrom().path();
        throw new IOException(path == null ? "outputs.parameters." + p.name() + " has no value"
            : "open " + path + ": no such file or directory");
      }
      put(engine, ctx.node(), p, v);
    }
  }

  private static String fromFile(Parameter p, NodeFolder f, String wd) throws IOException {
    if (p.valueFrom() == null || p.valueFrom().path() == null) return null;
    Path file = f.read(p.valueFrom().path(), wd);
    if (Files.isRegularFile(file)) {
      String s = Files.readString(file, StandardCharsets.UTF_8);
      return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
    return p.valueFrom().defaultValue();
  }

  static void put(Engine engine, NodeState n, Parameter p, String v) {
    engine.run.locked(() -> {
      n.outputParameters.put(p.name(), v);
      n.hasOutputs = true;
      return null;
    });
    if (p.globalName() != null) engine.run.globalParameter(p.globalName(), v);
  }

  private static void artifacts(Engine engine, Ctx ctx, NodeFolder f, String wd) throws IOException {
    Template t = ctx.template();
    if (t.outputs() == null || t.outputs().artifacts() == null) return;
    String prefix = engine.run.identity.name() + "/" + engine.run.identity.podName(ctx.node().name, t.name());
    for (Artifact a : t.outputs().artifacts()) {
      if (a.path() == null) continue;
      Artifact saved = engine.artifacts.save(a, f.read(a.path(), wd), prefix);
      if (saved == null) continue;
      engine.run.locked(() -> ctx.node().outputArtifacts.add(saved));
      if (a.globalName() != null) {
        engine.run.globalArtifact(saved.withName(a.globalName()));
      }
    }
  }
}
