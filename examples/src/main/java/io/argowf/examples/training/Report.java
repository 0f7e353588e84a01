package io.argowf.examples.training;

import io.argowf.step.JavaStep;
import io.argowf.step.StepContext;

/** The exit handler: reports how the workflow ended (a real one would post to a chat or a dashboard). */
public final class Report implements JavaStep<Report.In, Void> {
  /** @param status the workflow's status: Succeeded, Failed or Error */
  public record In(String status) {}

  @Override
  public Void run(In in, StepContext ctx) {
    ctx.log("workflow %s finished: %s", ctx.workflowName(), in.status());
    return null;
  }
}
