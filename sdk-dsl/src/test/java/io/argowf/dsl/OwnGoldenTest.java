package io.argowf.dsl;

import static io.argowf.dsl.Argo.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.model.Manifests;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The DSL's main forms against golden manifests of our own ({@code src/test/resources/golden}, written for these
 * tests: our names, images and values), so a fresh clone checks what the DSL writes without Argo's examples. Each
 * comparison is as Kubernetes reads the documents ({@link Manifests#differences}); {@code build()} has linted each.
 */
class OwnGoldenTest {
  @Test
  void stepsRunInSequenceAndInParallel() {
    var frame = param("frame");
    var render = container("render").inputs(frame).image("registry.example.com/render:2.1")
        .command("render", "--frame").args(frame).requests(cpu("2"), memory("4Gi"));
    var stitch = container("stitch").image("registry.example.com/stitch:1.0").command("stitch", "/frames");
    Workflow wf = workflow().generateName("render-film-").namespace("studio")
        .entrypoint(steps("film")
            .then(render.step("title").with(frame, "0"))
            .thenParallel(render.step("scene-a").with(frame, "1"), render.step("scene-b").with(frame, "2"))
            .then(stitch.step("stitch")))
        .build();
    assertGolden("steps.yaml", wf);
  }

  @Test
  void dagTasksWithDependsExpressions() {
    var fetch = container("fetch").image("alpine:3.20").command("sh", "-c", "echo fetched");
    var check = container("check").image("alpine:3.20").command("sh", "-c", "exit 0");
    var train = fetch.task("fetch-data");
    var validate = check.task("validate").dependsOn(train);
    var lint = check.task("lint").dependsOn(train);
    var publish = fetch.task("publish").depends(validate.succeeded().and(lint.succeeded()));
    var report = check.task("report").depends(validate.failed().or(lint.failed()));
    Workflow wf = workflow().generateName("model-release-")
        .entrypoint(dag("release").tasks(train, validate, lint, publish, report))
        .build();
    assertGolden("dag-depends.yaml", wf);
  }

  @Test
  void loopsOverItemsAParameterAndASequence() {
    var shard = param("shard");
    var work = container("work").inputs(shard).image("alpine:3.20").command("echo").args(shard);
    var list = script("list-shards").image("python:3.12-alpine").command("python")
        .source("import json\nprint(json.dumps(['eu', 'us', 'ap']))\n");
    var listed = list.step("list");
    Workflow wf = workflow().generateName("shards-")
        .entrypoint(steps("fan-out")
            .then(listed)
            .thenParallel(
                work.step("fixed").with(shard, item()).withItems("red", "green"),
                work.step("listed").with(shard, item()).withParam(listed.result()),
                work.step("numbered").with(shard, item()).withSequence(range(1, 3))))
        .build();
    assertGolden("loops.yaml", wf);
  }

  @Test
  void conditionalStepsOnAScriptResult() {
    var toss = script("toss").image("python:3.12-alpine").command("python")
        .source("import random\nprint(random.choice(['left', 'right']))\n");
    var left = container("go-left").image("alpine:3.20").command("echo", "left");
    var right = container("go-right").image("alpine:3.20").command("echo", "right");
    var tossed = toss.step("toss");
    Workflow wf = workflow().generateName("fork-")
        .entrypoint(steps("fork")
            .then(tossed)
            .thenParallel(left.step("left").when(tossed.result().eq("left")),
                right.step("right").when(tossed.result().eq("right"))))
        .build();
    assertGolden("conditionals.yaml", wf);
  }

  @Test
  void artifactsAndOutputParametersPassBetweenSteps() {
    var report = outputArtifact("report", "/out/report.csv");
    var count = outputParam("rows").fromPath("/out/rows.txt");
    var input = inputArtifact("table", "/in/table.csv");
    var rows = param("rows");
    var export = container("export").image("alpine:3.20").command("sh", "-c")
        .args("mkdir -p /out; echo a,b > /out/report.csv; echo 1 > /out/rows.txt").outputs(report).outputs(count);
    var load = container("load").inputs(input).inputs(rows).image("alpine:3.20").command("sh", "-c")
        .args("wc -l /in/table.csv; echo " + rows);
    var exported = export.step("export");
    Workflow wf = workflow().generateName("table-copy-")
        .entrypoint(steps("copy")
            .then(exported)
            .then(load.step("load").with(input, exported.artifact(report)).with(rows, exported.output(count))))
        .build();
    assertGolden("artifacts.yaml", wf);
  }

  @Test
  void exitHandlerRunsAfterTheWorkflow() {
    var status = expr("workflow.status");
    var notify = container("notify").image("alpine:3.20").command("sh", "-c").args("echo finished " + status);
    var cleanup = container("cleanup").image("alpine:3.20").command("sh", "-c").args("echo cleaning up");
    Workflow wf = workflow().generateName("with-exit-")
        .entrypoint(container("job").image("alpine:3.20").command("sh", "-c").args("echo working"))
        .onExit(steps("after")
            .thenParallel(notify.step("notify"), cleanup.step("cleanup").when(status.ne("Succeeded"))))
        .build();
    assertGolden("exit-handler.yaml", wf);
  }

  @Test
  void templateRefCallsATemplateOfAWorkflowTemplate() {
    var who = param("who");
    var greet = container("greet").inputs(who).image("alpine:3.20").command("echo").args(who);
    WorkflowTemplate library = workflowTemplate("greetings").namespace("studio").templates(greet).build();
    var remote = templateRef(library, "greet");
    Workflow wf = workflow().generateName("use-library-").namespace("studio")
        .entrypoint(steps("main").then(remote.step("hello").with(who, "crew")))
        .build();
    assertGolden("template-ref.yaml", library, wf);
  }

  @Test
  void cronWorkflowOnASchedule() {
    CronWorkflow cron = cronWorkflow("nightly-backup").namespace("ops")
        .schedule("30 2 * * *").timezone("Europe/Berlin").concurrencyPolicy("Forbid")
        .startingDeadlineSeconds(120).successfulJobsHistoryLimit(3).failedJobsHistoryLimit(5)
        .entrypoint(container("backup").image("alpine:3.20").command("sh", "-c").args("echo backing up"))
        .build();
    assertGolden("cron.yaml", cron);
  }

  @Test
  void resourceTemplateCreatesAConfigMapAndReadsItsName() {
    Workflow wf = workflow().generateName("make-config-")
        .entrypoint(resource("create-config").action("create").setOwnerReference()
            .manifest(String.join("\n",
                "apiVersion: v1",
                "kind: ConfigMap",
                "metadata:",
                "  generateName: run-settings-",
                "data:",
                "  mode: fast",
                ""))
            .outputs(outputParam("config-name").fromJsonPath("{.metadata.name}")))
        .build();
    assertGolden("resource.yaml", wf);
  }

  @Test
  void suspendForApprovalAndForADuration() {
    var ship = container("ship").image("alpine:3.20").command("echo", "shipped");
    Workflow wf = workflow().generateName("gated-release-")
        .entrypoint(steps("release")
            .then(suspend("approval").step("wait-for-approval"))
            .then(suspend("cool-down").duration("90s").step("cool-down"))
            .then(ship.step("ship")))
        .build();
    assertGolden("suspend.yaml", wf);
  }

  @Test
  void retryWithBackoffAndALimit() {
    Workflow wf = workflow().generateName("flaky-download-")
        .entrypoint(container("download").image("curlimages/curl:8.8.0").command("curl", "-fsS", "https://example.com/data")
            .retry(retry(4).withRetryPolicy("OnError").withBackoff(backoff("5s", 2, "2m"))))
        .build();
    assertGolden("retry.yaml", wf);
  }

  private static void assertGolden(String fixture, Object... built) {
    String expected = read("/golden/" + fixture);
    String actual = Manifests.toYamlAll(List.of(built));
    assertThat(Manifests.differences(expected, actual)).as("%s against what the DSL built:%n%s", fixture, actual)
        .isEmpty();
  }

  private static String read(String resource) {
    try (InputStream in = OwnGoldenTest.class.getResourceAsStream(resource)) {
      assertThat(in).as("fixture %s", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
