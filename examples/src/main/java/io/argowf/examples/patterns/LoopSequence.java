package io.argowf.examples.patterns;

import static io.argowf.dsl.Argo.container;
import static io.argowf.dsl.Argo.item;
import static io.argowf.dsl.Argo.param;
import static io.argowf.dsl.Argo.range;
import static io.argowf.dsl.Argo.steps;
import static io.argowf.dsl.Argo.workflow;

import java.util.List;

/** {@code withSequence}: one step per number of a range, formatted as the step needs it. */
public final class LoopSequence {
  private LoopSequence() {}

  /** The workflow. */
  public static List<Object> manifests() {
    var day = param("day");
    var report = container("report").inputs(day).image(Images.BUSYBOX).command("echo").args("report for", day);
    return List.of(workflow().generateName("loop-sequence-")
        .entrypoint(steps("main").then(report.step("report").with(day, item()).withSequence(range(1, 7).withFormat("day-%02d"))))
        .build());
  }
}
