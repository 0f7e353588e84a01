package io.argowf.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Workflow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JSON is bound in one pass (no tree first); it must read exactly as the tree path and as the same YAML does. */
class JsonReadingTest {

  @ParameterizedTest
  @ValueSource(strings = {"roundtrip/live-workflow-v35.yaml"})
  void aWorkflowReadsTheSameFromJsonAsFromYaml(String fixture) throws IOException {
    Workflow fromYaml = Manifests.read(resource(fixture), Workflow.class);
    String json = Manifests.toJson(fromYaml);

    Workflow fromJson = Manifests.read(json, Workflow.class);

    assertThat(fromJson).isEqualTo(fromYaml);
    assertThat(Manifests.toJson(fromJson)).isEqualTo(json);
  }

  @Test
  void unknownFieldsAndAbsentVersusEmptyAreKept() {
    String json = "{\"apiVersion\":\"argoproj.io/v1alpha1\",\"kind\":\"Workflow\",\"metadata\":{\"name\":\"w\",\"labels\":{}},"
        + "\"spec\":{\"entrypoint\":\"main\",\"futureField\":{\"a\":[1,2]},\"templates\":[]}}";

    Workflow wf = Manifests.read(json, Workflow.class);

    assertThat(wf.spec().unknownFields()).containsOnlyKeys("futureField");
    assertThat(wf.metadata().labels()).isEmpty();
    assertThat(wf.metadata().annotations()).isNull();
    assertThat(wf.spec().templates()).isEmpty();
    assertThat(Manifests.differences(json, Manifests.toJson(wf))).isEmpty();
  }

  @Test
  void anyStringFieldsTakeNumbersAsGoWritesThem() {
    Parameter p = Manifests.read("{\"name\":\"n\",\"value\":1e3,\"enum\":[1,true]}", Parameter.class);

    assertThat(p.value()).isEqualTo("1000");
    assertThat(p.enumValues()).containsExactly("1", "true");
  }

  @Test
  void aWrongTypeNamesThePathLineAndColumn() {
    String json = "{\"apiVersion\":\"argoproj.io/v1alpha1\",\"kind\":\"Workflow\",\n"
        + "\"spec\":{\n  \"parallelism\": \"5\"}}";

    assertThatThrownBy(() -> Manifests.read(json, Workflow.class))
        .isInstanceOf(ManifestException.class)
        .hasMessage("<string>: spec.parallelism: expected a whole number, got the string \"5\" at line 3, column 18");
  }

  @Test
  void aDocumentOfAnotherKindIsRefused() {
    String json = "{\"apiVersion\":\"argoproj.io/v1alpha1\",\"kind\":\"CronWorkflow\",\"metadata\":{\"name\":\"c\"}}";

    assertThatThrownBy(() -> Manifests.read(json, Workflow.class))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("the document is a CronWorkflow (argoproj.io/v1alpha1), not a Workflow");
    assertThat(Manifests.read(json, CronWorkflow.class).metadata().name()).isEqualTo("c");
  }

  @Test
  void aKeyGivenTwiceIsRefusedWithBothLines() {
    String json = "{\"apiVersion\":\"argoproj.io/v1alpha1\",\"kind\":\"Workflow\",\n\"metadata\":{\"name\":\"a\",\n\"name\":\"b\"}}";

    assertThatThrownBy(() -> Manifests.read(json, Workflow.class))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("key 'name' is given twice in one map, at line 2, column 13 and line 3, column 1");
  }

  /** The fast path leaves duplicate keys to the readers (not the parser): each place one can hide is still refused. */
  @ParameterizedTest
  @ValueSource(strings = {
      "{\"kind\":\"Workflow\",\"spec\":{\"entrypoint\":\"a\",\n\"entrypoint\":\"b\"}}",
      "{\"kind\":\"Workflow\",\"spec\":{\"future\":1,\n\"future\":2}}",
      "{\"kind\":\"Workflow\",\"metadata\":{\"labels\":{\"app\":\"a\",\n\"app\":\"b\"}}}",
      "{\"kind\":\"Workflow\",\"spec\":{\"future\":{\"x\":1,\n\"x\":2}}}",
      "{\"kind\":\"Workflow\",\"spec\":{\"templates\":[{\"steps\":[[{\"withItems\":[{\"k\":1,\n\"k\":2}]}]]}]}}",
      "{\"kind\":\"Workflow\",\"spec\":{\"templates\":[{\"plugin\":{\"p\":{},\n\"p\":{}}}]}}"})
  void aKeyGivenTwiceAnywhereIsRefused(String json) {
    assertThatThrownBy(() -> Manifests.read(json, Workflow.class))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("is given twice in one map")
        .hasMessageContaining("line 2, column 1");
  }

  @Test
  void unknownFieldsKeepTheirOrder() {
    String json = "{\"name\":\"p\",\"zeta\":1,\"alpha\":2,\"mid\":3}";

    Parameter p = Manifests.read(json, Parameter.class);

    assertThat(p.unknownFields()).containsOnlyKeys("zeta", "alpha", "mid");
    assertThat(List.copyOf(p.unknownFields().keySet())).containsExactly("zeta", "alpha", "mid");
    assertThat(Manifests.toJson(p).replaceAll("\\s", "")).isEqualTo(json);
  }

  @Test
  void aNullInAStringMapIsTheEmptyStringAndAListInAnAnyStringIsKept() {
    Workflow wf = Manifests.read("{\"kind\":\"Workflow\",\"metadata\":{\"labels\":{\"a\":null}},"
        + "\"spec\":{\"arguments\":{\"parameters\":[{\"name\":\"n\",\"value\":[1,2]}]}}}", Workflow.class);

    assertThat(wf.metadata().labels()).containsEntry("a", "");
    Parameter p = wf.spec().arguments().parameters().get(0);
    assertThat(p.value()).isNull();
    assertThat(p.unknownFields().get("value").toString()).isEqualTo("[1,2]");
  }

  @Test
  void malformedJsonIsReportedWithItsPosition() {
    assertThatThrownBy(() -> Manifests.read("{\"kind\": \"Workflow\",\n \"spec\": {]}", Workflow.class))
        .isInstanceOf(ManifestException.class)
        .satisfies(e -> assertThat(((ManifestException) e).line()).isEqualTo(2));
  }

  @Test
  void anEmptyOrNullDocumentIsNotOneDocument() {
    for (String text : List.of("null", "  ", "\uFEFFnull")) {
      assertThatThrownBy(() -> Manifests.read(text, Workflow.class))
          .isInstanceOf(ManifestException.class)
          .hasMessageContaining("expected one document, found 0");
    }
  }

  @Test
  void aByteOrderMarkBeforeJsonIsSkipped() {
    Workflow wf = Manifests.read("\uFEFF{\"kind\":\"Workflow\",\"metadata\":{\"name\":\"w\"}}", Workflow.class);

    assertThat(wf.metadata().name()).isEqualTo("w");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = JsonReadingTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
