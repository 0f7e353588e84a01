package io.argowf.local.javastep;

import static io.argowf.dsl.Argo.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.local.LocalRunner;
import io.argowf.model.workflow.NodeStatus;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Workflow;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaStepExecutorTest {
  @TempDir Path dir;

  static Workflow makeThenUse() {
    var make = javaStep(Steps.Make.class).image("steps:1").task("make")
        .with(Steps.Make.In::count).value(3).with(Steps.Make.In::note).value(Steps.NOTE);
    var use = javaStep(Steps.Use.class).image("steps:1").retry(1).task("use").dependsOn(make)
        .with(Steps.Use.In::file).from(make.output(Steps.Make.Out::file))
        .with(Steps.Use.In::names).from(make.output(Steps.Make.Out::names))
        .with(Steps.Use.In::note).from(make.output(Steps.Make.Out::note));
    return workflow().generateName("java-steps-").entrypoint(dag("main").tasks(make, use)).build();
  }

  private static Map<String, String> outputs(Workflow done, String displayName) {
    NodeStatus node = done.status().nodes().values().stream()
        .filter(n -> n.displayName().equals(displayName) && n.outputs() != null).findFirst()
        .orElseThrow(() -> new AssertionError("no node " + displayName + " with outputs in " + done.status().nodes().values()
            .stream().map(n -> n.displayName() + ":" + n.type() + ":" + n.phase()).toList()));
    Map<String, String> out = new LinkedHashMap<>();
    for (Parameter p : node.outputs().parameters()) out.put(p.name(), p.value().toString());
    return out;
  }

  @Test
  void javaStepsRunInProcessByDefault() throws Exception {
    Workflow done = LocalRunner.builder().workingFolder(dir).build().run(makeThenUse());
    assertThat(done.status().phase()).as(done.status().message()).isEqualTo("Succeeded");
    assertThat(outputs(done, "make")).containsEntry("note", Steps.NOTE).containsEntry("names", "[\"a\",\"b\"]")
        .containsEntry("sizes", "{\"made.txt\":3}");
    assertThat(outputs(done, "use")).containsEntry("summary", "3 [a, b] " + Steps.NOTE + " try 0");
  }

  @Test
  void forkedAndInProcessRunsGiveTheSameOutputs() throws Exception {
    Workflow inProcess = LocalRunner.builder().workingFolder(dir.resolve("a")).leafExecutor(JavaStepExecutor.inProcess())
        .build().run(makeThenUse());
    Workflow forked = LocalRunner.builder().workingFolder(dir.resolve("b")).leafExecutor(JavaStepExecutor.forked())
        .build().run(makeThenUse());
    assertThat(forked.status().phase()).as(forked.status().message()).isEqualTo("Succeeded");
    assertThat(outputs(forked, "make")).isEqualTo(outputs(inProcess, "make"));
    assertThat(outputs(forked, "use")).isEqualTo(outputs(inProcess, "use"));
  }

  @Test
  void aFanOutsGatheredOutputsReachAListInputAsArgoPassesThem() throws Exception {
    var score = javaStep(Steps.Score.class).image("steps:1").task("score")
        .with(Steps.Score.In::shard).expr(item()).withItems(1, 3, 2);
    var best = javaStep(Steps.Best.class).image("steps:1").task("best").dependsOn(score)
        .with(Steps.Best.In::scores).from(score.aggregated(Steps.Score.Out::score))
        .with(Steps.Best.In::parts).from(score.aggregated(Steps.Score.Out::part));
    Workflow wf = workflow().generateName("gather-").entrypoint(dag("main").tasks(score, best)).build();
    for (JavaStepExecutor executor : new JavaStepExecutor[] {JavaStepExecutor.inProcess(), JavaStepExecutor.forked()}) {
      Workflow done = LocalRunner.builder().workingFolder(dir.resolve(executor.toString().replace(' ', '-')))
          .leafExecutor(executor).build().run(wf);
      assertThat(done.status().phase()).as(executor + ": " + done.status().message()).isEqualTo("Succeeded");
      assertThat(outputs(done, "best")).containsEntry("summary", "0.75 of [Part[shard=1, label=shard \"1\"], "
          + "Part[shard=3, label=shard \"3\"], Part[shard=2, label=shard \"2\"]]");
    }
  }

  @Test
  void aStepThatThrowsFailsItsNodeAndARetryGetsTheNextRetryNumber() throws Exception {
    var flaky = javaStep(Steps.FlakyOnce.class).image("steps:1").retry(2);
    Workflow wf = workflow().generateName("flaky-").entrypoint(steps("main").then(flaky.step("flaky"))).build();
    for (JavaStepExecutor executor : new JavaStepExecutor[] {JavaStepExecutor.inProcess(), JavaStepExecutor.forked()}) {
      Workflow done = LocalRunner.builder().workingFolder(dir.resolve(executor.toString().replace(' ', '-')))
          .leafExecutor(executor).build().run(wf);
      assertThat(done.status().phase()).as(executor + ": " + done.status().message()).isEqualTo("Succeeded");
      assertThat(done.status().nodes().values()).filteredOn(n -> "Pod".equals(n.type())).extracting(NodeStatus::phase)
          .containsExactlyInAnyOrder("Failed", "Succeeded");
      assertThat(outputs(done, "flaky(1)")).containsEntry("tries", "2");
    }
  }

  @Test
  void anInputThatDoesNotBindFailsTheNodeNamingIt() throws Exception {
    var make = javaStep(Steps.Make.class).image("steps:1");
    Workflow wf = workflow().generateName("bad-").entrypoint(steps("main")
        .then(make.step("make").with(Steps.Make.In::count).expr("three").with(Steps.Make.In::note).value("n"))).build();
    Workflow done = LocalRunner.builder().workingFolder(dir).build().run(wf);
    assertThat(done.status().phase()).isEqualTo("Failed");
  }
}
