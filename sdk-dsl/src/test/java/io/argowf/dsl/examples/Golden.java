package io.argowf.dsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.model.Manifests;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares what the DSL built with one of Argo's examples, as Kubernetes reads both. The examples' prose
 * annotations (descriptions, reasons a test is skipped) are Argo's words, which our tests do not re-type: an
 * annotation the built manifest does not set is left out of the comparison; one it sets must match.
 */
final class Golden {
  private static final ObjectMapper JSON = Manifests.jsonMapper();

  private Golden() {}

  /**
   * Asserts the manifests (which {@code build()} has linted) write as YAML and, when the reference data is here,
   * equal the example's documents.
   *
   * @param example the path under {@code argo/examples}, e.g. {@code dag-diamond.yaml}
   * @param built the manifests, in the file's order
   */
  static void assertMatches(String example, Object... built) {
    for (Object manifest : built) {
      assertThat(Manifests.toYaml(manifest)).isNotBlank();
    }
    List<?> expected = Manifests.readAll(SharedData.file("argo/examples/" + example));
    assertThat(built).hasSameSizeAs(expected);
    for (int i = 0; i < built.length; i++) {
      JsonNode mine = JSON.valueToTree(built[i]);
      JsonNode theirs = withoutAnnotationsNotIn(JSON.valueToTree(expected.get(i)), mine);
      assertThat(Manifests.differences(theirs, mine)).as("%s, document %d", example, i + 1).isEmpty();
    }
  }

  private static JsonNode withoutAnnotationsNotIn(JsonNode reference, JsonNode built) {
    JsonNode annotations = reference.path("metadata").path("annotations");
    if (!annotations.isObject()) return reference;
    JsonNode ours = built.path("metadata").path("annotations");
    ObjectNode kept = ((ObjectNode) annotations).deepCopy();
    for (String key : new ArrayList<>(kept.properties().stream().map(e -> e.getKey()).toList())) {
      if (!ours.has(key)) kept.remove(key);
    }
    ObjectNode copy = ((ObjectNode) reference).deepCopy();
    ObjectNode metadata = (ObjectNode) copy.get("metadata");
    if (kept.isEmpty()) metadata.remove("annotations");
    else metadata.set("annotations", kept);
    return copy;
  }
}
