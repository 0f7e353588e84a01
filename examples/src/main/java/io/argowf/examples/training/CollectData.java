package io.argowf.examples.training;

import io.argowf.step.JavaStep;
import io.argowf.step.StepContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Collects labelled samples into a CSV ({@code f1,f2,label}). This example draws them from a seeded generator
 * (two features, a linear boundary, some noise) so the pipeline runs anywhere; a real step would read them from
 * {@code source}.
 */
public final class CollectData implements JavaStep<CollectData.In, CollectData.Out> {
  /**
   * @param source where the samples come from (recorded in the log here)
   * @param samples how many
   * @param seed makes the draw repeatable
   */
  public record In(String source, int samples, long seed) {}

  /**
   * @param raw the CSV
   * @param rows how many samples it holds
   */
  public record Out(Path raw, int rows) {}

  @Override
  public Out run(In in, StepContext ctx) throws IOException {
    if (in.samples() < 10) throw new IllegalArgumentException("need at least 10 samples, not " + in.samples());
    Random random = new Random(in.seed());
    StringBuilder csv = new StringBuilder("f1,f2,label\n");
    for (int i = 0; i < in.samples(); i++) {
      double f1 = random.nextGaussian() * 2 + 5;
      double f2 = random.nextGaussian() * 30 + 100;
      int label = f1 + 0.05 * f2 + random.nextGaussian() * 0.5 > 10 ? 1 : 0;
      csv.append(String.format(Locale.ROOT, "%.5f,%.5f,%d%n", f1, f2, label));
    }
    Path raw = Files.writeString(ctx.workDir().resolve("raw.csv"), csv);
    ctx.log("collected %d samples from %s", in.samples(), in.source());
    return new Out(raw, in.samples());
  }
}
