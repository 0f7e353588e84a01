package io.argowf.model.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.model.ArgoVersion;
import io.argowf.model.Lint;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.Resource;
import io.argowf.model.StrictYaml;
import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Known-good manifests lint without errors: a guard against false positives. */
class CorpusLintTest {

  @TestFactory
  Stream<DynamicTest> argoExamplesHaveNoErrors() {
    List<Path> files = Shared.yamlFiles("argo/examples");
    List<Resource> templates = new ArrayList<>();
    for (Path f : files) {
      if (repeatsAKey(f)) continue;
      for (Object d : Manifests.readAll(f)) {
        if (d instanceof WorkflowTemplate || d instanceof ClusterWorkflowTemplate) templates.add((Resource) d);
      }
    }
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> noErrors(f, templates)));
  }

  @TestFactory
  Stream<DynamicTest> tutorialManifestsHaveNoErrors() {
    return Shared.yamlFiles("seeds/manifests").stream()
        .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> noErrors(f, List.of())));
  }

  /** The tutorial was written for a cluster on Argo v3.5.5: its manifests are clean for that version too. */
  @TestFactory
  Stream<DynamicTest> tutorialManifestsHaveNoErrorsForV35() {
    return Shared.yamlFiles("seeds/manifests").stream()
        .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> noErrors(f, List.of(), ArgoVersion.V3_5)));
  }

  /** Our own manifests in the forms of the v3.5 era (singular schedule, mutex and semaphore, cache key, priorities). */
  @TestFactory
  Stream<DynamicTest> v35EraManifestsHaveNoErrorsForV35() throws Exception {
    List<Path> files = new ArrayList<>();
    files.add(resource("/roundtrip/live-workflow-v35.yaml"));
    try (Stream<Path> s = Files.list(resource("/lint/v35-era"))) {
      s.sorted().forEach(files::add);
    }
    return files.stream()
        .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> noErrors(f, List.of(), ArgoVersion.V3_5)));
  }

  /** The same files use forms v4 removed, so they are not clean for v4: the fixtures do test the v3.5 rules. */
  @Test
  void v35FormsAreErrorsForV4() throws Exception {
    for (String name : List.of("nightly-report-cron.yaml", "memoized-fetch.yaml")) {
      Resource doc = Manifests.readAll(resource("/lint/v35-era/" + name)).get(0);
      assertThat(Lint.check(doc, List.of(), Lint.Mode.CREATE, ArgoVersion.V4)).as(name).anyMatch(Lint.Problem::isError);
    }
  }

  static void noErrors(Path file, List<Resource> templates) {
    noErrors(file, templates, ArgoVersion.V4);
  }

  private static void noErrors(Path file, List<Resource> templates, ArgoVersion version) {
    if (repeatsAKey(file)) return;   // refused at read (SharedCorpusRoundTripTest checks how)
    for (Object d : Manifests.readAll(file)) {
      if (!(d instanceof Workflow || d instanceof WorkflowTemplate || d instanceof ClusterWorkflowTemplate || d instanceof CronWorkflow)) continue;
      List<Lint.Problem> errors = Lint.check((Resource) d, templates, Lint.Mode.CREATE, version).stream()
          .filter(Lint.Problem::isError).toList();
      assertThat(errors).as(file.getFileName() + " for " + version).isEmpty();
    }
  }

  private static Path resource(String name) throws java.net.URISyntaxException {
    return Path.of(CorpusLintTest.class.getResource(name).toURI());
  }

  private static boolean repeatsAKey(Path file) {
    try {
      return StrictYaml.repeatsAKey(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
