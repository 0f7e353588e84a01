package io.argowf.model.workflow;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import io.argowf.model.style.ModelTrees;
import java.util.Objects;

/**
 * One {@code withItems} element (or an event body): any JSON value (string, number, boolean, list or map),
 * kept verbatim.
 *
 * <pre>{@code
 * Item os = Item.of("debian");
 * Item slice = Item.of(Map.of("start", 1, "stop", 10));   // renders {{item.start}} / {{item.stop}}
 * }</pre>
 */
public final class Item {
  private final JsonNode value;

  private Item(JsonNode value) {
    this.value = value == null ? NullNode.getInstance() : value;
  }

  /**
   * An item from a Java value: String, Number, Boolean, Map, List (nested freely) or a model object.
   */
  public static Item of(Object value) {
    if (value instanceof Item) return (Item) value;
    if (value instanceof String) return new Item(JsonNodeFactory.instance.textNode((String) value));
    return new Item(ModelTrees.toTree(value));
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Item fromJson(JsonNode value) {
    return new Item(value);
  }

  /**
   * The value as a read-only JSON tree (do not modify it).
   */
  @JsonValue
  public JsonNode value() {
    return value;
  }

  /**
   * The value as Java objects: String, Number, Boolean, {@code List}, {@code Map} or null.
   *
   * @return a fresh Java value
   */
  public Object toJava() {
    return ModelTrees.toJava(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Item && ((Item) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(value);
  }

  /** Strings as themselves, anything else as compact JSON. */
  @Override
  public String toString() {
    return value.isTextual() ? value.textValue() : value.toString();
  }
}
