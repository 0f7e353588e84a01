package io.argowf.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark's operations once, so that a benchmark that no longer sets up or runs fails the build (speed
 * itself is measured by JMH and {@link Paired}, never asserted here).
 */
class BenchmarksSmokeTest {

  @Test
  void everyPairRunsOnceOnEachSide() throws Exception {
    for (Map.Entry<String, Callable<Paired.Pair>> e : Paired.pairs().entrySet()) {
      Paired.Pair pair = e.getValue().call();
      try {
        assertThat(pair.baseline().call()).as(e.getKey() + " baseline").isNotNull();
        assertThat(pair.candidate().call()).as(e.getKey() + " candidate").isNotNull();
      } finally {
        pair.after().run();
      }
    }
  }

  @Test
  void theLocalRunnerBenchmarkRunsOnce() throws Exception {
    LocalRunnerBenchmark b = new LocalRunnerBenchmark();
    b.tasks = 20;
    b.setUp();
    assertThat(b.dagOfStandIns()).isNotNull();
    assertThat(b.trueProcessesDirectly()).isNotNull();
  }

  @Test
  void theYamlToJavaBenchmarkRunsOnceOnArgosExamples() throws Exception {
    Path examples = Path.of(System.getProperty("argowf.examples", "../../shared/argo/examples"));
    assumeTrue(Files.isDirectory(examples), "skipped: Argo's examples " + examples.toAbsolutePath()
        + " are not here (they sit beside the repository in CI)");
    System.setProperty("argowf.examples", examples.toString());
    ToJavaBenchmark b = new ToJavaBenchmark();
    b.setUp();
    assertThat(b.readWriteYaml()).isPositive();
    assertThat(b.readWriteJava()).isPositive();
  }
}
