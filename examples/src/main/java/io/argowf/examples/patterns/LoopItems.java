package io.argowf.examples.patterns;

import static io.argowf.dsl.Argo.container;
import static io.argowf.dsl.Argo.item;
import static io.argowf.dsl.Argo.param;
import static io.argowf.dsl.Argo.steps;
import static io.argowf.dsl.Argo.workflow;

import java.util.List;
import java.util.Map;

/** {@code withItems}: one step per item, scalars and maps computed in Java; {@code item("os")} reads a map's key. */
public final class LoopItems {
  private LoopItems() {}

  /** The workflow. */
  public static List<Object> manifests() {
    var os = param("os");
    var version = param("version");
    var check = container("check").inputs(os, version).image(Images.BUSYBOX).command("echo")
        .args("checking", os, version);
    var platforms = List.of(Map.of("os", "debian", "version", "12"), Map.of("os", "alpine", "version", "3.20"));
    return List.of(workflow().generateName("loop-items-")
        .entrypoint(steps("main")
            .then(check.step("check").with(os, item("os")).with(version, item("version")).withItems(platforms)))
        .build());
  }
}
