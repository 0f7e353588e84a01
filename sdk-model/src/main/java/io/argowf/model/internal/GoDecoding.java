package io.argowf.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.MapType;
import java.io.IOException;
import java.util.Map;

/**
 * The binding rule of Argo's Go types that sits on maps, not on model classes: a null value in a string map
 * ({@code annotations}, {@code labels}, ...) is the empty string, as in Go. The AnyString fields' rules (numbers and
 * booleans as Go formats them, a list or map kept verbatim) are in the generated readers ({@code ModelReader}).
 * Plain string fields refuse numbers and booleans ({@link Mappers}' coercion rules).
 */
final class GoDecoding extends BeanDeserializerModifier {
  private static final long serialVersionUID = 1L;

  static SimpleModule module() {
    return new SimpleModule("argowf-go-decoding").setDeserializerModifier(new GoDecoding());
  }

  @Override
  public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type, BeanDescription desc,
      JsonDeserializer<?> deserializer) {
    if (type.getContentType().getRawClass() != String.class) return deserializer;
    @SuppressWarnings("unchecked")
    JsonDeserializer<Object> delegate = (JsonDeserializer<Object>) deserializer;
    return new NullsAsEmpty(delegate);
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
