package io.argowf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.examples.catalogue.Catalogue;
import io.argowf.examples.catalogue.Example;
import io.argowf.model.Manifests;
import io.argowf.model.workflow.Workflow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void listNamesEveryExample() {
    assertThat(run("list")).isZero();
    for (Example e : Catalogue.all()) assertThat(out.toString(StandardCharsets.UTF_8)).contains(e.name());
  }

  @Test
  void showPrintsTheWorkflowAsYaml() {
    assertThat(run("show", "hello-hello-hello")).isZero();
    Workflow wf = Manifests.read(out.toString(StandardCharsets.UTF_8), Workflow.class);
    assertThat(wf.spec().entrypoint()).isEqualTo("hello-hello-hello");
  }

  @Test
  void exportWritesOneFilePerExample(@TempDir Path dir) throws Exception {
    assertThat(run("export", dir.toString())).isZero();
    for (Example e : Catalogue.all()) {
      Path file = dir.resolve(e.name() + ".yaml");
      assertThat(file).exists();
      assertThat(Manifests.readAll(Files.readString(file))).hasSameSizeAs(e.manifests());
    }
  }

  @Test
  void exportOfChosenNamesWritesOnlyThose(@TempDir Path dir) throws Exception {
    assertThat(run("export", dir.toString(), "hello-hello-hello")).isZero();
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(dir.resolve("hello-hello-hello.yaml"));
    }
  }

  @Test
  void anUnknownExampleIsAFailureWithAHint() {
    assertThat(run("show", "nope")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no example or file named 'nope'", "'list' shows the examples");
  }

  @Test
  void submitLocalRunsTheExampleOnTheLocalBackendAndSaysSo() {
    assertThat(run("submit", "hello-hello-hello", "--local")).isZero();

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).startsWith("using local runner").contains("submitted argo/argo-vci-demo-", "3/3")
        .endsWith(" Succeeded" + System.lineSeparator());
  }

  @Test
  void submitLocalExitsNonZeroWhenTheWorkflowFails(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("fails.yaml");
    Files.writeString(file, String.join("\n", "apiVersion: argoproj.io/v1alpha1", "kind: Workflow",
        "metadata: {generateName: fails-}", "spec:", "  entrypoint: main", "  templates:", "  - name: main",
        "    container: {image: alpine:3.20, command: [sh, -c, 'exit 3']}", ""));

    assertThat(run("submit", file.toString(), "--local")).isEqualTo(1);

    assertThat(out.toString(StandardCharsets.UTF_8)).contains("using local runner", " Failed");
  }

  @Test
  void submitLocalGivesTheFilesTemplatesToTheBackend(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("with-template.yaml");
    Files.writeString(file, String.join("\n", "apiVersion: argoproj.io/v1alpha1", "kind: WorkflowTemplate",
        "metadata: {name: echoer}", "spec:", "  templates:", "  - name: echo",
        "    container: {image: alpine:3.20, command: [echo, from-a-template]}", "---",
        "apiVersion: argoproj.io/v1alpha1", "kind: Workflow", "metadata: {generateName: uses-}", "spec:",
        "  entrypoint: main", "  templates:", "  - name: main", "    steps:",
        "    - - name: call", "        templateRef: {name: echoer, template: echo}", ""));

    assertThat(run("submit", file.toString(), "--local")).isZero();
  }

  @Test
  void aWrongCommandPrintsUsage() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no command given", "Usage:", "unknown command 'frobnicate'");
  }

  @Test
  void submitOfAnUnknownExampleFailsBeforeAnyNetwork() {
    assertThat(run("submit", "nope")).isEqualTo(1);
    assertThat(run("submit")).isEqualTo(2);
  }
}
