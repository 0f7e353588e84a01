package io.argowf.dsl;

import static io.argowf.dsl.Argo.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.model.Manifests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The same program writes the same bytes in every JVM: the workflow below is built in separate JVMs whose hash
 * codes and collection seeds differ ({@code -XX:hashCode}, the per-JVM salt of {@code Map.of}/{@code Set.of}), and
 * the YAML compared.
 */
class DeterminismTest {
  /** The workflow of {@link #main}: unordered maps and sets everywhere the DSL takes Java values. */
  static String yaml() {
    Map<String, Object> config = new HashMap<>(Map.of("replicas", 3, "zone", "cn-beijing-a", "image", "busybox",
        "labels", Map.of("team", "data", "app", "etl", "tier", "batch", "owner", "ops")));
    var files = param("files");
    var cfg = param("config");
    var each = container("each").inputs(files, cfg).image("busybox").command("echo", files, cfg);
    var wf = workflow().generateName("det-")
        .arguments(argument("config", config), argument("tags", Set.of("x", "y", "z", "w", "v", "u")))
        .entrypoint(steps("main").then(each.step("each").with(files, item()).with(cfg, Map.of("k1", 1, "k2", 2, "k3", 3, "k4", 4))
            .withItems(Map.of("a", 1, "b", 2, "c", 3, "d", 4, "e", 5), Map.of("q", 1, "r", 2, "s", 3, "t", 4))))
        .build();
    return Manifests.toYaml(wf);
  }

  public static void main(String[] args) {
    System.out.print(yaml());
  }

  @Test
  void separateJvmsWriteTheSameBytes() throws Exception {
    List<String> outputs = new ArrayList<>();
    for (String hashCode : List.of("2", "5")) outputs.add(run("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=" + hashCode));
    assertThat(outputs).allSatisfy(o -> assertThat(o).isEqualTo(yaml()));
    assertThat(yaml()).contains("{\\\"image\\\":\\\"busybox\\\",\\\"labels\\\":{\\\"app\\\":\\\"etl\\\",\\\"owner\\\"");
  }

  private static String run(String... jvmOptions) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), DeterminismTest.class.getName()));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the forked JVM ends").isTrue();
    assertThat(p.exitValue()).as("exit code of %s", command).isZero();
    return out;
  }
}
