package io.argowf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLocalTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  @TempDir Path dir;

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private List<String> lines() {
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void helloHelloHelloRunsWithNoClusterAndEndsSucceeded() {
    assertThat(run("run-local", "hello-hello-hello", "--folder", dir.toString())).isZero();
    List<String> lines = lines();
    assertThat(lines.get(lines.size() - 1)).isEqualTo("Succeeded");
    assertThat(lines).anyMatch(l -> l.contains("Succeeded") && l.endsWith("hello2b"));
    assertThat(String.join("\n", lines)).contains("< hello1 >");
  }

  @Test
  void theBlenderRenderRunsTheRealSlicingScriptAndABlenderStandIn() throws Exception {
    assertThat(run("run-local", "blender-render", "-p", "stop=25", "--folder", dir.toString())).isZero();
    List<String> lines = lines();
    assertThat(lines.get(lines.size() - 1)).isEqualTo("Succeeded");
    assertThat(String.join("\n", lines)).contains("render(2:start:21,stop:25)");
    try (Stream<Path> frames = Files.walk(dir)) {
      assertThat(frames.filter(p -> p.toString().endsWith(".png"))).hasSize(25);
    }
  }

  @Test
  void aWorkflowThatFailsExitsOneWithItsPhaseLast() throws Exception {
    Path wf = dir.resolve("fail.yaml");
    Files.writeString(wf, String.join("\n", "apiVersion: argoproj.io/v1alpha1", "kind: Workflow",
        "metadata: {name: fails}", "spec:", "  entrypoint: main", "  templates:", "  - name: main",
        "    container: {image: alpine, command: [sh, -c, 'exit 3']}", ""));
    assertThat(run("run-local", wf.toString(), "--folder", dir.toString())).isEqualTo(1);
    List<String> lines = lines();
    assertThat(lines.get(lines.size() - 1)).isEqualTo("Failed");
    assertThat(lines).contains("message: Error (exit code 3)");
  }
}
