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
import java.util.List;
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
 * by class name, and {@link ModelSerializerFactory} hands it to Jackson. Lint reads fields through it too:
 *
 * <pre>{@code
 * ModelWriter<Object> w = ModelWriter.fieldsOf(Workflow.class);
 * Object spec = w.get(workflow, w.fields().indexOf("spec"));
 * }</pre>
 *
 * @param <T> the model class
 */
public abstract class ModelWriter<T> extends JsonSerializer<T> {
  private final Class<T> type;
  private final List<String> fields;
  private final AtomicReferenceArray<JsonSerializer<Object>> writers;

  /**
   * A writer of one class.
   *
   * @param type the model class
   * @param fields the JSON names of its known fields, in the order they are written; field {@code i} is the
   *     {@code i}th ({@link #type(TypeFactory, int)}, {@link #get(Object, int)})
   */
  protected ModelWriter(Class<T> type, String... fields) {
    this.type = type;
    this.fields = List.of(fields);
    this.writers = new AtomicReferenceArray<>(fields.length);
  }

  /** One shared writer per generated class, for reading fields; Jackson gets fresh ones (they cache its serializers). */
  private static final ClassValue<ModelWriter<Object>> FIELDS = new ClassValue<>() {
    @Override
    @SuppressWarnings("unchecked")
    protected ModelWriter<Object> computeValue(Class<?> type) {
      return (ModelWriter<Object>) ModelWriters.forName(type.getName());
    }
  };

  /**
   * The writer of a generated model class, shared, for reading a value's fields without reflection ({@link #fields()},
   * {@link #get(Object, int)}); not for writing, which goes through Jackson.
   *
   * @return the writer, or null when the class is not a generated model class
   */
  public static ModelWriter<Object> fieldsOf(Class<?> type) {
    return FIELDS.get(type);
  }

  /** The JSON names of the known fields, in the order they are written. */
  public final List<String> fields() {
    return fields;
  }

  /**
   * The Java types of the fields that have a serializer of their own (model values, lists, maps, numbers: all but
   * strings and free-form trees), by JSON name: what a walk over a written tree needs to know where it is.
   */
  public final Map<String, JavaType> typedFields(TypeFactory types) {
    Map<String, JavaType> out = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      JavaType t = type(types, i);
      if (t != null) out.put(fields.get(i), t);
    }
    return out;
  }

  /** The value of field number {@code field} (null when absent), without reflection. */
  public abstract Object get(T value, int field);

  /** The fields the model does not know, kept when the value was read. */
  public abstract Map<String, JsonNode> unknownFields(T value);

  /**
   * Writes the known fields that are set, in order.
   *
   * @param root whether the value is the document itself (a kind then writes its own apiVersion and kind when unset)
   */
  protected abstract void fields(T value, boolean root, JsonGenerator g, SerializerProvider p) throws IOException;

  /**
   * The Java type of field number {@code field}, for finding its serializer; null for a string or a free-form tree,
   * which are written directly.
   */
  protected abstract JavaType type(TypeFactory types, int field);

  @Override
  public Class<T> handledType() {
    return type;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
    boolean root = g.getOutputContext().inRoot();
    g.writeStartObject(value);
    fields(value, root, g, p);
    Map<String, JsonNode> unknown = unknownFields(value);
    if (!unknown.isEmpty()) {
      for (Map.Entry<String, JsonNode> e : unknown.entrySet()) {
        g.writeFieldName(e.getKey());
        e.getValue().serialize(g, p);
      }
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

  /** Writes field number {@code field} when it is set, with the serializer of its type. */
  protected final void value(SerializableString name, int field, Object value, JsonGenerator g, SerializerProvider p) throws IOException {
    if (value == null) return;
    JsonSerializer<Object> w = writers.get(field);
    if (w == null) {
      w = p.findValueSerializer(type(p.getTypeFactory(), field), null);
      writers.set(field, w);
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
