package io.argowf.model.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Jackson finds the (de)serializers of every property of a bean as soon as the bean's own is made, so the first
 * {@code Workflow} written or read made them for all of the model's ~750 classes (a workflow with a dozen in it
 * loaded them all: most of a CLI's start-up). Here a property whose type is a model class (or a list or map of them)
 * gets a stand-in that finds the real one the first time a value is there, so only the classes a document uses are
 * loaded and introspected. After that first value the stand-in is one field read away from the real one.
 */
final class LazyBinding {
  private static final String MODEL = "io.argowf.model.";

  private LazyBinding() {}

  static SimpleModule module() {
    return new SimpleModule("argowf-lazy-binding")
        .setSerializerModifier(new Writers())
        .setDeserializerModifier(new Readers());
  }

  /** Whether a type is, or holds, a model class. */
  static boolean mentionsModel(JavaType t) {
    if (t == null) return false;
    if (t.getRawClass().getName().startsWith(MODEL) && !t.isEnumType()) return true;
    return t.isContainerType() && (mentionsModel(t.getContentType()) || mentionsModel(t.getKeyType()));
  }

  /** Jackson resolves a final-typed property's serializer eagerly (others it finds per value already). */
  private static final class Writers extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription desc, List<BeanPropertyWriter> props) {
      for (BeanPropertyWriter w : props) {
        JavaType t = w.getType();
        if (!w.hasSerializer() && w.getSerializationType() == null && t.isFinal() && !t.isContainerType() && mentionsModel(t)) {
          w.assignSerializer(new LazySerializer(t, w));
        }
      }
      return props;
    }
  }

  private static final class Readers extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription desc, BeanDeserializerBuilder builder) {
      List<SettableBeanProperty> lazy = new ArrayList<>();
      for (Iterator<SettableBeanProperty> it = builder.getProperties(); it.hasNext();) {
        SettableBeanProperty p = it.next();
        if (!p.hasValueDeserializer() && mentionsModel(p.getType())) {
          lazy.add(p.withValueDeserializer(new LazyDeserializer(p.getType(), null)));
        }
      }
      lazy.forEach(p -> builder.addOrReplaceProperty(p, true));
      return builder;
    }
  }

  /** Finds the property's serializer on the first value. */
  private static final class LazySerializer extends JsonSerializer<Object> {
    private final JavaType type;
    private final BeanProperty property;
    private volatile JsonSerializer<Object> real;

    LazySerializer(JavaType type, BeanProperty property) {
      this.type = type;
      this.property = property;
    }

    private JsonSerializer<Object> real(SerializerProvider provider) throws IOException {
      JsonSerializer<Object> r = real;
      if (r == null) real = r = provider.findValueSerializer(type, property);
      return r;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      real(provider).serialize(value, gen, provider);
    }

    @Override
    public void serializeWithType(Object value, JsonGenerator gen, SerializerProvider provider, TypeSerializer typeSer)
        throws IOException {
      real(provider).serializeWithType(value, gen, provider, typeSer);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Object value) {
      try {
        return real(provider).isEmpty(provider, value);
      } catch (IOException e) {
        return false;
      }
    }
  }

  /** Finds the property's deserializer on the first value; contextual, so it knows its property. */
  private static final class LazyDeserializer extends JsonDeserializer<Object> implements ContextualDeserializer {
    private final JavaType type;
    private final BeanProperty property;
    private volatile JsonDeserializer<Object> real;

    LazyDeserializer(JavaType type, BeanProperty property) {
      this.type = type;
      this.property = property;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty p) {
      return p == property ? this : new LazyDeserializer(type, p);
    }

    private JsonDeserializer<Object> real(DeserializationContext ctxt) throws IOException {
      JsonDeserializer<Object> r = real;
      if (r == null) real = r = ctxt.findContextualValueDeserializer(type, property);
      return r;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return real(ctxt).deserialize(p, ctxt);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue) throws IOException {
      return real(ctxt).deserialize(p, ctxt, intoValue);
    }

    @Override
    public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
        throws IOException {
      return real(ctxt).deserializeWithType(p, ctxt, typeDeserializer);
    }

    /** A model value, list or map read as null is null (the model sets no other null value): nothing to find. */
    @Override
    public Object getNullValue(DeserializationContext ctxt) {
      return null;
    }
  }
}
