package io.argowf.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.Workflow;
import org.junit.jupiter.api.Test;

class ArgoVersionTest {
  private static final String CRON_V4 = """
      apiVersion: argoproj.io/v1alpha1
      kind: CronWorkflow
      metadata: {name: nightly}
      spec:
        schedules: ["0 2 * * *"]
        workflowSpec:
          entrypoint: main
          synchronization:
            mutexes: [{name: db}]
          templates:
          - name: main
            container: {image: busybox:1.36}
      """;

  @Test
  void aListOfOneBecomesV35sSingleFieldWhereverItSits() {
    CronWorkflow v4 = Manifests.read(CRON_V4, CronWorkflow.class);
    CronWorkflow v35 = ArgoVersion.V3_5.convert(v4);
    assertThat(v35.spec().schedule()).isEqualTo("0 2 * * *");
    assertThat(v35.spec().schedules()).isNull();
    assertThat(v35.spec().workflowSpec().synchronization().mutex().name()).isEqualTo("db");
    assertThat(v35.spec().workflowSpec().synchronization().mutexes()).isNull();
    assertThat(Lint.check(v35, java.util.List.of(), Lint.Mode.CREATE, ArgoVersion.V3_5)).noneMatch(Lint.Problem::isError);
  }

  @Test
  void v35sSingleFieldsBecomeListsForV4AndTheRoundTripIsExact() {
    CronWorkflow v4 = Manifests.read(CRON_V4, CronWorkflow.class);
    assertThat(ArgoVersion.V4.convert(ArgoVersion.V3_5.convert(v4))).isEqualTo(v4);
  }

  @Test
  void nothingToConvertGivesTheSameObject() {
    CronWorkflow v4 = Manifests.read(CRON_V4, CronWorkflow.class);
    assertThat(ArgoVersion.V4.convert(v4)).isSameAs(v4);
  }

  @Test
  void whatTheTargetLacksIsAnErrorWithItsPath() {
    CronWorkflow two = Manifests.read(CRON_V4.replace("[\"0 2 * * *\"]", "[\"0 2 * * *\", \"0 3 * * *\"]"), CronWorkflow.class);
    assertThatThrownBy(() -> ArgoVersion.V3_5.convert(two)).isInstanceOf(LintException.class)
        .hasMessageContaining("spec.schedules: Argo v3.5 takes one schedule here, this asks for 2");
    ArgoVersion.Conversion<CronWorkflow> c = ArgoVersion.V3_5.conversion(two);
    assertThat(c.manifest().spec().schedules()).hasSize(2);
    assertThat(c.manifest().spec().workflowSpec().synchronization().mutex().name()).isEqualTo("db");
    assertThat(c.problems()).extracting(Lint.Problem::path).containsExactly("spec.schedules");
  }

  @Test
  void aV35MemoizeKeyCannotGoToV4AndStatusIsKept() {
    Workflow wf = Manifests.read("""
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {name: memo}
        spec:
          entrypoint: main
          templates:
          - name: main
            priority: 2
            memoize:
              key: k
              maxAge: 1h
              cache: {configMap: {name: cache, key: entry}}
            container: {image: busybox:1.36}
        status: {phase: Succeeded}
        """, Workflow.class);
    ArgoVersion.Conversion<Workflow> c = ArgoVersion.V4.conversion(wf);
    assertThat(c.problems()).extracting(Lint.Problem::path)
        .containsExactly("spec.templates[0].priority", "spec.templates[0].memoize.cache.configMap.key");
    assertThat(ArgoVersion.V3_5.convert(wf).status().phase()).isEqualTo("Succeeded");
  }
}
