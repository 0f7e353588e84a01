package io.argowf.dsl.javastep;

import io.argowf.step.JavaStep;
import io.argowf.step.StepContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a small CSV: an artifact, a number and a JSON list out. */
public final class Prep implements JavaStep<Prep.In, Prep.Out> {
  public record In(String source, int rows) {}

  public record Out(Path data, int rows, List<String> columns) {}

  @Override
  public Out run(In in, StepContext ctx) throws Exception {
    StringBuilder csv = new StringBuilder("x,y\n");
    for (int i = 0; i < in.rows(); i++) csv.append(i).append(',').append(i * 2).append('\n');
    Path data = Files.writeString(ctx.workDir().resolve("data.csv"), csv);
    ctx.log("prepared %d rows from %s", in.rows(), in.source());
    return new Out(data, in.rows(), List.of("x", "y"));
  }
}
