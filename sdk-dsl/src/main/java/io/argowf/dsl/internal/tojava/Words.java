package io.argowf.dsl.internal.tojava;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Objects;

/**
 * The DSL's own words for a field the generator has no special code for: a builder method named like the model's
 * attribute that takes its value as it is ({@code podSpecPatch("...")}, {@code failFast()},
 * {@code sidecars(a, b)}, {@code retryStrategy(...)}), and the DSL's enums for Argo's closed sets.
 */
final class Words {
  /** Fewest parameters first, then by their types' names: the same choice in every JVM. */
  private static final java.util.Comparator<Method> BY_PARAMETERS = java.util.Comparator
      .comparingInt(Method::getParameterCount)
      .thenComparing(m -> java.util.Arrays.toString(m.getParameterTypes()));

  private Words() {}

  /**
   * Calls the builder's method for one attribute, when it has one taking the value as it is.
   *
   * @return whether a call was added; the caller compares the result with the YAML as for every call
   */
  static boolean apply(Chain c, ModelTypes.Attr a, Object value) {
    return apply(c, a, value, Js::string);
  }

  /** Like {@link #apply(Chain, ModelTypes.Attr, Object)}, with text for a {@code CharSequence} made by {@code text} (handles). */
  static boolean apply(Chain c, ModelTypes.Attr a, Object value, java.util.function.Function<String, Js> text) {
    if (value == null) return false;
    List<Method> candidates = java.util.Arrays.stream(c.live().getClass().getMethods())
        .filter(m -> m.getName().equals(a.name()) && !Modifier.isStatic(m.getModifiers()))
        .sorted(BY_PARAMETERS).toList();
    for (Method m : candidates) {
      try {
        if (call(c, m, value, text)) return true;
      } catch (RuntimeException refused) {
        return false;   // the DSL checks the value otherwise: the customize writes it
      }
    }
    return false;
  }

  private static boolean call(Chain c, Method m, Object value, java.util.function.Function<String, Js> text) {
    if (m.getParameterCount() == 0) {
      if (!Boolean.TRUE.equals(value)) return false;
      c.call(m.getName());
      return true;
    }
    if (m.getParameterCount() != 1) return false;
    Class<?> p = m.getParameterTypes()[0];
    if (p.isArray() && value instanceof List<?> list && !list.isEmpty()) {
      Class<?> element = p.getComponentType();
      if (list.stream().anyMatch(v -> !element.isInstance(v))) return false;
      c.varargs(m.getName(), element, list.stream().map(Values::of).toList());
      return true;
    }
    if ((p == boolean.class && value instanceof Boolean) || (p == int.class && value instanceof Integer)) {
      c.call(m.getName(), p, Js.of(value, "$L", value));
      return true;
    }
    if ((p == String.class || p == CharSequence.class) && value instanceof String s) {
      c.call(m.getName(), p, p == CharSequence.class ? text.apply(s) : Js.string(s));
      return true;
    }
    if (p != Object.class && !p.isPrimitive() && p.isInstance(value) && ModelTypes.isModel(value.getClass())) {
      c.call(m.getName(), p, Values.of(value));
      return true;
    }
    return false;
  }

  /** @return {@code ImagePullPolicy.IF_NOT_PRESENT} for {@code IfNotPresent}, or null when the enum has no such value */
  static <E extends Enum<E>> Js enumOf(Class<E> type, String value) {
    for (E e : type.getEnumConstants()) {
      if (Objects.equals(e.toString(), value)) return Js.of(e, "$T.$L", type, e.name());
    }
    return null;
  }

  /** Calls {@code method(Enum.X)} when the enum names the value, else {@code method("value")}. */
  static <E extends Enum<E>> void enumOrText(Chain c, String method, Class<E> type, String value) {
    Js e = enumOf(type, value);
    if (e != null) c.call(method, type, e);
    else c.call(method, String.class, Js.string(value));
  }
}
