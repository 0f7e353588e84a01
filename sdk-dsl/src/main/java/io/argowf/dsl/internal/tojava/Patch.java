package io.argowf.dsl.internal.tojava;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
import io.argowf.model.Manifests;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What the DSL did not write: the attributes where the object the DSL made differs from the YAML's, as a lambda
 * of {@code with} calls ({@code t -> t.withPodSpecPatch("...")}) for a {@code customize(...)}.
 */
final class Patch {
  private Patch() {}

  /** @return the attributes of {@code target} that {@code made} lacks or has otherwise, in the model's order */
  static List<ModelTypes.Attr> differing(Object made, Object target, Collection<String> ignored) {
    List<ModelTypes.Attr> out = new ArrayList<>();
    for (ModelTypes.Attr a : ModelTypes.attrs(target.getClass())) {
      if (!ignored.contains(a.name()) && !Objects.equals(a.of(made), a.of(target))) out.add(a);
    }
    return out;
  }

  /** @return true when the unknown fields differ */
  static boolean unknownDiffer(Object made, Object target) {
    return !ModelTypes.unknownFields(made).equals(ModelTypes.unknownFields(target));
  }

  /** @return {@code p -> p.withA(..).withB(..)} setting each attribute to the target's value */
  static Js lambda(String param, Object target, List<ModelTypes.Attr> attrs, boolean unknown) {
    Js withs = withs(CodeBlock.of("$N", param), target, attrs, unknown);
    return new Js(CodeBlock.of("$N -> $L", param, withs.code()), withs.live());
  }

  /**
   * @return {@code p -> p.withA(..).withHttp(p.http().withB(..))}: the attributes named in {@code nested} that both
   *     objects have are changed field by field, keeping what the DSL wrote
   */
  static Js lambda(String param, Object made, Object target, List<ModelTypes.Attr> attrs, boolean unknown, Set<String> nested) {
    Js withs = withs(CodeBlock.of("$N", param), made, target, attrs, unknown, nested);
    return new Js(CodeBlock.of("$N -> $L", param, withs.code()), withs.live());
  }

  /** @return the names, for a comment, with the fields of nested attributes ({@code http insecureSkipVerify}) */
  static String names(Object made, Object target, List<ModelTypes.Attr> attrs, boolean unknown, Set<String> nested) {
    List<String> names = new ArrayList<>();
    for (ModelTypes.Attr a : attrs) {
      Object inner = nestable(made, target, a, nested) ? a.of(made) : null;
      names.add(inner == null ? a.name()
          : a.name() + " " + names(differing(inner, a.of(target), List.of()), unknownDiffer(inner, a.of(target))));
    }
    if (unknown) names.add("fields the model does not know");
    return String.join(", ", names);
  }

  private static boolean nestable(Object made, Object target, ModelTypes.Attr a, Set<String> nested) {
    if (made == null || !nested.contains(a.name())) return false;
    Object m = a.of(made);
    Object t = a.of(target);
    return m != null && t != null && m.getClass() == t.getClass() && ModelTypes.isModel(t.getClass());
  }

  /** @return {@code receiver.withA(..).withB(..)}, and the operator applying the same calls */
  static Js withs(CodeBlock receiver, Object target, List<ModelTypes.Attr> attrs, boolean unknown) {
    return withs(receiver, null, target, attrs, unknown, Set.of());
  }

  private static Js withs(CodeBlock receiver, Object made, Object target, List<ModelTypes.Attr> attrs, boolean unknown,
      Set<String> nested) {
    CodeBlock.Builder code = CodeBlock.builder().add(receiver);
    List<UnaryOperator<Object>> steps = new ArrayList<>();
    for (ModelTypes.Attr a : attrs) {
      Method with = wither(target.getClass(), a.wither(), a.getter().getReturnType());
      if (nestable(made, target, a, nested)) {
        Object inner = a.of(made);
        Object innerTarget = a.of(target);
        Js v = withs(CodeBlock.of("$L.$L()", receiver, a.name()), innerTarget, differing(inner, innerTarget, List.of()),
            unknownDiffer(inner, innerTarget));
        code.add("$Z.$L($L)", a.wither(), v.code());
        @SuppressWarnings("unchecked")
        UnaryOperator<Object> change = (UnaryOperator<Object>) v.live();
        steps.add(o -> Reflect.invoke(with, o, change.apply(Reflect.invoke(a.getter(), o))));
        continue;
      }
      Js v = value(target, a);
      code.add("$Z.$L($L)", a.wither(), v.code());
      steps.add(o -> Reflect.invoke(with, o, v.live()));
    }
    if (unknown) {
      Js v = Values.holder(target, "unknownFields", ModelTypes.unknownFields(target));
      code.add("$Z.withUnknownFields($L)", v.code());
      Method with = wither(target.getClass(), "withUnknownFields", Map.class);
      steps.add(o -> Reflect.invoke(with, o, v.live()));
    }
    UnaryOperator<Object> all = o -> {
      Object r = o;
      for (UnaryOperator<Object> s : steps) r = s.apply(r);
      return r;
    };
    return new Js(code.build(), all);
  }

  /** @return the names, for a comment */
  static String names(List<ModelTypes.Attr> attrs, boolean unknown) {
    List<String> names = new ArrayList<>(attrs.stream().map(ModelTypes.Attr::name).toList());
    if (unknown) names.add("fields the model does not know");
    return String.join(", ", names);
  }

  private static Js value(Object target, ModelTypes.Attr a) {
    Object v = a.of(target);
    if (v == null) {
      Class<?> raw = a.getter().getReturnType();
      if (List.class.isAssignableFrom(raw)) return Js.of(null, "($T) null", TypeName.get(a.type()));
      return Js.of(null, "null");
    }
    try {
      Js js = Values.render(v);
      if (Objects.equals(js.live(), v)) return js;
    } catch (RuntimeException e) {
      // below
    }
    if (ModelTypes.isModel(v.getClass())) return Values.yaml(v);
    return Values.holder(target, a.name(), v);
  }

  static Method wither(Class<?> type, String name, Class<?> raw) {
    for (Method m : type.getMethods()) {
      if (!m.getName().equals(name) || m.getParameterCount() != 1) continue;
      Class<?> p = m.getParameterTypes()[0];
      if (p.isArray()) continue;
      if (p.isAssignableFrom(raw) || p == Iterable.class && List.class.isAssignableFrom(raw)) return m;
    }
    throw new IllegalStateException(type.getSimpleName() + " has no " + name);
  }
}
