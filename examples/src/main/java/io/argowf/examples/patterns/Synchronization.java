package io.argowf.examples.patterns;

import static io.argowf.dsl.Argo.container;
import static io.argowf.dsl.Argo.item;
import static io.argowf.dsl.Argo.param;
import static io.argowf.dsl.Argo.steps;
import static io.argowf.dsl.Argo.workflow;

import java.util.List;

/**
 * Synchronization: five deploy steps fan out, but a mutex lets one run at a time (across every workflow that
 * names the same mutex); a semaphore would allow N, its limit kept in a ConfigMap.
 */
public final class Synchronization {
  private Synchronization() {}

  /** The workflow. */
  public static List<Object> manifests() {
    var target = param("target");
    var deploy = container("deploy").inputs(target).image(Images.BUSYBOX).command("sh")
        .args("-c", "echo deploying " + target + "; sleep 1").mutex("deployments");
    return List.of(workflow().generateName("synchronization-")
        .entrypoint(steps("main").then(deploy.step("deploy").with(target, item()).withItems("a", "b", "c", "d", "e")))
        .build());
  }
}
