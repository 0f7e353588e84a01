package io.argowf.step.testing;

import io.argowf.step.JavaStep;
import io.argowf.step.StepContext;

/** A step without inputs, and a class name in two words. */
public final class Greet implements JavaStep<Void, Greet.Out> {
  public record Out(String greeting) {}

  @Override
  public Out run(Void in, StepContext ctx) {
    return new Out("hello from " + ctx.workflowName() + " try " + ctx.retry());
  }
}
