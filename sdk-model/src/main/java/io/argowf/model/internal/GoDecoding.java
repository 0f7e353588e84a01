package io.argowf.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableAnyProperty;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.MapType;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.ValueFrom;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binding rules that make the model decode as Argo's Go types do, without another pass over the tree:
 * <ul>
 *   <li>AnyString fields (a parameter's {@code value}, {@code default} and {@code enum} items, {@code valueFrom.default})
 *       take numbers and booleans as text in Go's formatting ({@code 1e3} and {@code 1000.0} give "1000", big
 *       integers their digits); {@code .inf} and {@code .nan} are refused;</li>
 *   <li>a list or map in {@code value} or {@code default}, which Go reads as an empty string, is kept verbatim in the
 *       object's {@code unknownFields()} (so it writes back as written) for lint to warn about;</li>
 *   <li>a null value in a string map ({@code annotations}, {@code labels}, ...) is the empty string, as in Go.</li>
 * </ul>
 * Plain string fields refuse numbers and booleans ({@link Mappers}' coercion rules).
 */
final class GoDecoding extends BeanDeserializerModifier {
  private static final long serialVersionUID = 1L;
  /** The AnyString fields, by the model class that holds them and their JSON name. */
  private static final Map<Class<?>, Set<String>> ANY_STRING = Map.of(
      Parameter.class, Set.of("value", "default", "enum"),
      ValueFrom.class, Set.of("default"));

  static SimpleModule module() {
    return new SimpleModule("argowf-go-decoding").setDeserializerModifier(new GoDecoding());
  }

  @Override
  public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription desc, BeanDeserializerBuilder builder) {
    Class<?> model = desc.getBeanClass().getEnclosingClass();
    Set<String> fields = model == null ? null : ANY_STRING.get(model);
    if (fields == null) return builder;
    List<SettableBeanProperty> replaced = new ArrayList<>();
    for (Iterator<SettableBeanProperty> it = builder.getProperties(); it.hasNext();) {
      SettableBeanProperty p = it.next();
      if (!fields.contains(p.getName())) continue;
      replaced.add(p.getType().isCollectionLikeType()
          ? p.withValueDeserializer(new AnyStringList())
          : new AnyStringProperty(p, builder.getAnySetter()));
    }
    replaced.forEach(p -> builder.addOrReplaceProperty(p, true));
    return builder;
  }

  @Override
  public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type, BeanDescription desc,
      JsonDeserializer<?> deserializer) {
    if (type.getContentType().getRawClass() != String.class) return deserializer;
    @SuppressWarnings("unchecked")
    JsonDeserializer<Object> delegate = (JsonDeserializer<Object>) deserializer;
    return new NullsAsEmpty(delegate);
  }

  /** Go's formatting of a JSON scalar read into an AnyString. */
  static String text(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
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
        return (String) ctxt.handleUnexpectedToken(String.class, p);
    }
  }

  /** A string AnyString field; a list or map there goes verbatim to the object's unknown fields. */
  private static final class AnyStringProperty extends SettableBeanProperty.Delegating {
    private static final long serialVersionUID = 1L;
    private final SettableAnyProperty rest;

    AnyStringProperty(SettableBeanProperty delegate, SettableAnyProperty rest) {
      super(delegate);
      this.rest = rest;
    }

    @Override
    protected SettableBeanProperty withDelegate(SettableBeanProperty d) {
      return new AnyStringProperty(d, rest);
    }

    @Override
    public void deserializeAndSet(JsonParser p, DeserializationContext ctxt, Object instance) throws IOException {
      if (rest != null && (p.currentToken() == JsonToken.START_ARRAY || p.currentToken() == JsonToken.START_OBJECT)) {
        JsonNode kept = ctxt.readTree(p);
        rest.set(instance, getName(), kept);
        return;
      }
      delegate.set(instance, text(p, ctxt));
    }

    @Override
    public Object deserializeSetAndReturn(JsonParser p, DeserializationContext ctxt, Object instance) throws IOException {
      deserializeAndSet(p, ctxt, instance);
      return instance;
    }
  }

  /** A list of AnyStrings ({@code enum}). */
  private static final class AnyStringList extends JsonDeserializer<List<String>> {
    @Override
    public List<String> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) return castList(ctxt.handleUnexpectedToken(List.class, p));
      List<String> out = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) out.add(text(p, ctxt));
      return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object o) {
      return (List<String>) o;
    }
  }

  /** A string map whose null values read as "" (Go's zero string). */
  private static final class NullsAsEmpty extends JsonDeserializer<Object>
      implements com.fasterxml.jackson.databind.deser.ContextualDeserializer, com.fasterxml.jackson.databind.deser.ResolvableDeserializer {
    private final JsonDeserializer<Object> delegate;

    NullsAsEmpty(JsonDeserializer<Object> delegate) {
      this.delegate = delegate;
    }

    @Override
    public void resolve(DeserializationContext ctxt) throws JsonMappingException {
      if (delegate instanceof com.fasterxml.jackson.databind.deser.ResolvableDeserializer r) r.resolve(ctxt);
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, com.fasterxml.jackson.databind.BeanProperty property)
        throws JsonMappingException {
      if (!(delegate instanceof com.fasterxml.jackson.databind.deser.ContextualDeserializer c)) return this;
      JsonDeserializer<?> d = c.createContextual(ctxt, property);
      return d == delegate ? this : new NullsAsEmpty((JsonDeserializer<Object>) d);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Object value = delegate.deserialize(p, ctxt);
      if (value instanceof Map<?, ?> m && m.containsValue(null)) {
        @SuppressWarnings("unchecked")
        Map<Object, Object> map = (Map<Object, Object>) m;
        map.replaceAll((k, v) -> v == null ? "" : v);
      }
      return value;
    }
  }
}
