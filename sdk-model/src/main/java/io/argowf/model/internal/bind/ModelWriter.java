package io.argowf.model.internal.bind;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Writes one generated model class by calling its accessors in the class's field order, with no reflection: set
 * fields are written (an empty list or map too), absent ones are not, and the unknown fields follow the known ones.
 * Values other than strings are written by the serializers Jackson finds for their types, each found the first time
 * a value is there. A top-level kind whose {@code apiVersion} or {@code kind} is unset (one made with a builder) gets
 * its own written.
 *
 * <p>Generated subclasses ({@code WorkflowWriter}, ...) say which fields there are; {@link ModelWriters} picks one
 * by class name.
 *
 * @param <T> the model class
 */
public abstract class ModelWriter<T> extends JsonSerializer<T> {
  private final Class<T> type;
  private final String[] slots;
  private final AtomicReferenceArray<JsonSerializer<Object>> writers;

  /**
   * A writer of one class.
   *
   * @param type the model class
   * @param slots the JSON names of the fields that have a serializer of their own (all but strings and free-form
   *     trees), numbered from 0 ({@link #type(TypeFactory, int)})
   */
  protected ModelWriter(Class<T> type, String... slots) {
    this.type = type;
    this.slots = slots;
    this.writers = new AtomicReferenceArray<>(slots.length);
  }

  /**
   * The Java types of the fields that have a serializer of their own (model values, lists, maps, numbers), by JSON
   * name: what a walk over a written tree needs to know where it is.
   */
  public final Map<String, JavaType> slotTypes(TypeFactory types) {
    Map<String, JavaType> out = new HashMap<>();
    for (int i = 0; i < slots.length; i++) out.put(slots[i], type(types, i));
    return out;
  }

  /**
   * Writes the known fields that are set, in order.
   *
   * @param root whether the value is the document itself (a kind then writes its own apiVersion and kind when unset)
   */
  protected abstract void fields(T value, boolean root, JsonGenerator g, SerializerProvider p) throws IOException;

  /** The fields the model does not know, kept when the value was read. */
  protected abstract Map<String, JsonNode> unknownFields(T value);

  /** The Java type of the field in slot {@code slot}, for finding its serializer. */
  protected abstract JavaType type(TypeFactory types, int slot);

  @Override
  public Class<T> handledType() {
    return type;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
    boolean root = g.getOutputContext().inRoot();
    g.writeStartObject(value);
    fields(value, root, g, p);
    for (Map.Entry<String, JsonNode> e : unknownFields(value).entrySet()) {
      g.writeFieldName(e.getKey());
      e.getValue().serialize(g, p);
    }
    g.writeEndObject();
  }

  /** A field name, quoted once for every write. */
  protected static SerializableString name(String json) {
    return new SerializedString(json);
  }

  /** Writes a string field when it is set. */
  protected static void string(SerializableString name, String value, JsonGenerator g) throws IOException {
    if (value == null) return;
    g.writeFieldName(name);
    g.writeString(value);
  }

  /** Writes a field when it is set, with the serializer of its slot's type. */
  protected final void value(SerializableString name, int slot, Object value, JsonGenerator g, SerializerProvider p) throws IOException {
    if (value == null) return;
    JsonSerializer<Object> w = writers.get(slot);
    if (w == null) {
      w = p.findValueSerializer(type(p.getTypeFactory(), slot), null);
      writers.set(slot, w);
    }
    g.writeFieldName(name);
    w.serialize(value, g, p);
  }

  /** Writes a free-form field when it is set. */
  protected static void tree(SerializableString name, JsonNode value, JsonGenerator g, SerializerProvider p) throws IOException {
    if (value == null) return;
    g.writeFieldName(name);
    value.serialize(g, p);
  }
}
