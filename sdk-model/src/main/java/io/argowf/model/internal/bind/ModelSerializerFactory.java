package io.argowf.model.internal.bind;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.SerializerFactoryConfig;
import com.fasterxml.jackson.databind.ser.BeanSerializerFactory;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.SerializerFactory;
import io.argowf.model.workflow.Amount;
import io.argowf.model.workflow.Item;
import io.argowf.model.workflow.ParallelSteps;
import java.io.IOException;
import java.util.function.Function;

/**
 * Jackson's serializer factory, which hands out a generated model class's {@link ModelWriter} before it introspects
 * the class (Jackson's own lookup, a module's {@code Serializers}, comes after reading the class's annotations: a
 * third of a short CLI run's binding time), and writes the hand-written value shapes with a public value accessor
 * ({@code ParallelSteps}, {@code Time}, {@code Item}, {@code Amount}) by their value, as their {@code @JsonValue}
 * says, without the full introspection Jackson makes to find it. A generated class is never written with type
 * information (no {@code @JsonTypeInfo}, nor default typing). Every other type is Jackson's as usual.
 *
 * <pre>{@code
 * mapper.setSerializerFactory(ModelSerializerFactory.INSTANCE);
 * }</pre>
 */
public final class ModelSerializerFactory extends BeanSerializerFactory {
  private static final long serialVersionUID = 1L;

  /** The factory with Jackson's default configuration. */
  public static final ModelSerializerFactory INSTANCE = new ModelSerializerFactory(new SerializerFactoryConfig());

  private ModelSerializerFactory(SerializerFactoryConfig config) {
    super(config);
  }

  @Override
  public SerializerFactory withConfig(SerializerFactoryConfig config) {
    return config == _factoryConfig ? this : new ModelSerializerFactory(config);
  }

  @Override
  @SuppressWarnings("unchecked")
  public JsonSerializer<Object> createSerializer(SerializerProvider provider, JavaType type) throws JsonMappingException {
    String name = type.getRawClass().getName();
    ModelWriter<?> writer = ModelWriters.forName(name);
    if (writer != null) return (JsonSerializer<Object>) writer;
    JsonSerializer<Object> shape = valueShape(name);
    return shape != null ? shape : super.createSerializer(provider, type);
  }

  @Override
  public TypeSerializer createTypeSerializer(SerializationConfig config, JavaType type) {
    String name = type.getRawClass().getName();
    return ModelWriters.forName(name) != null || valueShape(name) != null ? null : super.createTypeSerializer(config, type);
  }

  private static JsonSerializer<Object> valueShape(String className) {
    switch (className) {
      case "io.argowf.model.workflow.ParallelSteps":
        return new ValueWriter(v -> ((ParallelSteps) v).steps());
      case "io.argowf.model.k8s.Time":
        return new TimeWriter();
      case "io.argowf.model.workflow.Item":
        return new ValueWriter(v -> ((Item) v).value());
      case "io.argowf.model.workflow.Amount":
        return new ValueWriter(v -> ((Amount) v).value());
      default:
        return null;
    }
  }

  /** Writes a value shape as its value, with the serializer of the value's own class (as {@code @JsonValue} does). */
  private static final class ValueWriter extends JsonSerializer<Object> {
    private final Function<Object, Object> value;

    ValueWriter(Function<Object, Object> value) {
      this.value = value;
    }

    @Override
    public void serialize(Object shape, JsonGenerator g, SerializerProvider p) throws IOException {
      Object v = value.apply(shape);
      if (v == null) p.defaultSerializeNull(g);
      else p.findValueSerializer(v.getClass()).serialize(v, g, p);
    }
  }

  /** A timestamp is its text. */
  private static final class TimeWriter extends JsonSerializer<Object> {
    @Override
    public void serialize(Object time, JsonGenerator g, SerializerProvider p) throws IOException {
      g.writeString(time.toString());
    }
  }
}
