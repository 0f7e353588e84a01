package io.argowf.local;

import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.ValueFrom;

/**
 * A steps or DAG template's outputs, from its steps' or tasks' results: {@code valueFrom.parameter} (a
 * {@code {{steps.X.outputs.parameters.Y}}} reference), {@code valueFrom.expression}, {@code valueFrom.default};
 * artifacts by {@code from}.
 */
final class ScopeOutputs {
  private ScopeOutputs() {}

  static void collect(Engine engine, Ctx ctx, Vars scope) {
    var outputs = ctx.template().outputs();
    if (outputs.parameters() != null) {
      for (Parameter p : outputs.parameters()) {
        String v = value(p, scope);
        if (v != null) LeafOutputs.put(engine, ctx.node(), p, v);
      }
    }
    if (outputs.artifacts() != null) {
      for (Artifact a : outputs.artifacts()) artifact(engine, ctx, a, scope);
    }
  }

  private static String value(Parameter p, Vars scope) {
    ValueFrom from = p.valueFrom();
    if (from == null) return p.value() == null ? null : Substitution.apply(p.value(), scope, false);
    if (from.parameter() != null) {
      String v = Substitution.apply(from.parameter(), scope, false);
      if (!v.contains("{{")) return v;
    }
    if (from.expression() != null) {
      try {
        return Substitution.text(Expressions.evaluate(from.expression(), Substitution.env(scope)));
      } catch (RuntimeException e) {
        if (from.defaultValue() == null) throw e;
      }
    }
    return from.defaultValue();
  }

  private static void artifact(Engine engine, Ctx ctx, Artifact a, Vars scope) {
    String ref = a.from();
    if (ref == null) return;
    String inner = ref.trim().replaceAll("^\\{\\{\\s*", "").replaceAll("\\s*}}$", "");
    Artifact found = engine.run.locked(() -> find(engine, inner, ctx.node().id));
    if (found == null) return;
    Artifact out = found.withName(a.name());
    engine.run.locked(() -> {
      ctx.node().outputArtifacts.add(out);
      ctx.node().hasOutputs = true;
      return null;
    });
    if (a.globalName() != null) engine.run.globalArtifact(out.withName(a.globalName()));
  }

  /** The artifact a {@code steps.X.outputs.artifacts.Y} reference names, looked up through the nodes' outputs. */
  private static Artifact find(Engine engine, String ref, String boundaryId) {
    String[] parts = ref.split("\\.");
    if (parts.length != 5 || !"outputs".equals(parts[2]) || !"artifacts".equals(parts[3])) return null;
    for (NodeState n : engine.run.nodes()) {
      if (!n.displayName.equals(parts[1]) || !boundaryId.equals(n.boundaryId)) continue;
      for (Artifact x : n.outputArtifacts) if (x.name().equals(parts[4])) return x;
    }
    return null;
  }
}
