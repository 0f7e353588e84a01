package io.argowf.model.internal.bind;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Reads one generated model class straight into its Immutables builder: a switch on the field name calls the
 * builder's setter, with no reflection and no intermediate object (Jackson's bean path for Immutables binds into a
 * mutable {@code X.Json} through {@code Method.invoke} and copies it into a builder). Field values are read by the
 * deserializers Jackson finds for their types, each found the first time a document has that field, so a document
 * loads only the classes it uses. Failures carry the same path references as Jackson's bean deserializer.
 *
 * <p>Generated subclasses ({@code WorkflowReader}, ...) say which fields there are; {@link ModelReaders} picks one by
 * class name:
 *
 * <pre>{@code
 * SimpleModule readers = new SimpleModule("argowf-model-readers");
 * readers.setDeserializers(new ModelReaders());   // Workflow.class is then read by WorkflowReader
 * }</pre>
 *
 * @param <T> the model class
 * @param <B> its builder
 */
public abstract class ModelReader<T, B> extends JsonDeserializer<T> {
  private final Class<T> type;
  private final AtomicReferenceArray<JsonDeserializer<Object>> readers;

  /**
   * A reader of one class.
   *
   * @param type the model class
   * @param slots how many fields have a deserializer of their own, numbered from 0 ({@link #type(TypeFactory, int)})
   */
  protected ModelReader(Class<T> type, int slots) {
    this.type = type;
    this.readers = new AtomicReferenceArray<>(slots);
  }

  /** A new, empty builder. */
  protected abstract B builder();

  /** The built value. */
  protected abstract T build(B builder);

  /**
   * Reads the value of one known field (the parser is on its first token) into the builder.
   *
   * @return the field's number (below 64), or -1 when the model does not know the field
   */
  protected abstract int read(B builder, String field, JsonParser p, DeserializationContext c) throws IOException;

  /** Sets the list in slot {@code slot} to an empty one, before {@link #add} adds its elements. */
  protected abstract void startList(B builder, int slot);

  /** Adds an element to the list in slot {@code slot}. */
  protected abstract void add(B builder, int slot, Object element);

  /** Keeps a field the model does not know, verbatim. */
  protected abstract void unknown(B builder, String field, JsonNode value);

  /** The Java type of the field in slot {@code slot}, for finding its deserializer. */
  protected abstract JavaType type(TypeFactory types, int slot);

  @Override
  public Class<T> handledType() {
    return type;
  }

  @Override
  public boolean isCachable() {
    return true;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T deserialize(JsonParser p, DeserializationContext c) throws IOException {
    JsonToken t = p.currentToken();
    String field;
    if (t == JsonToken.START_OBJECT) field = p.nextFieldName();
    else if (t == JsonToken.FIELD_NAME) field = p.currentName();
    else if (t == JsonToken.END_OBJECT) field = null;
    else return (T) c.handleUnexpectedToken(type, p);
    B builder = builder();
    long seen = 0;
    Set<String> unknown = null;
    for (; field != null; field = p.nextFieldName()) {
      p.nextToken();
      try {
        int n = read(builder, field, p, c);
        if (n >= 0) {
          if ((seen & (1L << n)) != 0) throw duplicate(p, field);
          seen |= 1L << n;
        } else {
          if (unknown == null) unknown = new HashSet<>();
          if (!unknown.add(field)) throw duplicate(p, field);
          unknown(builder, field, tree(p, c));
        }
      } catch (Exception e) {
        throw withPath(e, type, field, c);
      }
    }
    try {
      return build(builder);
    } catch (RuntimeException e) {
      throw ValueInstantiationException.from(p, "cannot build " + type.getSimpleName() + ": " + e.getMessage(),
          c.constructType(type), e);
    }
  }

  /** The value of the field in slot {@code slot}, read by its type's deserializer; null for JSON null. */
  protected final Object value(int slot, JsonParser p, DeserializationContext c) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) return null;
    JsonDeserializer<Object> r = readers.get(slot);
    if (r == null) r = reader(slot, type(c.getTypeFactory(), slot), c);
    return r.deserialize(p, c);
  }

  private JsonDeserializer<Object> reader(int slot, JavaType of, DeserializationContext c) throws IOException {
    JsonDeserializer<Object> r = c.findContextualValueDeserializer(of, null);
    readers.set(slot, r);
    return r;
  }

  /**
   * Reads the list in slot {@code slot} element by element into the builder, with no list of its own in between
   * (fewer short-lived objects between the ones that stay); JSON null leaves the field absent. Failures carry the
   * element's index, as Jackson's collection deserializer gives it.
   */
  protected final void list(B builder, int slot, JsonParser p, DeserializationContext c) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) return;
    if (t != JsonToken.START_ARRAY) {
      // not a list: Jackson's collection deserializer refuses it (or coerces it) with its own message
      Collection<?> value = (Collection<?>) c.findContextualValueDeserializer(type(c.getTypeFactory(), slot), null).deserialize(p, c);
      startList(builder, slot);
      if (value != null) value.forEach(e -> add(builder, slot, e));
      return;
    }
    JsonDeserializer<Object> elements = readers.get(slot);
    if (elements == null) elements = reader(slot, type(c.getTypeFactory(), slot).getContentType(), c);
    startList(builder, slot);
    int index = 0;
    for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
      try {
        add(builder, slot, t == JsonToken.VALUE_NULL ? elements.getNullValue(c) : elements.deserialize(p, c));
      } catch (Exception e) {
        if (!c.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS) && e instanceof RuntimeException r) throw r;
        throw JsonMappingException.wrapWithPath(e, builder, index);
      }
    }
  }

  /**
   * The map in slot {@code slot}, its values read by their type's deserializer; null for JSON null. A key
   * given twice is refused (the JSON fast path does not ask the parser to check), and a null in a string map is the
   * empty string, as in Go.
   */
  @SuppressWarnings("unchecked")
  protected final <V> Map<String, V> map(int slot, JsonParser p, DeserializationContext c) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) return null;
    if (t != JsonToken.START_OBJECT) {
      return (Map<String, V>) c.findContextualValueDeserializer(type(c.getTypeFactory(), slot), null).deserialize(p, c);
    }
    JsonDeserializer<Object> values = readers.get(slot);
    if (values == null) values = reader(slot, type(c.getTypeFactory(), slot).getContentType(), c);
    boolean strings = values.handledType() == String.class;
    Map<String, Object> out = new LinkedHashMap<>();
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      try {
        Object value = p.nextToken() == JsonToken.VALUE_NULL ? (strings ? "" : values.getNullValue(c)) : values.deserialize(p, c);
        int before = out.size();
        out.put(key, value);
        if (out.size() == before) throw duplicate(p, key);
      } catch (Exception e) {
        throw withPath(e, out, key, c);
      }
    }
    return (Map<String, V>) out;
  }

  /** Any JSON value as a tree (JSON null as a null node), as a free-form field or an unknown field keeps it. */
  protected static JsonNode tree(JsonParser p, DeserializationContext c) throws IOException {
    return c.readTree(p);
  }

  /** Whether the parser is on a list or a map. */
  protected static boolean isContainer(JsonParser p) {
    JsonToken t = p.currentToken();
    return t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT;
  }

  /**
   * An AnyString field (a parameter's {@code value}, {@code default}, ...): numbers and booleans as text in Go's
   * formatting ({@code 1e3} and {@code 1000.0} give "1000", big integers their digits); {@code .inf} and
   * {@code .nan} are refused. Callers keep a list or map there in the unknown fields instead.
   */
  protected static String anyString(JsonParser p, DeserializationContext c) throws IOException {
    switch (p.currentToken()) {
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getBigIntegerValue().toString();
      case VALUE_NUMBER_FLOAT:
        double d = p.getDoubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
          throw JsonMappingException.from(p, "'" + p.getText() + "' (infinity or not-a-number) is not a value Argo accepts;"
              + " quote it if you mean the text");
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
      case VALUE_TRUE:
      case VALUE_FALSE:
        return p.getText();
      case VALUE_NULL:
        return null;
      default:
        return (String) c.handleUnexpectedToken(String.class, p);
    }
  }

  /** A list of AnyStrings ({@code enum}); null for JSON null. */
  @SuppressWarnings("unchecked")
  protected static List<String> anyStrings(JsonParser p, DeserializationContext c) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) return null;
    if (p.currentToken() != JsonToken.START_ARRAY) return (List<String>) c.handleUnexpectedToken(List.class, p);
    List<String> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) out.add(anyString(p, c));
    return out;
  }

  private static JsonMappingException duplicate(JsonParser p, String key) {
    return JsonMappingException.from(p, "Duplicate field '" + key + "'");
  }

  /** As Jackson's bean and map deserializers wrap a failure: the path grows by the key, the message stays. */
  private static IOException withPath(Exception e, Object from, String key, DeserializationContext c) throws IOException {
    boolean wrap = c.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS);
    if (e instanceof IOException io && (!wrap || !(e instanceof JacksonException))) throw io;
    if (!wrap && e instanceof RuntimeException r) throw r;
    return JsonMappingException.wrapWithPath(e, from, key);
  }
}
