package io.argowf.local;

import static io.argowf.local.assertions.WorkflowAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.argowf.model.Manifests;
import io.argowf.model.workflow.Workflow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data templates (fixture {@code data.yaml}, Argo's data-transformations), plugin templates and git artifacts. */
class DataTest {
  @TempDir Path dir;

  @Test
  void aDataTemplateListsTheRepositoryAndTransformsTheList() throws Exception {
    Workflow done = LocalRunner.builder().workingFolder(dir).build().run(Fixtures.workflow("data"));
    assertThat(done).succeeded().node("list").hasType("Pod").result()
        .isEqualTo("[\"logs/a-main.log\",\"logs/c-main.log\"]");
    assertThat(done).node("read(0:logs/a-main.log)").result().isEqualTo("one");
    assertThat(done).node("read(1:logs/c-main.log)").result().isEqualTo("three");
  }

  @Test
  void argosDataTransformationsExampleProcessesTheMainLogs() throws Exception {
    List<Object> docs = SharedExamples.read("data-transformations.yaml");
    Path bucket = Files.createDirectories(dir.resolve("bucket"));
    Files.createDirectories(bucket.resolve("2021/a"));
    Files.writeString(bucket.resolve("2021/a/main.log"), "main log of a\n");
    Files.writeString(bucket.resolve("2021/a/init.log"), "init log of a\n");
    Workflow done = LocalRunner.builder().workingFolder(dir.resolve("runs")).artifactFolder(bucket).build()
        .run(SharedExamples.workflow(docs));
    assertThat(done).succeeded().node("list-log-files").result().isEqualTo("[\"2021/a/main.log\"]");
    assertThat(done).node("process-logs(0:2021/a/main.log)").succeeded().result()
        .isEqualTo("2021/a/main.log\nmain log of a");
  }

  @Test
  void aPluginTemplateRunsItsStandInAndIsRefusedWithoutOne() throws Exception {
    Workflow wf = Manifests.readAll("""
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {name: plugin}
        spec:
          entrypoint: hello
          templates:
          - name: hello
            plugin:
              hello: {text: hi}
        """).stream().map(Workflow.class::cast).findFirst().orElseThrow();
    assertThatThrownBy(() -> LocalRunner.builder().workingFolder(dir).build().run(wf))
        .isInstanceOf(LocalRunException.class)
        .hasMessageContaining("spec.templates[0].plugin: executor plugins are servers of a cluster")
        .hasMessageContaining(".standIn(\"hello\", ...)");
    Workflow done = LocalRunner.builder().workingFolder(dir).standIn("hello", leaf -> {
      leaf.out().println(leaf.template().plugin().config().path("text").asText());
      return LeafResult.ok();
    }).build().run(wf);
    assertThat(done).succeeded().node("plugin").hasType("Plugin").result().isEqualTo("hi");
  }

  @Test
  void aGitArtifactIsClonedAtItsRevision() throws Exception {
    assumeTrue(Commands.exists("git"), "skipped: git is not on this machine");
    Path repo = Files.createDirectories(dir.resolve("repo"));
    git(repo, "init", "--quiet");
    Files.writeString(repo.resolve("VERSION"), "1\n");
    git(repo, "add", "VERSION");
    git(repo, "commit", "--quiet", "-m", "one");
    git(repo, "tag", "v1");
    Files.writeString(repo.resolve("VERSION"), "2\n");
    git(repo, "commit", "--quiet", "-am", "two");
    Workflow wf = Manifests.readAll("""
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {name: git}
        spec:
          entrypoint: read
          templates:
          - name: read
            inputs:
              artifacts:
              - name: source
                path: /src
                git: {repo: "%s", revision: v1, depth: 1}
            container:
              image: alpine/git
              command: [cat, VERSION]
              workingDir: /src
        """.formatted(repo.toUri())).stream().map(Workflow.class::cast).findFirst().orElseThrow();
    Workflow done = LocalRunner.builder().workingFolder(dir.resolve("runs")).build().run(wf);
    assertThat(done).succeeded().node("git").result().isEqualTo("1");
  }

  private static void git(Path repo, String... args) throws Exception {
    List<String> argv = new java.util.ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.com"));
    argv.addAll(List.of(args));
    Process p = new ProcessBuilder(argv).directory(repo.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) throw new IllegalStateException(String.join(" ", argv) + ": " + out);
  }
}
