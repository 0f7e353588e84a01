package io.argowf.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.dsl.Mermaid;
import io.argowf.model.Lint;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.Resource;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The three use-case pipelines: in the catalogue, lint-clean, exported and read back unchanged. */
class UseCasesTest {
  static Stream<String> names() {
    return Stream.of("sales-analysis", "model-training", "cluster-maintenance");
  }

  @ParameterizedTest
  @MethodSource("names")
  void eachIsInTheCatalogueAndLintsWithoutErrorsOrWarnings(String name) {
    Example e = Catalogue.find(name).orElseThrow();
    assertThat(e.description()).isNotBlank().doesNotContain("\n");
    Resource manifest = (Resource) e.manifests().get(0);
    assertThat(Lint.check(manifest)).filteredOn(p -> p.severity() != Lint.Severity.INFO).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("names")
  void eachExportsAndReadsBackUnchanged(String name) {
    Object manifest = Catalogue.find(name).orElseThrow().manifests().get(0);
    String yaml = Manifests.toYaml(manifest);
    Object read = Manifests.read(yaml, manifest.getClass());
    assertThat(Manifests.differences(read, manifest)).isEmpty();
    assertThat(Manifests.toYaml(read)).isEqualTo(yaml);
  }

  @Test
  void theSalesAnalysisFansOutAggregatesAndPublishesOnlyAboveTheMinimum() {
    Workflow wf = UseCases.salesAnalysis();
    var tasks = wf.spec().templates().get(0).dag().tasks();
    assertThat(tasks.get(1).withParam()).isEqualTo("{{tasks.list-shards.outputs.result}}");
    assertThat(tasks.get(2).arguments().parameters().get(0).value()).isEqualTo("{{tasks.count.outputs.parameters.orders}}");
    assertThat(tasks.get(3).when()).isEqualTo("{{tasks.aggregate.outputs.parameters.total}} >= {{workflow.parameters.minimum-orders}}");
    assertThat(tasks).extracting(t -> t.depends()).containsExactly(null, "list-shards", "count", "aggregate");
    assertThat(Mermaid.of(wf)).contains("loop: withParam");
  }

  @Test
  void theTrainingRunsOnAGpuAndRegistersOnlyAnAccurateModel() {
    String yaml = Manifests.toYaml(UseCases.modelTraining());
    assertThat(yaml).contains("nvidia.com/gpu: 1").contains("endpoint: tos-s3-cn-beijing.volces.com")
        .contains("when: \"{{tasks.evaluate.outputs.parameters.accuracy}} >= {{workflow.parameters.min-accuracy}}\"");
  }

  @Test
  void theMaintenanceCronReportsTheOutcomeOnExit() {
    CronWorkflow cron = UseCases.clusterMaintenance();
    var spec = cron.spec().workflowSpec();
    assertThat(spec.onExit()).isEqualTo("report-outcome");
    assertThat(cron.spec().concurrencyPolicy()).isEqualTo("Forbid");
    assertThat(Manifests.toYaml(cron)).contains("when: \"{{workflow.status}} == Succeeded\"")
        .contains("when: \"!({{workflow.status}} == Succeeded)\"").contains("action: create");
    assertThat(Mermaid.of(cron)).contains("on exit");
  }

  @Test
  void theSourceWritesNoArgoExpressionByHand() throws IOException {
    String source = Files.readString(Path.of("src/main/java/io/argowf/examples/catalogue/UseCases.java"));
    assertThat(source).doesNotContain("{{");
  }
}
