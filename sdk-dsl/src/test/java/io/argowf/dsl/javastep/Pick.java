package io.argowf.dsl.javastep;

import io.argowf.step.JavaStep;
import io.argowf.step.StepContext;
import java.util.Collections;
import java.util.List;

/** Takes the list a fanned-out {@link Train} gathers of its accuracies. */
public final class Pick implements JavaStep<Pick.In, Pick.Out> {
  public record In(List<Double> accuracies) {}

  public record Out(double best) {}

  @Override
  public Out run(In in, StepContext ctx) {
    return new Out(Collections.max(in.accuracies()));
  }
}
