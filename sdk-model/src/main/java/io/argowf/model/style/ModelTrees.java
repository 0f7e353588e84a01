package io.argowf.model.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** Conversions between Java values and JSON trees. */
public final class Trees {
  private Trees() {}

  /**
   * A JSON tree of any Java value (String, Number, Boolean, Map, List, model object, JsonNode).
   */
  public static JsonNode toTree(Object value) {
    return value instanceof JsonNode ? (JsonNode) value : Mappers.JSON.valueToTree(value);
  }

  /**
   * Plain Java objects (Map, List, String, Number, Boolean, null) of a JSON tree.
   *
   * @return a fresh Java value
   */
  public static Object toJava(JsonNode node) {
    return Mappers.JSON.convertValue(node, Object.class);
  }
}
