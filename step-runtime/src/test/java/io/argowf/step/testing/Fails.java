package io.argowf.step.testing;

import io.argowf.step.JavaStep;
import io.argowf.step.StepContext;

/** Throws with a message that has quotes and non-ASCII text. */
public final class Fails implements JavaStep<Fails.In, Void> {
  public record In(int attempt) {}

  @Override
  public Void run(In in, StepContext ctx) {
    ctx.log("about to fail");
    throw new IllegalStateException("dataset \"train\" is empty (attempt " + in.attempt() + ", retry "
        + ctx.retry() + ") — données absentes");
  }
}
