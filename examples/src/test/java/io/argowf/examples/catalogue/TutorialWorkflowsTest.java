package io.argowf.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.argowf.examples.Main;
import io.argowf.model.Lint;
import io.argowf.model.k8s.Resource;
import io.argowf.model.Manifests;
import io.argowf.model.workflow.Item;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowStep;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The tutorial's workflows, built with the DSL, equal the tutorial's manifests. */
class TutorialWorkflowsTest {
  static Stream<String> names() {
    return Stream.of("hello-hello-hello", "vci-podmetadata", "vci-podmetadata-podgc", "vci-resourcepolicy-workflow",
        "vci-profile-workflow", "blender-render");
  }

  @Test
  void theSixTutorialWorkflowsAreListedInOrder() {
    assertThat(TutorialWorkflows.examples()).extracting(Example::name).containsExactlyElementsOf(names().toList());
  }

  @ParameterizedTest
  @MethodSource("names")
  void eachBuildsLintsCleanAndWritesYaml(String name) {
    List<Object> manifests = Catalogue.find(name).orElseThrow().manifests();
    assertThat(manifests).singleElement().isInstanceOf(Workflow.class);
    assertThat(Lint.check((Resource) manifests.get(0))).filteredOn(Lint.Problem::isError).isEmpty();
    assertThat(Manifests.toYaml(manifests.get(0))).startsWith("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\n");
  }

  @ParameterizedTest
  @MethodSource("names")
  void eachEqualsItsSeedManifest(String name) throws IOException {
    Path seed = seed(name);
    Object built = Catalogue.find(name).orElseThrow().manifests().get(0);
    assertThat(Manifests.differences(Manifests.read(seed), built)).isEmpty();
  }

  @Test
  void exportWritesEverySeedManifestEqualToItsFile(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = Main.run(new String[] {"export", dir.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(status).isZero();
    for (String name : names().toList()) {
      Path written = dir.resolve(name + ".yaml");
      assertThat(written).exists();
      Path seed = seed(name);
      assertThat(Manifests.differences(Manifests.read(seed), Manifests.read(written))).as(name).isEmpty();
    }
  }

  @Test
  void blenderRenderSlicedInJavaLoopsOverTheSlicesWithoutAScriptPod() {
    Workflow wf = TutorialWorkflows.blenderRenderSlicedInJava(1, 300, 10);
    assertThat(wf.spec().templates()).extracting(Template::name).containsExactly("main", "render-blender");
    assertThat(wf.spec().templates()).allMatch(t -> t.script() == null);
    WorkflowStep render = wf.spec().templates().get(0).steps().get(0).steps().get(0);
    assertThat(render.withParam()).isNull();
    assertThat(render.withItems()).hasSize(30);
    assertThat(render.withItems().get(0)).isEqualTo(Item.of(Map.of("start", 1, "stop", 10)));
    assertThat(render.withItems().get(29)).isEqualTo(Item.of(Map.of("start", 291, "stop", 300)));
    assertThat(render.arguments().parameters()).extracting(p -> p.value()).containsExactly("{{item.start}}", "{{item.stop}}");
    assertThat(Lint.check(wf)).filteredOn(Lint.Problem::isError).isEmpty();
  }

  @Test
  void aLastSliceShorterThanTheOthersEndsAtTheLastFrame() {
    WorkflowStep render = TutorialWorkflows.blenderRenderSlicedInJava(1, 25, 10).spec().templates().get(0)
        .steps().get(0).steps().get(0);
    assertThat(render.withItems()).containsExactly(
        Item.of(Map.of("start", 1, "stop", 10)), Item.of(Map.of("start", 11, "stop", 20)),
        Item.of(Map.of("start", 21, "stop", 25)));
  }

  private static Path seed(String name) throws IOException {
    Path dir = Path.of(System.getProperty("argowf.shared", "../../shared")).resolve("seeds/manifests");
    assumeTrue(Files.isDirectory(dir), "skipped: reference data " + dir.toAbsolutePath()
        + " is not here (it sits beside the repository in CI; a fresh clone runs without it)");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().matches("\\d+-" + name + "\\.yaml")).findFirst()
          .orElseThrow(() -> new AssertionError("no seed manifest for " + name + " in " + dir));
    }
  }
}
