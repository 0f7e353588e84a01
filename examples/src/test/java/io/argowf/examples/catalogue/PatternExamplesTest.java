package io.argowf.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.model.Lint;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.Resource;
import io.argowf.model.workflow.WorkflowTemplate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class PatternExamplesTest {
  @TestFactory
  Stream<DynamicTest> everyPatternIsInTheCatalogueLintsCleanAndReadsBackEqual() {
    return PatternExamples.examples().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> check(e)));
  }

  private static void check(Example e) {
    assertThat(Catalogue.find(e.name())).contains(e);
    List<Object> docs = e.manifests();
    List<Resource> templates = docs.stream().filter(d -> d instanceof WorkflowTemplate).map(Resource.class::cast).toList();
    for (Object doc : docs) {
      assertThat(Lint.check((Resource) doc, templates)).as(e.name()).noneMatch(Lint.Problem::isError);
    }
    String yaml = Manifests.toYamlAll(docs);
    assertThat(Manifests.readAll(yaml)).as(e.name()).containsExactlyElementsOf(docs.stream().map(Resource.class::cast).toList());
    assertThat(Manifests.toYamlAll(Manifests.readAll(yaml))).isEqualTo(yaml);
  }
}
