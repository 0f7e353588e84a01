package io.argowf.step.spi;

import io.argowf.step.JavaStep;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;

/** Finds the {@code I} and {@code O} a step class gives {@link JavaStep}, through superclasses and interfaces. */
final class Signature {
  private Signature() {}

  /**
   * @param step a class implementing {@code JavaStep<I, O>}
   * @return {@code {I, O}} as classes (records or {@code Void})
   * @throws IllegalArgumentException when they are not concrete records or {@code Void}
   */
  static Class<?>[] inputAndOutput(Class<?> step) {
    if (!JavaStep.class.isAssignableFrom(step)) {
      throw new IllegalArgumentException(step.getName() + " does not implement " + JavaStep.class.getName());
    }
    Type[] args = find(step, new HashMap<>());
    if (args == null) throw new IllegalArgumentException(step.getName() + " implements JavaStep without type arguments");
    return new Class<?>[] {record(step, args[0], "input"), record(step, args[1], "output")};
  }

  private static Class<?> record(Class<?> step, Type type, String which) {
    if (type instanceof Class<?> c && (c.isRecord() || c == Void.class)) return c;
    throw new IllegalArgumentException(step.getName() + "'s " + which + " type " + type.getTypeName()
        + " must be a record (or Void): its components are the step's " + which + "s");
  }

  /** @return JavaStep's type arguments as {@code type} binds them, or null */
  private static Type[] find(Type type, Map<TypeVariable<?>, Type> bound) {
    Class<?> raw = Codec.raw(type);
    Map<TypeVariable<?>, Type> here = new HashMap<>(bound);
    if (type instanceof ParameterizedType p) {
      TypeVariable<?>[] vars = raw.getTypeParameters();
      for (int i = 0; i < vars.length; i++) here.put(vars[i], resolve(p.getActualTypeArguments()[i], bound));
    }
    if (raw == JavaStep.class) {
      TypeVariable<?>[] vars = raw.getTypeParameters();
      return type instanceof ParameterizedType ? new Type[] {here.get(vars[0]), here.get(vars[1])} : null;
    }
    for (Type parent : raw.getGenericInterfaces()) {
      Type[] found = descend(parent, here);
      if (found != null) return found;
    }
    return raw.getGenericSuperclass() == null ? null : descend(raw.getGenericSuperclass(), here);
  }

  private static Type[] descend(Type parent, Map<TypeVariable<?>, Type> bound) {
    return JavaStep.class.isAssignableFrom(Codec.raw(parent)) ? find(parent, bound) : null;
  }

  private static Type resolve(Type type, Map<TypeVariable<?>, Type> bound) {
    return type instanceof TypeVariable<?> v && bound.containsKey(v) ? bound.get(v) : type;
  }
}
