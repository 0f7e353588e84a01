package io.argowf.examples.training;

import io.argowf.step.JavaStep;
import io.argowf.step.StepContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Splits the samples into a training and a test set, and scales each feature to mean 0, deviation 1. */
public final class Preprocess implements JavaStep<Preprocess.In, Preprocess.Out> {
  /**
   * @param raw the collected CSV
   * @param testFraction the share kept for evaluation, e.g. 0.2
   */
  public record In(Path raw, double testFraction) {}

  /**
   * @param train the scaled training set
   * @param test the scaled test set
   * @param features the feature names, in column order
   * @param means each feature's mean before scaling (a JSON map)
   */
  public record Out(Path train, Path test, java.util.List<String> features, Map<String, Double> means) {}

  @Override
  public Out run(In in, StepContext ctx) throws IOException {
    if (in.testFraction() <= 0 || in.testFraction() >= 1) {
      throw new IllegalArgumentException("testFraction must be between 0 and 1, not " + in.testFraction());
    }
    Dataset all = Dataset.read(in.raw());
    int n = all.rows().size();
    int cut = n - (int) Math.round(n * in.testFraction());
    Map<String, Double> means = new LinkedHashMap<>();
    for (int f = 0; f < all.features().size(); f++) {
      double mean = 0;
      double square = 0;
      for (double[] row : all.rows().subList(0, cut)) {
        mean += row[f] / cut;
        square += row[f] * row[f] / cut;
      }
      double deviation = Math.sqrt(Math.max(square - mean * mean, 1e-12));
      for (double[] row : all.rows()) row[f] = (row[f] - mean) / deviation;
      means.put(all.features().get(f), Math.round(mean * 1e4) / 1e4);
    }
    Path train = ctx.workDir().resolve("train.csv");
    Path test = ctx.workDir().resolve("test.csv");
    all.subset(0, cut).write(train);
    all.subset(cut, n).write(test);
    ctx.log("%d training rows, %d test rows", cut, n - cut);
    return new Out(train, test, all.features(), means);
  }
}
