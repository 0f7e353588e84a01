package io.argowf.dsl.javastep;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.model.Manifests;
import io.argowf.model.workflow.DAGTask;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.step.StepContext;
import io.argowf.step.spi.StepClass;
import io.argowf.step.spi.StepOutputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported YAML, read back and run as Argo would run its pods: prep, then train on prep's outputs. */
class ExportedTemplateRunsTest {
  @TempDir Path dir;

  private static Template template(Workflow wf, String name) {
    return wf.spec().templates().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static Map<String, String> constants(DAGTask task) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Parameter p : task.arguments().parameters()) values.put(p.name(), p.value().toString());
    return values;
  }

  @Test
  void theYamlsContainersRunTheStepsAndPassTheirOutputsOn() throws Exception {
    Workflow wf = Manifests.read(Manifests.toYaml(JavaStepTemplateTest.pipeline()), Workflow.class);
    List<DAGTask> tasks = template(wf, "main").dag().tasks();

    ArgoPod.Result prep = new ArgoPod(Files.createDirectories(dir.resolve("prep"))).run(template(wf, "prep"), constants(tasks.get(0)), Map.of());
    assertThat(prep.exitCode()).as(prep.log()).isZero();
    assertThat(prep.log()).isEqualTo("prepared 3 rows from s3://bucket/raw\n");
    assertThat(prep.parameters()).containsExactly(Map.entry("rows", "3"), Map.entry("columns", "[\"x\",\"y\"]"));

    Map<String, String> trainIn = constants(tasks.get(1));
    trainIn.put("features", prep.parameters().get("columns"));   // {{tasks.prep.outputs.parameters.columns}}
    ArgoPod.Result train = new ArgoPod(Files.createDirectories(dir.resolve("train")))
        .run(template(wf, "train"), trainIn, Map.of("dataset", prep.artifacts().get("data")));

    assertThat(train.exitCode()).as(train.log()).isZero();
    assertThat(train.parameters()).containsEntry("accuracy", "0.53")
        .containsEntry("summary", "rows=3 epochs=5 try=0 wf=wf-test\nfirst \"run\"\nnaïve");
    assertThat(Files.readString(train.artifacts().get("model"))).isEqualTo("ADAM [x, y]");

    StepOutputs inProcess = StepClass.of(Train.class).run(trainIn, Map.of("dataset", prep.artifacts().get("data")),
        StepContext.of(dir).withWorkflowName("wf-test"));
    assertThat(train.parameters()).as("the pod and an in-process run agree").isEqualTo(inProcess.parameters());
  }

  @Test
  void aFailingStepExitsOneWithItsMessageLast() throws Exception {
    Workflow wf = Manifests.read(Manifests.toYaml(JavaStepTemplateTest.pipeline()), Workflow.class);
    Map<String, String> bad = constants(template(wf, "main").dag().tasks().get(0));
    bad.put("rows", "three");
    ArgoPod.Result prep = new ArgoPod(Files.createDirectories(dir.resolve("prep"))).run(template(wf, "prep"), bad, Map.of());
    assertThat(prep.exitCode()).isEqualTo(2);
    assertThat(prep.log().strip().lines().reduce((a, b) -> b).orElseThrow())
        .isEqualTo("input 'rows' (int) of In cannot be \"three\": not a whole number in int's range");
  }
}
