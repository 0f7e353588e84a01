package io.argowf.model.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.argowf.model.internal.bind.ModelWriter;
import io.argowf.model.k8s.Resource;
import io.argowf.model.spi.Kind;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a top-level object's own {@code apiVersion} and {@code kind} when they are unset (a builder-made kind that
 * another module adds, such as vci-extensions' {@code ResourcePolicy}), and nothing when the same class sits inside
 * another document. The generated kinds' writers do the same themselves ({@code ModelWriter}).
 */
final class KindDefaults extends BeanSerializerModifier {
  private static final long serialVersionUID = 1L;

  static SimpleModule module() {
    return new SimpleModule("argowf-kind-defaults").setSerializerModifier(new KindDefaults());
  }

  @Override
  public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription desc, JsonSerializer<?> serializer) {
    // generated kinds' writers write their own apiVersion and kind
    if (!Resource.class.isAssignableFrom(desc.getBeanClass()) || serializer instanceof ModelWriter) return serializer;
    @SuppressWarnings("unchecked")
    JsonSerializer<Object> delegate = (JsonSerializer<Object>) serializer;
    return new TopLevel(delegate);
  }

  /** Delegates everything, including resolution and contextualisation, to the bean serializer. */
  private static final class TopLevel extends JsonSerializer<Object> implements ContextualSerializer, ResolvableSerializer {
    private final JsonSerializer<Object> delegate;

    TopLevel(JsonSerializer<Object> delegate) {
      this.delegate = delegate;
    }

    @Override
    public void resolve(SerializerProvider provider) throws JsonMappingException {
      if (delegate instanceof ResolvableSerializer) ((ResolvableSerializer) delegate).resolve(provider);
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) throws JsonMappingException {
      if (!(delegate instanceof ContextualSerializer)) return this;
      JsonSerializer<?> c = ((ContextualSerializer) delegate).createContextual(provider, property);
      return c == delegate ? this : new TopLevel((JsonSerializer<Object>) c);
    }

    @Override
    public Iterator<PropertyWriter> properties() {
      return delegate.properties();
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      Resource r = (Resource) value;
      Kind kind = gen.getOutputContext().inRoot() && (r.apiVersion() == null || r.kind() == null)
          ? KindRegistry.get().kindOf(value.getClass()) : null;
      if (kind == null) {
        delegate.serialize(value, gen, provider);
        return;
      }
      TokenBuffer buffer = new TokenBuffer(gen.getCodec(), false);
      delegate.serialize(value, buffer, provider);
      JsonNode tree = buffer.asParser(gen.getCodec()).readValueAsTree();
      ObjectNode out = Mappers.JSON.createObjectNode();
      out.put("apiVersion", r.apiVersion() == null ? kind.apiVersion() : r.apiVersion());
      out.put("kind", r.kind() == null ? kind.kind() : r.kind());
      Iterator<Map.Entry<String, JsonNode>> it = tree.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> f = it.next();
        if (!out.has(f.getKey())) out.set(f.getKey(), f.getValue());
      }
      gen.writeTree(out);
    }
  }
}
