package io.argowf.model.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.model.Lint;
import io.argowf.model.Manifests;
import io.argowf.model.Resource;
import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowTemplate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Known-good manifests lint without errors: a guard against false positives. */
class CorpusLintTest {

  @TestFactory
  Stream<DynamicTest> argoExamplesHaveNoErrors() {
    List<Path> files = Shared.yamlFiles("argo/examples");
    List<Resource> templates = new ArrayList<>();
    for (Path f : files) {
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

  static void noErrors(Path file, List<Resource> templates) {
    for (Object d : Manifests.readAll(file)) {
      if (!(d instanceof Workflow || d instanceof WorkflowTemplate || d instanceof ClusterWorkflowTemplate || d instanceof CronWorkflow)) continue;
      List<Lint.Problem> errors = Lint.check((Resource) d, templates).stream().filter(Lint.Problem::isError).toList();
      assertThat(errors).as(file.getFileName().toString()).isEmpty();
    }
  }
}
