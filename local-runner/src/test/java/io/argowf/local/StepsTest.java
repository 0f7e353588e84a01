package io.argowf.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.model.workflow.NodeStatus;
import io.argowf.model.workflow.Workflow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepsTest {
  @TempDir Path dir;

  @Test
  void threeGreetingsSucceedWithArgoShapedNodes() throws Exception {
    Workflow done = LocalRunner.builder().workingFolder(dir).build().run(Fixtures.workflow("hello-hello-hello"));
    assertThat(done.status().phase()).isEqualTo("Succeeded");
    Map<String, NodeStatus> byName = done.status().nodes().values().stream()
        .collect(Collectors.toMap(NodeStatus::displayName, n -> n, (a, b) -> a));
    String wf = done.metadata().name();
    assertThat(byName.get(wf).type()).isEqualTo("Steps");
    assertThat(byName.get("hello1").type()).isEqualTo("Pod");
    assertThat(byName.get("hello1").name()).isEqualTo(wf + "[0].hello1");
    assertThat(byName.get("hello1").outputs().result()).contains("< first >");
    assertThat(byName.get("hello2a").boundaryID()).isEqualTo(wf);
    assertThat(done.status().progress()).isEqualTo("3/3");
  }

  @Test
  void hello1EndsBeforeTheOtherTwoStartAndThoseOverlap() throws Exception {
    List<RunEvent> events = new ArrayList<>();
    java.util.concurrent.CountDownLatch bothRunning = new java.util.concurrent.CountDownLatch(2);
    LocalRunner runner = LocalRunner.builder().workingFolder(dir).listener(events::add)
        .standInForCommand("cowsay", leaf -> {
          if (!leaf.nodeName().endsWith(".hello1")) {
            bothRunning.countDown();
            bothRunning.await(10, java.util.concurrent.TimeUnit.SECONDS);
          }
          return LeafResult.ok();
        }).build();
    runner.run(Fixtures.workflow("hello-hello-hello"));
    long hello1End = seq(events, RunEvent.Kind.NODE_FINISHED, ".hello1");
    long aStart = seq(events, RunEvent.Kind.NODE_STARTED, ".hello2a");
    long bStart = seq(events, RunEvent.Kind.NODE_STARTED, ".hello2b");
    long aEnd = seq(events, RunEvent.Kind.NODE_FINISHED, ".hello2a");
    long bEnd = seq(events, RunEvent.Kind.NODE_FINISHED, ".hello2b");
    assertThat(hello1End).isLessThan(aStart).isLessThan(bStart);
    assertThat(aStart).isLessThan(bEnd);
    assertThat(bStart).isLessThan(aEnd);
  }

  private static long seq(List<RunEvent> events, RunEvent.Kind kind, String suffix) {
    return events.stream().filter(e -> e.kind() == kind && e.nodeName() != null && e.nodeName().endsWith(suffix))
        .findFirst().orElseThrow().sequence();
  }
}
