package io.argowf.examples.training;

import io.argowf.step.JavaStep;
import io.argowf.step.StepContext;
import java.io.IOException;
import java.nio.file.Path;

/** Measures the model's accuracy on the test set. */
public final class Evaluate implements JavaStep<Evaluate.In, Evaluate.Out> {
  /**
   * @param model the weights
   * @param test the test set
   */
  public record In(Path model, Path test) {}

  /**
   * @param accuracy the share of test rows classified right, rounded to 4 places
   * @param correct how many
   * @param total of how many
   */
  public record Out(double accuracy, int correct, int total) {}

  @Override
  public Out run(In in, StepContext ctx) throws IOException {
    double[] w = Model.read(in.model());
    Dataset test = Dataset.read(in.test());
    int correct = 0;
    for (int r = 0; r < test.rows().size(); r++) {
      int predicted = Model.probability(w, test.rows().get(r)) >= 0.5 ? 1 : 0;
      if (predicted == test.labels().get(r)) correct++;
    }
    int total = test.rows().size();
    double accuracy = Math.round(10_000.0 * correct / total) / 10_000.0;
    ctx.log("accuracy %.4f (%d of %d)", accuracy, correct, total);
    return new Out(accuracy, correct, total);
  }
}
