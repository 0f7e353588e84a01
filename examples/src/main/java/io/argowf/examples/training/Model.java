package io.argowf.examples.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A logistic regression's weights (bias first), as {@link TrainModel} writes them. */
final class Model {
  private Model() {}

  static double[] read(Path file) throws IOException {
    return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).mapToDouble(Double::parseDouble).toArray();
  }

  static double probability(double[] w, double[] row) {
    double z = w[0];
    for (int f = 0; f < row.length; f++) z += w[f + 1] * row[f];
    return 1 / (1 + Math.exp(-z));
  }
}
