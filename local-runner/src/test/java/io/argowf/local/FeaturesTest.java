package io.argowf.local;

import static io.argowf.local.assertions.WorkflowAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.workflow.Workflow;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeaturesTest {
  @TempDir Path dir;

  private LocalRunner runner() {
    return LocalRunner.builder().workingFolder(dir).build();
  }

  @Test
  void loopsConditionsArtifactsRetriesAndExitHandlerRunAsArgoRunsThem() throws Exception {
    Workflow done = runner().run(Fixtures.workflow("features"));
    assertThat(done).succeeded()
        .node("square(2:3)").succeeded().output("sq").isEqualTo("9");
    assertThat(done).node("read").succeeded().result().isEqualTo("payload");
    assertThat(done).node("big").succeeded().result().isEqualTo("[\"1\",\"4\",\"9\"]");
    assertThat(done).node("small").isSkipped().message().isEqualTo("when '3 < 2' evaluated false");
    assertThat(done).node("flaky").hasType("Retry").failed().message().isEqualTo("No more retries left");
    assertThat(done).node("flaky(3)").failed().message().isEqualTo("Error (exit code 1)");
    assertThat(done).node("features.onExit").succeeded().result().isEqualTo("Succeeded");
    assertThat(done.status().progress()).isEqualTo("11/11");
  }

  @Test
  void failedAndTimedOutStepsCarryArgosMessages() throws Exception {
    Workflow done = runner().run(Fixtures.workflow("failures"));
    assertThat(done).failed().node("fails").failed().message().isEqualTo("Error (exit code 1)");
    assertThat(done).node("slow").failed().message()
        .isEqualTo("Pod was active on the node longer than the specified deadline");
    assertThat(done).node("last").failed();
    assertThat(done).message().startsWith("child 'failures-");
  }

  @Test
  void aTemplateWithNoLocalCommandIsRefusedBeforeAnythingRuns() {
    Workflow wf = Fixtures.workflow("failures");
    Workflow noCommand = wf.withSpec(wf.spec().withTemplates(wf.spec().templates().stream()
        .map(t -> t.container() == null ? t : t.withContainer(t.container().withCommand(java.util.List.of("blender"))))
        .toList()));
    assertThatThrownBy(() -> runner().run(noCommand)).isInstanceOf(LocalRunException.class)
        .hasMessageContaining("spec.templates[1] (template exit-one, image alpine) runs 'blender'")
        .hasMessageContaining(".standInForCommand(\"blender\", ...)");
  }

  @Test
  void aCommandStandInIsFoundFromAShell() throws Exception {
    Workflow wf = Fixtures.workflow("failures");
    Workflow viaShell = wf.withSpec(wf.spec().withEntrypoint("exit-one").withTemplates(wf.spec().templates().stream()
        .map(t -> t.container() == null ? t : t.withContainer(t.container().withCommand(java.util.List.of("sh", "-c",
            "greet world | tr a-z A-Z"))))
        .toList()));
    Workflow done = LocalRunner.builder().workingFolder(dir)
        .standInForCommand("greet", leaf -> {
          leaf.out().println("hello " + leaf.arguments().get(0));
          return LeafResult.ok();
        }).build().run(viaShell);
    assertThat(done).succeeded().node("failures").result().isEqualTo("HELLO WORLD");
  }

  @Test
  void inputParametersAreSubstitutedInAnInputArtifactsKey() throws Exception {
    Path repo = dir.resolve("repository");
    java.nio.file.Files.createDirectories(repo.resolve("data"));
    java.nio.file.Files.writeString(repo.resolve("data/part-7.txt"), "seven");
    Workflow wf = io.argowf.model.Manifests.read(String.join("\n",
        "apiVersion: argoproj.io/v1alpha1", "kind: Workflow", "metadata: {name: keyed}", "spec:",
        "  entrypoint: read", "  arguments: {parameters: [{name: part, value: part-7}]}", "  templates:",
        "  - name: read",
        "    inputs:",
        "      parameters: [{name: part, value: '{{workflow.parameters.part}}'}]",
        "      artifacts: [{name: in, path: /tmp/in.txt, s3: {bucket: b, key: 'data/{{inputs.parameters.part}}.txt'}}]",
        "    container: {image: alpine, command: [cat, /tmp/in.txt]}", ""), Workflow.class);
    Workflow done = LocalRunner.builder().workingFolder(dir.resolve("run")).artifactFolder(repo).build().run(wf);
    assertThat(done).succeeded().node("keyed").result().isEqualTo("seven");
  }
}
