package io.argowf.step.spi;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Argo's JSON of a template's input parameters (what {@code {{inputs.parameters}}} renders): a list of
 * {@code {"name": ..., "value": ...}} objects, other fields ignored.
 */
final class ParameterFile {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private ParameterFile() {}

  /**
   * @param json the list
   * @return values by name, in order
   * @throws IllegalArgumentException saying what is wrong where
   */
  static Map<String, String> read(String json) {
    JsonNode list;
    try {
      list = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (list == null || !list.isArray()) throw new IllegalArgumentException("expected a JSON list of parameters");
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode p = list.get(i);
      if (!p.path("name").isTextual()) throw new IllegalArgumentException("[" + i + "].name: expected a string");
      JsonNode value = p.path("value");
      if (value.isMissingNode() || value.isNull()) continue;
      values.put(p.get("name").asText(), value.isTextual() ? value.asText() : value.toString());
    }
    return values;
  }

  /**
   * @param values values by name
   * @return the list as Argo writes it, one object per value
   */
  static String write(Map<String, String> values) {
    ArrayNode list = JSON.createArrayNode();
    values.forEach((name, value) -> list.addObject().put("name", name).put("value", value));
    return list.toString();
  }
}
