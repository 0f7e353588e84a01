package io.argowf.examples.patterns;

import static io.argowf.dsl.Argo.param;
import static io.argowf.dsl.Argo.script;
import static io.argowf.dsl.Argo.steps;
import static io.argowf.dsl.Argo.workflow;

import java.util.List;

/** Memoize: an expensive step's result is cached in a ConfigMap under its input, and reused for a day. */
public final class Memoize {
  private Memoize() {}

  /** The workflow. */
  public static List<Object> manifests() {
    var date = param("date");
    var expensive = script("expensive").inputs(date).image(Images.PYTHON).command("python3")
        .source("print('summary of ' + '" + date + "')")
        .memoize("summary-" + date, "24h", "summary-cache");
    return List.of(workflow().generateName("memoize-")
        .entrypoint(steps("main").then(expensive.step("first").with(date, "2026-12-01"))
            .then(expensive.step("again").with(date, "2026-12-01")))
        .build());
  }
}
