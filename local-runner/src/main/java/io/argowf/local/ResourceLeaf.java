package io.argowf.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.model.Manifests;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.ResourceTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/**
 * A {@code resource} template, against a stand-in: the stand-in registered for the template's name, or the built-in
 * one, which records the manifest in the node's folder ({@code manifest.json}, with a {@code generateName} filled in),
 * answers output parameters' {@code jsonPath} ({@code {.metadata.name}} forms) from it, and succeeds (a local run
 * has no cluster whose object could meet or miss {@code successCondition}).
 */
final class ResourceLeaf {
  private final Engine engine;

  ResourceLeaf(Engine engine) {
    this.engine = engine;
  }

  Outcome run(Ctx ctx) {
    ResourceTemplate r = ctx.template().resource();
    try {
      NodeFolder f = new NodeFolder(engine.run.folder, ctx.node().id);
      StandIn s = ctx.template().name() == null ? null : engine.settings.byTemplate().get(ctx.template().name());
      if (s != null) {
        Leaf leaf = new Leaf(ctx.node().name, ctx.template(), List.of(), ctx.inputs().parameters(), Map.of(),
            Map.of(), f.root, p -> f.map(p, "/").toString(), System.out);
        LeafResult res = s.run(leaf);
        res.outputs().forEach((k, v) -> LeafOutputs.put(engine, ctx.node(), Parameter.builder().name(k).build(), v));
        return res.exitCode() == 0 ? Outcome.ok() : Outcome.of(Phases.FAILED, "Error (exit code "
            + res.exitCode() + ")");
      }
      JsonNode manifest = manifest(r, ctx);
      Files.writeString(f.dir.resolve("manifest.json"), Json.text(manifest));
      engine.run.log(ctx.node(), r.action() + " " + manifest.path("kind").asText() + "/"
          + manifest.path("metadata").path("name").asText() + " (recorded by the built-in resource stand-in)");
      outputs(ctx, manifest);
      return Outcome.ok();
    } catch (Exception e) {
      return Outcome.of(Phases.ERROR, e.getMessage());
    }
  }

  private JsonNode manifest(ResourceTemplate r, Ctx ctx) throws IOException {
    String text = r.manifest() == null ? "{}" : r.manifest();
    JsonNode tree;
    try {
      tree = Json.tree(Manifests.toJson(Manifests.readAll(text).get(0)));
    } catch (RuntimeException notAnObject) {
      tree = Json.object().put("patch", text);
    }
    JsonNode meta = tree.path("metadata");
    if (meta instanceof ObjectNode m && !m.has("name") && m.has("generateName")) {
      m.put("name", m.get("generateName").asText() + RunNames.suffix(ctx.node().id));
    }
    return tree;
  }

  private void outputs(Ctx ctx, JsonNode manifest) {
    var outputs = ctx.template().outputs();
    if (outputs == null || outputs.parameters() == null) return;
    for (Parameter p : outputs.parameters()) {
      String v = null;
      if (p.valueFrom() != null && p.valueFrom().jsonPath() != null) v = jsonPath(manifest, p.valueFrom().jsonPath());
      if (v == null && p.valueFrom() != null) v = p.valueFrom().defaultValue();
      if (v != null) LeafOutputs.put(engine, ctx.node(), p, v);
    }
  }

  /** The {@code {.a.b}} / {@code .a.b} subset of kubectl's JSONPath. */
  static String jsonPath(JsonNode root, String path) {
    String p = path.trim();
    if (p.startsWith("{") && p.endsWith("}")) p = p.substring(1, p.length() - 1);
    JsonNode n = root;
    for (String part : p.split("\\.")) {
      if (part.isEmpty()) continue;
      n = n.path(part);
    }
    if (n.isMissingNode()) return null;
    return n.isValueNode() ? n.asText() : Json.text(n);
  }
}
