package io.argowf.step.spi;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.lang.invoke.MethodType;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** The one place where a component's type decides its form, and values turn into text and back. */
final class Codec {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static final Map<Class<?>, Function<String, Object>> TEXT = Map.ofEntries(
      Map.entry(String.class, s -> s),
      Map.entry(Boolean.class, Codec::parseBoolean), Map.entry(boolean.class, Codec::parseBoolean),
      Map.entry(Character.class, Codec::parseChar), Map.entry(char.class, Codec::parseChar),
      Map.entry(Byte.class, s -> Byte.valueOf(s.strip())), Map.entry(byte.class, s -> Byte.valueOf(s.strip())),
      Map.entry(Short.class, s -> Short.valueOf(s.strip())), Map.entry(short.class, s -> Short.valueOf(s.strip())),
      Map.entry(Integer.class, s -> Integer.valueOf(s.strip())), Map.entry(int.class, s -> Integer.valueOf(s.strip())),
      Map.entry(Long.class, s -> Long.valueOf(s.strip())), Map.entry(long.class, s -> Long.valueOf(s.strip())),
      Map.entry(Float.class, s -> Float.valueOf(s.strip())), Map.entry(float.class, s -> Float.valueOf(s.strip())),
      Map.entry(Double.class, s -> Double.valueOf(s.strip())), Map.entry(double.class, s -> Double.valueOf(s.strip())),
      Map.entry(BigInteger.class, s -> new BigInteger(s.strip())),
      Map.entry(BigDecimal.class, s -> new BigDecimal(s.strip())),
      Map.entry(UUID.class, s -> UUID.fromString(s.strip())),
      Map.entry(Instant.class, s -> Instant.parse(s.strip())),
      Map.entry(LocalDate.class, s -> LocalDate.parse(s.strip())),
      Map.entry(LocalDateTime.class, s -> LocalDateTime.parse(s.strip())),
      Map.entry(OffsetDateTime.class, s -> OffsetDateTime.parse(s.strip())),
      Map.entry(Duration.class, s -> Duration.parse(s.strip())));

  private Codec() {}

  /**
   * @param type a record component's generic type
   * @return how a value of that type travels
   * @throws IllegalArgumentException for a type with no form
   */
  static Port.Form formOf(Type type) {
    Class<?> raw = raw(type);
    if (raw == Path.class) return Port.Form.ARTIFACT;
    if (TEXT.containsKey(raw) || raw.isEnum()) return Port.Form.TEXT;
    if (raw.isRecord() || raw.isArray() || Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
      return Port.Form.JSON;
    }
    throw new IllegalArgumentException("type " + type.getTypeName() + " has no parameter form: use text types "
        + "(String, numbers, booleans, enums, UUID, java.time dates and durations), JSON types (List, Set, Map, "
        + "arrays, records) or Path for an artifact");
  }

  /**
   * @param type the target type (not {@code Path})
   * @param text the parameter's value
   * @return the value
   * @throws IllegalArgumentException saying why the text does not fit, without repeating the text
   */
  static Object parse(Type type, String text) {
    Class<?> raw = raw(type);
    if (raw.isEnum()) return parseEnum(raw, text.strip());
    Function<String, Object> parser = TEXT.get(raw);
    if (parser != null) return parseText(raw, parser, text);
    try {
      JavaType target = JSON.constructType(type);
      if (!holdsJsonElements(target)) return JSON.readValue(text, target);
      return JSON.treeToValue(elementsAsJson(JSON.readTree(text)), target);
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException("not JSON of that type: " + e.getOriginalMessage(), e);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * @param element a component's type
   * @return {@code List<element>}, a primitive boxed: the type of the list Argo gathers over a fan-out
   */
  static ParameterizedType listOf(Type element) {
    Class<?> raw = raw(element);
    return new ListType(raw.isPrimitive() ? MethodType.methodType(raw).wrap().returnType() : element);
  }

  private static boolean holdsJsonElements(JavaType type) {
    if (!type.isCollectionLikeType() && !type.isArrayType()) return false;
    JavaType element = type.getContentType();
    return element.isContainerType() || element.isRecordType();
  }

  /**
   * Argo gathers a fan-out's outputs as a list of their texts, so an item of a list of JSON values (records,
   * lists, maps) may come as a string holding that JSON: it is read as the JSON it holds.
   */
  private static JsonNode elementsAsJson(JsonNode tree) {
    if (tree instanceof ArrayNode items) {
      for (int i = 0; i < items.size(); i++) {
        if (!items.get(i).isTextual()) continue;
        try {
          items.set(i, JSON.readTree(items.get(i).textValue()));
        } catch (JacksonException e) {
          throw new IllegalArgumentException("item " + i + " is a string but not the JSON of an item: "
              + e.getOriginalMessage(), e);
        }
      }
    }
    return tree;
  }

  /** {@code List<E>}, named as the JDK names it, so that types compare by name. */
  private record ListType(Type element) implements ParameterizedType {
    @Override
    public Type[] getActualTypeArguments() {
      return new Type[] {element};
    }

    @Override
    public Type getRawType() {
      return List.class;
    }

    @Override
    public Type getOwnerType() {
      return null;
    }

    @Override
    public String getTypeName() {
      return List.class.getName() + "<" + element.getTypeName() + ">";
    }

    @Override
    public String toString() {
      return getTypeName();
    }
  }

  /**
   * @param type the value's declared type (not {@code Path})
   * @param value a value of that type
   * @return the text a parameter holds: the value itself, an enum's name, or JSON
   */
  static String format(Type type, Object value) {
    if (value instanceof Enum<?> e) return e.name();
    if (formOf(type) == Port.Form.TEXT) return value.toString();
    try {
      return JSON.writeValueAsString(value);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("cannot write " + type.getTypeName() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * @param type any type
   * @return its class, e.g. {@code List} for {@code List<String>}
   */
  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) return c;
    if (type instanceof ParameterizedType p) return raw(p.getRawType());
    if (type instanceof GenericArrayType a) return raw(a.getGenericComponentType()).arrayType();
    throw new IllegalArgumentException("type " + type.getTypeName() + " is not concrete: give the component a "
        + "type without type variables or wildcards at its top");
  }

  private static Object parseText(Class<?> raw, Function<String, Object> parser, String text) {
    try {
      return parser.apply(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(expected(raw), e);
    }
  }

  private static String expected(Class<?> raw) {
    if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class || raw == Short.class
        || raw == short.class || raw == Byte.class || raw == byte.class || raw == BigInteger.class) {
      return "not a whole number in " + raw.getSimpleName() + "'s range";
    }
    if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class || raw == BigDecimal.class) {
      return "not a number";
    }
    return "not a " + raw.getSimpleName() + " in its text form";
  }

  private static Object parseBoolean(String text) {
    return switch (text.strip()) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException("expected true or false");
    };
  }

  private static Object parseChar(String text) {
    if (text.length() != 1) throw new IllegalArgumentException("expected one character");
    return text.charAt(0);
  }

  private static Object parseEnum(Class<?> type, String name) {
    for (Object constant : type.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) return constant;
    }
    throw new IllegalArgumentException("not one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
  }
}
