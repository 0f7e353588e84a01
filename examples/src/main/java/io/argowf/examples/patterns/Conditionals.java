package io.argowf.examples.patterns;

import static io.argowf.dsl.Argo.container;
import static io.argowf.dsl.Argo.script;
import static io.argowf.dsl.Argo.steps;
import static io.argowf.dsl.Argo.workflow;

import java.util.List;

/** Conditions: a coin is flipped, and {@code when} runs exactly one of the two steps after it. */
public final class Conditionals {
  private Conditionals() {}

  /** The workflow. */
  public static List<Object> manifests() {
    var coin = script("flip-coin").image(Images.PYTHON).command("python3")
        .source("import random\nprint('heads' if random.randint(0, 1) == 0 else 'tails')");
    var heads = container("heads").image(Images.BUSYBOX).command("echo").args("it was heads");
    var tails = container("tails").image(Images.BUSYBOX).command("echo").args("it was tails");
    var flip = coin.step("flip");
    return List.of(workflow().generateName("conditionals-")
        .entrypoint(steps("main").then(flip)
            .thenParallel(heads.step("heads").when(flip.result().eq("heads")),
                tails.step("tails").when(flip.result().eq("tails"))))
        .build());
  }
}
