package io.argowf.local;

import static io.argowf.local.assertions.WorkflowAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.workflow.NodeStatus;
import io.argowf.model.workflow.Workflow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** Init containers, sidecars and container sets (fixture {@code pods.yaml}). */
class PodsTest {
  @TempDir Path dir;

  private static final StandIn DATABASE = leaf -> {
    Path part = Files.writeString(leaf.path("/mnt/shared/db.part"), "db ready");
    Files.move(part, leaf.path("/mnt/shared/db"), StandardCopyOption.ATOMIC_MOVE);
    Thread.sleep(Duration.ofMinutes(1).toMillis());
    return LeafResult.ok();
  };

  @ParameterizedTest
  @EnumSource(value = Isolation.class, names = {"AUTO", "REWRITE_PATHS"})
  void initContainersSidecarsAndContainerSetsRunAsProcesses(Isolation isolation) throws Exception {
    Workflow done = LocalRunner.builder().workingFolder(dir).isolation(isolation)
        .standInForImage("influxdb", DATABASE).build().run(Fixtures.workflow("pods"));
    assertThat(done).failed();
    assertThat(done).node("with-init").succeeded().result().isEqualTo("prepared");
    assertThat(done).node("init-fails").failed().message().isEqualTo("Error (exit code 3)");
    assertThat(node(done, "init-fails").outputs()).isNull();
    assertThat(done).node("with-sidecar").succeeded().result().isEqualTo("up\ndb ready");
    assertThat(done).node("set").hasType("Pod").succeeded().output("answer").isEqualTo("42");
    assertThat(done).node("set").result().isEqualTo("a\nb");
    assertThat(done).node("pods.set.flaky").hasType("Container").succeeded();
    assertThat(done).node("set-fails").failed().message().isEqualTo("Error (exit code 2)");
    assertThat(done).node("pods.set-fails.main").failed().message()
        .isEqualTo("dependency 'x' exited with non-zero code: 2");
    containerNodesHangBelowThePodAsArgoShapesThem(done);
  }

  private static void containerNodesHangBelowThePodAsArgoShapesThem(Workflow done) {
    NodeStatus set = node(done, "set");
    NodeStatus a = node(done, "pods.set.a");
    assertThat(set.children()).containsExactly(a.id());
    assertThat(a.boundaryID()).isEqualTo(set.id());
    assertThat(a.children()).containsExactly(node(done, "pods.set.b").id(), node(done, "pods.set.flaky").id());
    assertThat(node(done, "pods.set.b").children()).containsExactly(node(done, "pods.set.main").id());
    assertThat(a.templateName()).isEqualTo("set");
  }

  @Test
  void aSidecarWithNoLocalCommandAndNoStandInIsRefusedBeforeTheRun() {
    assertThatThrownBy(() -> LocalRunner.builder().workingFolder(dir).build().run(Fixtures.workflow("pods")))
        .isInstanceOf(LocalRunException.class)
        .hasMessageContaining("spec.templates[3].sidecars[1] (template with-sidecar, image influxdb:1.2) runs 'influxd'")
        .hasMessageContaining(".standInForImage(\"influxdb\", ...)");
  }

  private static NodeStatus node(Workflow wf, String name) {
    return wf.status().nodes().values().stream().filter(n -> name.equals(n.displayName()) || name.equals(n.name()))
        .findFirst().orElseThrow();
  }
}
