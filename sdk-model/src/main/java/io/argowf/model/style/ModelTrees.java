package io.argowf.model.style;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Conversions between Java values and JSON trees for model types that hold free-form JSON (loop items, plugin
 * configurations, generic manifests):
 *
 * <pre>{@code
 * JsonNode tree = ModelTrees.toTree(Map.of("os", "linux"));   // {"os":"linux"}
 * Object value = ModelTrees.toJava(tree);                     // a Map again
 * }</pre>
 */
public final class ModelTrees {
  /** Its own mapper (set fields only, as manifests write them), so this package needs nothing of the rest of sdk-model. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .serializationInclusion(JsonInclude.Include.NON_NULL).disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build();

  private ModelTrees() {}

  /** A JSON tree of any Java value (String, Number, Boolean, Map, List, model object, JsonNode). */
  public static JsonNode toTree(Object value) {
    return value instanceof JsonNode ? (JsonNode) value : JSON.valueToTree(value);
  }

  /** Plain Java objects (a fresh Map, List, String, Number, Boolean or null) of a JSON tree. */
  public static Object toJava(JsonNode node) {
    return JSON.convertValue(node, Object.class);
  }
}
