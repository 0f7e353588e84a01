package io.argowf.local;

import io.argowf.model.Manifests;
import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.Data;
import io.argowf.model.workflow.TransformationStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A {@code data} template, as Argo runs it: the source {@code artifactPaths} lists the keys of every file under the
 * artifact's key in the repository (the local artifact folder; the whole folder when it has no key), sorted as a
 * bucket listing is; each {@code transformation} step is an expression over {@code data} (the list so far) whose
 * value is the next {@code data}; the node's {@code result} is the last value as JSON.
 */
final class DataLeaf {
  private final Engine engine;

  DataLeaf(Engine engine) {
    this.engine = engine;
  }

  Outcome run(Ctx ctx) {
    Data d = ctx.template().data();
    Object data;
    try {
      data = keys(Manifests.read(Manifests.toJson(d.source().artifactPaths()), Artifact.class));
      for (TransformationStep step : d.transformation() == null ? List.<TransformationStep>of() : d.transformation()) {
        data = Expressions.evaluate(step.expression(), Map.of("data", data));
      }
      String json = (String) Expressions.evaluate("toJson(data)", Map.of("data", data));
      NodeFolder f = new NodeFolder(engine.run.folder, ctx.node().id);
      engine.run.log(ctx.node(), json);
      return LeafOutputs.collect(engine, ctx, f, "/", json, LeafResult.ok());
    } catch (IOException | RuntimeException e) {
      return Outcome.of(Phases.ERROR, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  private List<Object> keys(Artifact source) throws IOException {
    String key = Artifacts.key(source);
    Path base = engine.artifacts.file("");
    Path start = key == null || key.isEmpty() ? base : engine.artifacts.file(key);
    List<Object> out = new ArrayList<>();
    if (Files.isRegularFile(start)) {
      out.add(base.relativize(start).toString());
      return out;
    }
    if (!Files.isDirectory(start)) return out;
    try (Stream<Path> all = Files.walk(start)) {
      all.filter(Files::isRegularFile).map(p -> base.relativize(p).toString()).sorted().forEach(out::add);
    }
    return out;
  }
}
