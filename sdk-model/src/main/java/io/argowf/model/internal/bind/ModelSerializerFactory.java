package io.argowf.model.internal.bind;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.SerializerFactoryConfig;
import com.fasterxml.jackson.databind.ser.BeanSerializerFactory;
import com.fasterxml.jackson.databind.ser.SerializerFactory;

/**
 * Jackson's serializer factory, which hands out a generated model class's {@link ModelWriter} before it introspects
 * the class (Jackson's own lookup, a module's {@code Serializers}, comes after reading the class's annotations: a
 * third of a short CLI run's binding time). Every other type is Jackson's as usual.
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
    ModelWriter<?> writer = ModelWriters.forName(type.getRawClass().getName());
    return writer != null ? (JsonSerializer<Object>) writer : super.createSerializer(provider, type);
  }
}
