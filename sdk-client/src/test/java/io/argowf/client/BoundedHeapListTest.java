package io.argowf.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listing 10,000 workflows (about 200 MB of JSON, pages of ~50 MB) in a JVM limited to 64 MB of heap:
 * passes only if neither a page nor the list is ever held in memory.
 */
class BoundedHeapListTest {
  @Test
  void tenThousandWorkflowsStreamThroughA64MegabyteHeap(@TempDir Path tmp) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // the child's output goes to a file: a pipe nobody reads while waiting would fill up and stall the child
    Path log = tmp.resolve("child.log");
    Process p = new ProcessBuilder(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        TenThousandWorkflows.class.getName()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished = p.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println("bounded-heap list: " + output.strip().lines().reduce((a, b) -> b).orElse(""));

    assertThat(finished).as("forked JVM finished").isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output).contains("items=10000");
  }
}
