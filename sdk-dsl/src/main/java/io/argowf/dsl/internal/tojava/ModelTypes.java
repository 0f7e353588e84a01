package io.argowf.dsl.internal.tojava;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the generator needs to know of the model's immutable classes: their attributes, in the model's order. */
final class ModelTypes {
  /**
   * One attribute.
   *
   * @param name the accessor's name, which the builder's setter and the {@code with} method share
   * @param type its declared type
   * @param getter the accessor
   */
  record Attr(String name, Type type, Method getter) {
    Object of(Object instance) {
      return Reflect.invoke(getter, instance);
    }

    String wither() {
      return "with" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
  }

  /** One copy of the model's JSON mapper: {@code Manifests.jsonMapper()} is a fresh copy, whose caches start empty. */
  static final com.fasterxml.jackson.databind.ObjectMapper JSON = io.argowf.model.Manifests.jsonMapper();

  /** @return the value as compact JSON: to search its text ({@code {{...}}}, names), faster to write than YAML */
  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private static final ClassValue<List<Attr>> ATTRS = new ClassValue<>() {
    @Override
    protected List<Attr> computeValue(Class<?> type) {
      return scan(type);
    }
  };

  private ModelTypes() {}

  /** @return true for a class made by the model's generator ({@code Template}, {@code Container}, ...) */
  static boolean isModel(Class<?> type) {
    Class<?> parent = type.getSuperclass();
    return parent != null && parent.getSimpleName().equals("Abstract" + type.getSimpleName())
        && parent.isAnnotationPresent(JsonPropertyOrder.class) && Modifier.isPublic(type.getModifiers());
  }

  /** @return the attributes of a model class, in the order the model writes them ({@code unknownFields} apart) */
  static List<Attr> attrs(Class<?> type) {
    return ATTRS.get(type);
  }

  /** @return the object's unknown fields, never null */
  @SuppressWarnings("unchecked")
  static Map<String, ?> unknownFields(Object model) {
    Object u = Reflect.call(model, "unknownFields", new Class<?>[0]);
    return u == null ? Map.of() : (Map<String, ?>) u;
  }

  private static List<Attr> scan(Class<?> type) {
    Class<?> parent = type.getSuperclass();
    Map<String, Method> byJson = new HashMap<>();
    for (Method m : parent.getDeclaredMethods()) {
      JsonProperty p = m.getAnnotation(JsonProperty.class);
      if (p != null && m.getParameterCount() == 0) byJson.put(p.value(), m);
    }
    List<String> order = new ArrayList<>(Arrays.asList(parent.getAnnotation(JsonPropertyOrder.class).value()));
    byJson.keySet().stream().filter(k -> !order.contains(k)).sorted().forEach(order::add);
    List<Attr> attrs = new ArrayList<>();
    for (String json : order) {
      Method abstractGetter = byJson.get(json);
      if (abstractGetter == null) continue;
      Method getter = Reflect.method(type, abstractGetter.getName());
      attrs.add(new Attr(getter.getName(), getter.getGenericReturnType(), getter));
    }
    return List.copyOf(attrs);
  }
}
