package io.argowf.examples.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.examples.Main;
import io.argowf.local.LocalRunner;
import io.argowf.local.javastep.JavaStepExecutor;
import io.argowf.model.workflow.NodeStatus;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Workflow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline run locally: in-process through the CLI, and forked, each step in its own JVM as in its pod. */
class TrainingRunLocalTest {
  @TempDir Path dir;

  @Test
  void runLocalEndsSucceededAndRegistersTheModel() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"run-local", "training-java-steps"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(printed).isZero();
    assertThat(printed.strip().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("Succeeded");
    assertThat(printed).contains("models:/churn-classifier/").contains("finished: Succeeded");
  }

  @Test
  void forkedStepsGiveTheOutputsOfInProcessOnes() throws Exception {
    Workflow inProcess = LocalRunner.builder().workingFolder(dir.resolve("in")).leafExecutor(JavaStepExecutor.inProcess())
        .build().run(TrainingJavaSteps.workflow());
    Workflow forked = LocalRunner.builder().workingFolder(dir.resolve("forked")).leafExecutor(JavaStepExecutor.forked())
        .build().run(TrainingJavaSteps.workflow());
    assertThat(forked.status().phase()).as(forked.status().message()).isEqualTo("Succeeded");
    assertThat(outputs(forked)).isEqualTo(outputs(inProcess)).containsKey("register.uri").containsKey("evaluate.accuracy");
  }

  /** Every Pod node's output parameters, by display name and parameter name. */
  private static Map<String, String> outputs(Workflow done) {
    Map<String, String> all = new TreeMap<>();
    for (NodeStatus n : done.status().nodes().values()) {
      if (!"Pod".equals(n.type()) || n.outputs() == null || n.outputs().parameters() == null) continue;
      for (Parameter p : n.outputs().parameters()) all.put(n.displayName() + "." + p.name(), String.valueOf(p.value()));
    }
    return all;
  }
}
