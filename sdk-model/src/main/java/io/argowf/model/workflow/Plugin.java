package io.argowf.model.workflow;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.model.style.ModelTrees;

/**
 * A plugin template body: an object with exactly one key, the plugin's name, whose value is the plugin's
 * own configuration. Kept verbatim (also when it breaks the one-key rule; {@code Lint} reports that).
 *
 * <pre>{@code
 * Plugin hello = Plugin.of("hello", Map.of("name", "world"));   // plugin: {hello: {name: world}}
 * }</pre>
 */
public final class Plugin {
  private final ObjectNode value;

  private Plugin(ObjectNode value) {
    this.value = value;
  }

  /**
   * A plugin call.
   *
   * @param name the plugin's name (the single key)
   * @param config its configuration: a Map, a model object or a JSON tree
   * @return the plugin body
   */
  public static Plugin of(String name, Object config) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.set(name, ModelTrees.toTree(config));
    return new Plugin(node);
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Plugin fromJson(ObjectNode value) {
    return new Plugin(value);
  }

  /**
   * The plugin's name: the object's first key.
   *
   * @return the name, or null for an empty object
   */
  public String name() {
    return value.fieldNames().hasNext() ? value.fieldNames().next() : null;
  }

  /**
   * The plugin's configuration (the value under its name).
   *
   * @return a read-only JSON tree, or null for an empty object
   */
  public JsonNode config() {
    String name = name();
    return name == null ? null : value.get(name);
  }

  /**
   * How many keys the object has (Argo requires exactly one).
   *
   * @return the key count
   */
  public int size() {
    return value.size();
  }

  @JsonValue
  JsonNode toJson() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Plugin && ((Plugin) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
