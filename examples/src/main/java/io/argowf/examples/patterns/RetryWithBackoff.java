package io.argowf.examples.patterns;

import static io.argowf.dsl.Argo.backoff;
import static io.argowf.dsl.Argo.retry;
import static io.argowf.dsl.Argo.script;
import static io.argowf.dsl.Argo.steps;
import static io.argowf.dsl.Argo.workflow;

import java.util.List;

/** Retries with backoff: a flaky step is tried up to four times, waiting 1 s, 2 s, 4 s between tries. */
public final class RetryWithBackoff {
  private RetryWithBackoff() {}

  /** The workflow. */
  public static List<Object> manifests() {
    var flaky = script("flaky").image(Images.PYTHON).command("python3")
        .source("import random, sys\nsys.exit(0 if random.random() < 0.5 else 1)")
        .retry(retry(3).withRetryPolicy("OnFailure").withBackoff(backoff("1", 2, "1m")));
    return List.of(workflow().generateName("retry-backoff-").entrypoint(steps("main").then(flaky.step("try"))).build());
  }
}
