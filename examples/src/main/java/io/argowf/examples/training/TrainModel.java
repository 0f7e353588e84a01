package io.argowf.examples.training;

import io.argowf.step.JavaStep;
import io.argowf.step.StepContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Trains a logistic regression by gradient descent and writes its weights, one per line (bias first). In the
 * workflow this template asks for a GPU on VCI; the arithmetic here is small enough for any CPU.
 */
public final class TrainModel implements JavaStep<TrainModel.In, TrainModel.Out> {
  /**
   * @param train the training set
   * @param features the feature names, which must match the CSV's columns
   * @param epochs passes over the data
   * @param learningRate the step size
   */
  public record In(Path train, List<String> features, int epochs, double learningRate) {}

  /**
   * @param model the weights
   * @param loss the final log loss on the training set
   */
  public record Out(Path model, double loss) {}

  @Override
  public Out run(In in, StepContext ctx) throws IOException {
    Dataset data = Dataset.read(in.train());
    if (!data.features().equals(in.features())) {
      throw new IllegalArgumentException("the training set has columns " + data.features() + ", not " + in.features());
    }
    double[] w = new double[in.features().size() + 1];
    double loss = Double.NaN;
    for (int epoch = 1; epoch <= in.epochs(); epoch++) {
      loss = epoch(data, w, in.learningRate());
      if (epoch == 1 || epoch % 10 == 0 || epoch == in.epochs()) ctx.log("epoch %d: loss %.4f", epoch, loss);
    }
    StringBuilder weights = new StringBuilder();
    for (double v : w) weights.append(String.format(Locale.ROOT, "%.8f%n", v));
    Path model = Files.writeString(ctx.workDir().resolve("model.txt"), weights);
    return new Out(model, Math.round(loss * 1e4) / 1e4);
  }

  private static double epoch(Dataset data, double[] w, double rate) {
    double[] gradient = new double[w.length];
    double loss = 0;
    int n = data.rows().size();
    for (int r = 0; r < n; r++) {
      double p = Model.probability(w, data.rows().get(r));
      int y = data.labels().get(r);
      loss -= (y * Math.log(p + 1e-12) + (1 - y) * Math.log(1 - p + 1e-12)) / n;
      gradient[0] += (p - y) / n;
      for (int f = 1; f < w.length; f++) gradient[f] += (p - y) * data.rows().get(r)[f - 1] / n;
    }
    for (int i = 0; i < w.length; i++) w[i] -= rate * gradient[i];
    return loss;
  }
}
