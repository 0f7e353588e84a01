package io.argowf.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.k8s.ConfigMap;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowTemplate;
import org.junit.jupiter.api.Test;

/** The reader keeps what was written and refuses what Argo's typed decoding refuses. */
class ReaderFidelityTest {
  private static final String HEAD = "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  name: w\n";

  private static Parameter parameter(String value) {
    return Manifests.read(HEAD + "spec:\n  arguments:\n    parameters:\n    - name: p\n      value: " + value + "\n", Workflow.class)
        .spec().arguments().parameters().get(0);
  }

  @Test
  void anyStringFieldsFormatNumbersAsGoDoes() {
    assertThat(parameter("10").value()).isEqualTo("10");
    assertThat(parameter("1e3").value()).isEqualTo("1000");
    assertThat(parameter("2.0").value()).isEqualTo("2");
    assertThat(parameter("0.25").value()).isEqualTo("0.25");
    assertThat(parameter("123456789012345678901234567890").value()).isEqualTo("123456789012345678901234567890");
    assertThat(parameter("true").value()).isEqualTo("true");
    assertThat(parameter("yes").value()).isEqualTo("true");
  }

  @Test
  void enumItemsAndDefaultsAreAnyStringsToo() {
    Parameter p = Manifests.read(HEAD + "spec:\n  arguments:\n    parameters:\n    - {name: p, default: 1.50, enum: [1, 2.5, on, x]}\n",
        Workflow.class).spec().arguments().parameters().get(0);
    assertThat(p.defaultValue()).isEqualTo("1.5");
    assertThat(p.enumValues()).containsExactly("1", "2.5", "true", "x");
  }

  @Test
  void infinityAndNotANumberAreRefused() {
    assertThatThrownBy(() -> parameter(".inf")).isInstanceOf(ManifestException.class)
        .hasMessageContaining("spec.arguments.parameters[0].value").hasMessageContaining("is not a value Argo accepts");
    assertThatThrownBy(() -> parameter(".nan")).isInstanceOf(ManifestException.class);
  }

  @Test
  void aListInAValueIsKeptVerbatimAndWrittenBack() {
    Parameter p = parameter("[]");
    assertThat(p.value()).isNull();
    assertThat(p.unknownFields()).containsKey("value");
    Workflow wf = Manifests.read(HEAD + "spec:\n  arguments:\n    parameters:\n    - name: p\n      value: [a, {b: 1}]\n", Workflow.class);
    assertThat(Manifests.toYaml(wf)).contains("value:\n      - a\n      - b: 1");
  }

  @Test
  void aNumberOrBooleanInAPlainStringFieldIsRefusedWithItsPath() {
    assertThatThrownBy(() -> Manifests.read(HEAD + "  labels: {version: 2}\n", Workflow.class))
        .isInstanceOf(ManifestException.class).hasMessageContaining("metadata.labels.version: expected a string, got the number 2");
    assertThatThrownBy(() -> Manifests.read(HEAD + "spec:\n  templates:\n  - name: m\n    container: {image: x, args: [a, 1]}\n",
        Workflow.class)).hasMessageContaining("spec.templates[0].container.args[1]: expected a string");
    assertThatThrownBy(() -> Manifests.read(HEAD + "spec:\n  templates:\n  - name: m\n    container: {image: true}\n", Workflow.class))
        .hasMessageContaining("spec.templates[0].container.image: expected a string, got true");
  }

  @Test
  void wholeFloatsFillIntegerFieldsAsKubernetesReadsThem() {
    Workflow wf = Manifests.read(HEAD + "spec:\n  parallelism: 1e1\n  templates:\n  - {name: m, priority: 2.0}\n", Workflow.class);
    assertThat(wf.spec().parallelism()).isEqualTo(10);
    assertThatThrownBy(() -> Manifests.read(HEAD + "spec:\n  parallelism: 2.5\n", Workflow.class))
        .hasMessageContaining("spec.parallelism: expected a whole number");
  }

  @Test
  void badTimestampsAreRefusedAtRead() {
    assertThatThrownBy(() -> Manifests.read(HEAD + "status:\n  startedAt: yesterday\n", Workflow.class))
        .isInstanceOf(ManifestException.class).hasMessageContaining("status.startedAt")
        .hasMessageContaining("'yesterday' is not an RFC 3339 timestamp");
    assertThatThrownBy(() -> Manifests.read(HEAD + "status:\n  startedAt: 2024-05-01T12:00Z\n", Workflow.class))
        .hasMessageContaining("is not an RFC 3339 timestamp");
    assertThat(Manifests.read(HEAD + "status:\n  startedAt: 2024-05-01T12:00:00.5+02:00\n", Workflow.class).status().startedAt())
        .hasToString("2024-05-01T12:00:00.5+02:00");
  }

  @Test
  void aNullAnnotationIsKeptAsTheEmptyString() {
    ConfigMap cm = Manifests.read("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  annotations: {a: null, b: x}\n", ConfigMap.class);
    assertThat(cm.metadata().annotations()).containsEntry("a", "").containsEntry("b", "x");
  }

  @Test
  void readingAsAnotherKindIsRefusedNamingBoth() {
    assertThatThrownBy(() -> Manifests.read(HEAD, WorkflowTemplate.class)).isInstanceOf(ManifestException.class)
        .hasMessageContaining("the document is a Workflow (argoproj.io/v1alpha1), not a WorkflowTemplate (argoproj.io/v1alpha1)");
    assertThatThrownBy(() -> Manifests.read("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n", Workflow.class))
        .hasMessageContaining("the document is a ConfigMap (v1), not a Workflow");
    assertThatThrownBy(() -> Manifests.read("apiVersion: argoproj.io/v2\nkind: Workflow\nmetadata: {name: c}\n", Workflow.class))
        .hasMessageContaining("apiVersion").hasMessageContaining("(argoproj.io/v2), not a Workflow (argoproj.io/v1alpha1)");
    assertThat(Manifests.read("metadata: {name: fragment}\n", Workflow.class).metadata().name()).isEqualTo("fragment");
  }
}
