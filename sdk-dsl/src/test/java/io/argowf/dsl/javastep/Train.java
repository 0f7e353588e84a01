package io.argowf.dsl.javastep;

import io.argowf.step.JavaStep;
import io.argowf.step.StepContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads an artifact and parameters of several forms, writes an artifact and a number. */
public final class Train implements JavaStep<Train.In, Train.Out> {
  public enum Optimizer { SGD, ADAM }

  public record In(Path dataset, int epochs, List<String> features, Optimizer optimizer, String note) {}

  public record Out(Path model, double accuracy, String summary) {}

  @Override
  public Out run(In in, StepContext ctx) throws Exception {
    long rows = Files.readAllLines(in.dataset()).size() - 1;
    Path model = Files.writeString(ctx.workDir().resolve("model.txt"), in.optimizer() + " " + in.features());
    String summary = "rows=" + rows + " epochs=" + in.epochs() + " try=" + ctx.retry() + " wf=" + ctx.workflowName()
        + "\n" + in.note();
    return new Out(model, Math.min(0.99, 0.5 + rows / 100.0), summary);
  }
}
