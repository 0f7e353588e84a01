package io.argowf.model.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.argowf.model.Lint;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.Resource;
import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Argo's own validator cases: lint reaches Argo's verdict on each. */
class ArgoValidateCasesTest {
  @TestFactory
  Stream<DynamicTest> everyCaseGetsArgosVerdict() throws IOException {
    JsonNode cases = Manifests.jsonMapper().readTree(Files.readString(Shared.path("argo/validate-cases.json")));
    return StreamSupport.stream(cases.spliterator(), false)
        .map(c -> DynamicTest.dynamicTest(c.path("id").asText(), () -> verdict(c)));
  }

  private static void verdict(JsonNode c) {
    Resource manifest = read(c.path("yaml").asText(), c.path("kind").asText());
    List<Resource> templates = new ArrayList<>();
    for (JsonNode t : c.path("templates")) templates.add(read(t.path("yaml").asText(), t.path("kind").asText()));
    String opts = c.path("opts").asText("");
    Lint.Mode mode = opts.contains("Lint: true") ? Lint.Mode.LINT : opts.contains("Submit: true") ? Lint.Mode.SUBMIT : Lint.Mode.CREATE;
    List<Lint.Problem> errors = Lint.check(manifest, templates, mode).stream().filter(Lint.Problem::isError).toList();
    if (c.path("valid").asBoolean()) {
      assertThat(errors).as("Argo accepts this").isEmpty();
    } else {
      assertThat(errors).as("Argo refuses this: " + c.path("argoMessage").asText()).isNotEmpty();
    }
  }


  /** By the document's own kind (a case's "kind" may differ from it), or the case's when the document has none. */
  private static Resource read(String yaml, String caseKind) {
    Object doc = Manifests.read(yaml);
    if (doc instanceof Resource r) return r;
    Class<? extends Resource> kind = switch (caseKind) {
      case "WorkflowTemplate" -> WorkflowTemplate.class;
      case "ClusterWorkflowTemplate" -> ClusterWorkflowTemplate.class;
      case "CronWorkflow" -> CronWorkflow.class;
      default -> Workflow.class;
    };
    return Manifests.read(yaml, kind);
  }
}
