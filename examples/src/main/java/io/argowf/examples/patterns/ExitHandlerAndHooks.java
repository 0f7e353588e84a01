package io.argowf.examples.patterns;

import static io.argowf.dsl.Argo.container;
import static io.argowf.dsl.Argo.expr;
import static io.argowf.dsl.Argo.steps;
import static io.argowf.dsl.Argo.workflow;

import java.util.List;

/**
 * Exit handlers and hooks: the workflow's exit handler reports its status whatever happened, a step-level exit
 * handler cleans up after one step, and a hook notifies when the work step starts running.
 */
public final class ExitHandlerAndHooks {
  private ExitHandlerAndHooks() {}

  /** The workflow. */
  public static List<Object> manifests() {
    var work = container("work").image(Images.BUSYBOX).command("sh").args("-c", "echo working; sleep 1");
    var cleanup = container("cleanup").image(Images.BUSYBOX).command("echo").args("cleaning up");
    var notify = container("notify").image(Images.BUSYBOX).command("echo").args("work started");
    var report = container("report").image(Images.BUSYBOX).command("echo")
        .args("workflow " + expr("workflow.name") + " ended " + expr("workflow.status"));
    return List.of(workflow().generateName("exit-handlers-")
        .entrypoint(steps("main")
            .then(work.step("work").onExit(cleanup).hook("running", "steps.work.status == \"Running\"", notify)))
        .onExit(report)
        .build());
  }
}
