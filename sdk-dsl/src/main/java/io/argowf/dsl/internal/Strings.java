package io.argowf.dsl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.argowf.model.Manifests;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;

/** Every string in a model object, with its path. */
final class Strings {
  private Strings() {}

  /**
   * Visits every string value.
   *
   * @param model a model object (or null)
   * @param path its path
   * @param visitor called with each string's path and value
   */
  static void each(Object model, String path, BiConsumer<String, String> visitor) {
    if (model == null) return;
    walk(Manifests.jsonMapper().valueToTree(model), path, visitor);
  }

  private static void walk(JsonNode node, String path, BiConsumer<String, String> visitor) {
    if (node.isTextual()) {
      visitor.accept(path, node.textValue());
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) walk(node.get(i), path + "[" + i + "]", visitor);
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> f = it.next();
        walk(f.getValue(), path + "." + f.getKey(), visitor);
      }
    }
  }
}
