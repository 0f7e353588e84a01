package io.argowf.dsl.javastep;

import static io.argowf.dsl.Argo.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.dsl.Component;
import io.argowf.dsl.JavaSteps;
import io.argowf.dsl.Task;
import io.argowf.dsl.TypedOutput;
import io.argowf.model.Manifests;
import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.DAGTask;
import io.argowf.model.workflow.RawArtifact;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaStepTemplateTest {
  static final String IMAGE = "registry.example.com/ml/steps:1.0";

  /** prep -> train, typed handles between them. */
  static Workflow pipeline() {
    var prep = javaStep(Prep.class).image(IMAGE);
    var train = javaStep(Train.class).image(IMAGE).retry(retry(2).withBackoff(backoff("10s", 2, "5m")))
        .requests(cpu("2"), memory("4Gi"));
    var p = prep.task("prep").with(Prep.In::source).value("s3://bucket/raw").with(Prep.In::rows).value(3);
    var t = train.task("train").dependsOn(p)
        .with(Train.In::dataset, p.output(Prep.Out::data))
        .with(Train.In::features, p.output(Prep.Out::columns))
        .with(Train.In::epochs).value(5)
        .with(Train.In::optimizer).value(Train.Optimizer.ADAM)
        .with(Train.In::note).value("first \"run\"\nnaïve");
    return workflow().generateName("java-steps-").entrypoint(dag("main").tasks(p, t)).build();
  }

  @Test
  void aJavaStepBecomesAContainerTemplateRunningTheEntryPoint() throws Exception {
    String expected = Files.readString(Path.of("src/test/resources/javastep/pipeline.yaml"), StandardCharsets.UTF_8);
    assertThat(Manifests.toYaml(pipeline())).isEqualTo(expected);
  }

  @Test
  void theTemplateIsNamedAfterTheClassOrAsGiven() {
    assertThat(javaStep(Prep.class).name()).isEqualTo("prep");
    assertThat(javaStep("prepare-big", Prep.class).toModel().name()).isEqualTo("prepare-big");
  }

  @Test
  void typedHandlesRenderArgoExpressions() {
    var p = javaStep(Prep.class).task("prep");
    TypedOutput<Path> data = p.output(Prep.Out::data);
    TypedOutput<Integer> rows = p.output(Prep.Out::rows);
    assertThat(data).hasToString("{{tasks.prep.outputs.artifacts.data}}");
    assertThat(rows).hasToString("{{tasks.prep.outputs.parameters.rows}}");
    assertThat(javaStep(Prep.class).step("s").output(Prep.Out::rows)).hasToString("{{steps.s.outputs.parameters.rows}}");
  }

  @Test
  void aFanOutsOutputsAreGatheredIntoATypedList() {
    var train = trainOn(javaStep(Train.class).image(IMAGE).task("train")).with(Train.In::epochs).expr(item())
        .withItems(1, 5, 10);
    TypedOutput<List<Double>> accuracies = train.aggregated(Train.Out::accuracy);
    assertThat(accuracies).hasToString("{{tasks.train.outputs.parameters.accuracy}}");
    assertThat(accuracies.port().type().getTypeName()).isEqualTo("java.util.List<java.lang.Double>");
    var pick = javaStep(Pick.class).image(IMAGE).task("pick").with(Pick.In::accuracies).from(accuracies).dependsOn(train);
    DAGTask task = workflow().generateName("fan-").entrypoint(dag("main").tasks(train, pick)).build()
        .spec().templates().get(0).dag().tasks().get(1);
    assertThat(task.arguments().parameters()).singleElement()
        .satisfies(p -> assertThat(p.value()).hasToString("{{tasks.train.outputs.parameters.accuracy}}"));

    assertThatThrownBy(() -> train.aggregated(Train.Out::model))
        .hasMessage("task 'train': output 'model' (java.nio.file.Path) is an artifact; a fanned-out step's artifacts "
            + "are not gathered into a list");
    var once = trainOn(javaStep(Train.class).image(IMAGE).task("once")).with(Train.In::epochs).value(1);
    var after = javaStep(Pick.class).image(IMAGE).task("pick").with(Pick.In::accuracies)
        .from(once.aggregated(Train.Out::accuracy)).dependsOn(once);
    assertThatThrownBy(() -> workflow().generateName("fan-").entrypoint(dag("main").tasks(once, after)).build())
        .hasMessageContaining("task 'once' has no loop");
  }

  private static Task trainOn(Task train) {
    return train.with(Train.In::dataset).artifact(Artifact.builder().raw(RawArtifact.builder().data("x\n1\n").build()).build())
        .with(Train.In::features).value(List.of("x")).with(Train.In::optimizer).value(Train.Optimizer.SGD)
        .with(Train.In::note).value("fan");
  }

  @Test
  void settingsComposeAsForAnyTemplate() {
    var prep = javaStep(Prep.class).task("prep").with(Prep.In::source).value("x").with(Prep.In::rows).value(1);
    var train = javaStep(Train.class).image(IMAGE).timeout("1h").label("team", "ml")
        .customize(t -> t.withPriorityClassName("gpu"));
    Task t = train.task("train").dependsOn(prep)
        .with(Train.In::dataset, prep.output(Prep.Out::data))
        .with(Train.In::epochs).expr(item())
        .with(Train.In::features).expr("[\"x\"]").with(Train.In::optimizer).value(Train.Optimizer.SGD)
        .with(Train.In::note).value("n")
        .when(prep.output(Prep.Out::rows) + " > 0").withItems(1, 2);
    Workflow wf = workflow().generateName("x-").customize(JavaSteps.image(IMAGE))
        .entrypoint(dag("main").tasks(prep, t)).build();
    Template trained = wf.spec().templates().get(2);
    assertThat(trained.priorityClassName()).isEqualTo("gpu");
    assertThat(trained.timeout()).isEqualTo("1h");
    assertThat(trained.container().env()).extracting(e -> e.name()).containsExactly("ARGOWF_WORKFLOW_NAME");
    DAGTask task = wf.spec().templates().get(0).dag().tasks().get(1);
    assertThat(task.when()).isEqualTo("{{tasks.prep.outputs.parameters.rows}} > 0");
    assertThat(task.arguments().parameters()).extracting(pa -> pa.value().toString())
        .containsExactly("{{item}}", "[\"x\"]", "SGD", "n");
    assertThat(wf.spec().templates().get(1).container().image()).as("the workflow-wide image").isEqualTo(IMAGE);
  }

  @Test
  void retryingTemplatesPassTheRetryNumber() {
    Template t = javaStep(Train.class).image(IMAGE).customize(m -> m.withRetryStrategy(retry(3))).toModel();
    assertThat(t.container().env()).extracting(e -> e.name() + "=" + e.value())
        .containsExactly("ARGOWF_WORKFLOW_NAME={{workflow.name}}", "ARGOWF_RETRY={{retries}}");
    assertThat(javaStep(Train.class).toModel().container().env()).hasSize(1);
  }

  @Test
  void theImageOfTheCallWinsOverTheWorkflowDefault() {
    var own = javaStep(Prep.class).image("own:1");
    Workflow wf = workflow().generateName("x-").customize(JavaSteps.image(IMAGE))
        .entrypoint(steps("main").then(own.step("a").with(Prep.In::source).value("s").with(Prep.In::rows).value(1)))
        .build();
    assertThat(wf.spec().templates().get(1).container().image()).isEqualTo("own:1");
  }

  @Test
  void classpathAndJavaOptionsCanBeChanged() {
    Template t = javaStep(Prep.class).classpath("/opt/app/lib/*").javaOptions("-XX:MaxRAMPercentage=75").toModel();
    assertThat(t.container().command()).containsExactly("java", "-XX:MaxRAMPercentage=75", "-cp", "/opt/app/lib/*",
        "io.argowf.step.Main", "io.argowf.dsl.javastep.Prep");
  }

  @Test
  void anArtifactFromARepositoryGoesToAPathInput() {
    var t = javaStep(Train.class).task("t")
        .with(Train.In::dataset).artifact(Artifact.builder().raw(RawArtifact.builder().data("x,y\n").build()).build());
    assertThat(t.toModel().arguments().artifacts()).extracting(Artifact::name).containsExactly("dataset");
  }

  @Test
  void aComponentOfAnotherRecordIsRefusedAtTheCall() {
    var p = javaStep(Prep.class).task("prep");
    assertThatThrownBy(() -> javaStep(Train.class).task("t").with(Prep.In::rows).value(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("task 't' runs train, whose inputs are io.argowf.dsl.javastep.Train$In; "
            + "io.argowf.dsl.javastep.Prep$In::rows is not one of them");
    assertThatThrownBy(() -> p.output(Train.Out::accuracy))
        .hasMessageContaining("whose outputs are io.argowf.dsl.javastep.Prep$Out");
  }

  @Test
  void lambdasAndOtherTemplatesAreRefused() {
    Component<Prep.In, Integer> lambda = in -> in.rows();
    assertThatThrownBy(() -> javaStep(Prep.class).task("t").with(lambda).value(3))
        .hasMessageStartingWith("name a record component with a method reference such as TrainIn::dataset, not a lambda");
    assertThatThrownBy(() -> container("c").image("busybox").task("t").with(Prep.In::rows).value(3))
        .hasMessageStartingWith("task 't' runs template 'c', not a Java step");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void typesTheCompilerCannotSeeAreCheckedAtTheCall() {
    var p = javaStep(Prep.class).task("prep");
    TypedOutput columns = p.output(Prep.Out::columns);
    assertThatThrownBy(() -> javaStep(Train.class).task("t").with(Train.In::epochs, columns))
        .hasMessage("task 't': input 'epochs' (int) cannot take output 'columns' (java.util.List<java.lang.String>) "
            + "{{tasks.prep.outputs.parameters.columns}}: the types differ");
    Component epochs = (Component<Train.In, Integer>) Train.In::epochs;
    assertThatThrownBy(() -> javaStep(Train.class).task("t").with(epochs).value("five"))
        .hasMessage("task 't': input 'epochs' (int) cannot take a java.lang.String");
    assertThatThrownBy(() -> javaStep(Train.class).task("t").with(epochs).value(p.output(Prep.Out::rows)))
        .hasMessageStartingWith("task 't': pass handles with from(output) or expr(expression)");
  }
}
