package io.argowf.examples.patterns;

import static io.argowf.dsl.Argo.container;
import static io.argowf.dsl.Argo.steps;
import static io.argowf.dsl.Argo.suspend;
import static io.argowf.dsl.Argo.workflow;

import java.util.List;

/**
 * Suspend and approve: the workflow builds, waits for a person to resume it ({@code argo resume}, or the local
 * runner's prompt), then releases; a second suspend simply waits a few seconds.
 */
public final class SuspendApprove {
  private SuspendApprove() {}

  /** The workflow. */
  public static List<Object> manifests() {
    var build = container("build").image(Images.BUSYBOX).command("echo").args("built");
    var approve = suspend("approve");
    var settle = suspend("settle").duration("5s");
    var release = container("release").image(Images.BUSYBOX).command("echo").args("released");
    return List.of(workflow().generateName("suspend-approve-")
        .entrypoint(steps("main").then(build.step("build")).then(approve.step("approve"))
            .then(settle.step("settle")).then(release.step("release")))
        .build());
  }
}
