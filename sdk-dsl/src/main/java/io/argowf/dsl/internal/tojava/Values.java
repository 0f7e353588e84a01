package io.argowf.dsl.internal.tojava;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.IntOrString;
import io.argowf.model.k8s.Quantity;
import io.argowf.model.k8s.Time;
import io.argowf.model.workflow.Item;
import io.argowf.model.workflow.ParallelSteps;
import io.argowf.model.workflow.Plugin;
import io.argowf.model.workflow.WorkflowStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes model values as Java: literals, {@code List.of(...)}, and {@code Type.builder().field(...).build()} for
 * model objects. Every value is rebuilt the way its code builds it and compared with the original; what cannot be
 * written exactly (unknown fields, JSON trees, numbers the factories cannot make) is read from its YAML with
 * {@code Manifests.read}, the one form that always gives the value back.
 */
final class Values {
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName MAP = ClassName.get(Map.class);

  /** A value the Java forms cannot make exactly; the nearest model object falls back to its YAML. */
  static final class Unwritable extends RuntimeException {
    Unwritable(String what) {
      super(what, null, false, false);
    }
  }

  private Values() {}

  /** @return the value as an expression of its own class, exact whatever it holds */
  static Js of(Object value) {
    if (value == null) return Js.of(null, "null");
    try {
      Js js = render(value);
      if (Objects.equals(js.live(), value)) return js;
    } catch (RuntimeException e) {
      // falls back below
    }
    return yaml(value);
  }

  /** @return {@code Manifests.read("...", Type.class)}: the value read back from its YAML */
  static Js yaml(Object value) {
    String text = Manifests.toYaml(value);
    Object back = Manifests.read(text, value.getClass());
    if (!Objects.equals(back, value) && !Manifests.differences(value, back).isEmpty()) {
      throw new Unwritable("a " + value.getClass().getSimpleName() + " that its YAML does not give back");
    }
    return Js.of(back, "$T.read($S, $T.class)", Manifests.class, text, value.getClass());
  }

  /**
   * One attribute of one object written as given instead (the templates of a spec, as the DSL makes them).
   *
   * @param owner the object, by identity
   * @param attr the attribute
   * @param js its code and value
   */
  record Override(Object owner, String attr, Js js) {}

  /** @return the value as an expression, or throws {@link Unwritable} */
  static Js render(Object value) {
    return render(value, null);
  }

  /** @return the value as an expression with one attribute written as given, checked like {@link #of} */
  static Js with(Object value, Override override) {
    Js js = render(value, override);
    if (!Objects.equals(js.live(), value) && !io.argowf.model.Manifests.differences(value, js.live()).isEmpty()) {
      throw new Unwritable("a value its code does not give back");
    }
    return js;
  }

  private static Js render(Object value, Override o) {
    if (value == null) return Js.of(null, "null");
    if (value instanceof String s) return Js.string(s);
    if (value instanceof Boolean || value instanceof Integer) return Js.of(value, "$L", value);
    if (value instanceof Long l) return Js.of(l, "$LL", l);
    if (value instanceof Double d && Double.isFinite(d)) return Js.of(d, "$L", literal(d));
    if (value instanceof IntOrString ios) return intOrString(ios);
    if (value instanceof Quantity q) return quantity(q);
    if (value instanceof Time t) return Js.of(Time.parse(t.toString()), "$T.parse($S)", Time.class, t.toString());
    if (value instanceof Item item) {
      Js java = java(item.toJava());
      return Js.of(Item.of(java.live()), "$T.of($L)", Item.class, java.code());
    }
    if (value instanceof Plugin p) {
      Js config = java(ModelTypes.JSON.convertValue(p.config(), Object.class));
      return Js.of(Plugin.of(p.name(), config.live()), "$T.of($S, $L)", Plugin.class, p.name(), config.code());
    }
    if (value instanceof ParallelSteps ps) return parallelSteps(ps);
    if (value instanceof List<?> list) return list(list, o);
    if (value instanceof Map<?, ?> map) return map(map);
    if (ModelTypes.isModel(value.getClass())) return model(value, o);
    throw new Unwritable(value.getClass().getName());
  }

  /** @return a plain Java value (string, number, boolean, map, list) as Java */
  static Js java(Object value) {
    if (value instanceof Map<?, ?> map) return map(map);
    if (value instanceof List<?> list) return list(list, null);
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
        || value instanceof Long || value instanceof Double) {
      return render(value);
    }
    throw new Unwritable(value.getClass().getName());
  }

  private static Js intOrString(IntOrString v) {
    if (v.isInt()) return Js.of(IntOrString.of(v.longValue()), "$T.of($L)", IntOrString.class, v.longValue());
    return Js.of(IntOrString.of(v.stringValue()), "$T.of($S)", IntOrString.class, v.stringValue());
  }

  private static Js quantity(Quantity q) {
    if (q.isNumber()) {
      try {
        long units = Long.parseLong(q.toString());
        return Js.of(Quantity.of(units), "$T.of($L)", Quantity.class, units);
      } catch (NumberFormatException e) {
        throw new Unwritable("quantity " + q);
      }
    }
    return Js.of(Quantity.of(q.toString()), "$T.of($S)", Quantity.class, q.toString());
  }

  private static Js parallelSteps(ParallelSteps ps) {
    List<Js> steps = ps.steps().stream().map(Values::render).toList();
    List<WorkflowStep> live = steps.stream().map(s -> (WorkflowStep) s.live()).toList();
    return Js.of(ParallelSteps.of(live), "$T.of($L)", ParallelSteps.class, Js.join(steps));
  }

  private static Js list(List<?> list, Override o) {
    List<Js> items = list.stream().map(v -> render(v, o)).toList();
    List<Object> live = new ArrayList<>();
    items.forEach(i -> live.add(i.live()));
    if (Templates.hasNull(list)) {
      return Js.of(Arrays.asList(live.toArray()), "$T.asList($L)", Arrays.class, Js.join(items));
    }
    return Js.of(List.copyOf(live), "$T.of($L)", LIST, Js.join(items));
  }

  /** Maps keep a fixed order: one entry as {@code Map.of}, more sorted by key ({@code new TreeMap<>(...)}). */
  private static Js map(Map<?, ?> map) {
    if (map.values().stream().anyMatch(java.util.Objects::isNull) || map.keySet().stream().anyMatch(k -> !(k instanceof String))) {
      throw new Unwritable("a map with nulls");
    }
    Map<String, Object> live = new TreeMap<>();
    List<CodeBlock> entries = new ArrayList<>();
    for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
      Js v = render(e.getValue());
      live.put((String) e.getKey(), v.live());
      entries.add(map.size() > 10 ? CodeBlock.of("$T.entry($S, $L)", MAP, e.getKey(), v.code()) : CodeBlock.of("$S, $L", e.getKey(), v.code()));
    }
    CodeBlock all = CodeBlock.join(entries, ",$W");
    CodeBlock of = map.size() > 10 ? CodeBlock.of("$T.ofEntries($L)", MAP, all) : CodeBlock.of("$T.of($L)", MAP, all);
    if (map.size() <= 1) return new Js(of, map.isEmpty() ? Map.of() : new LinkedHashMap<>(live));
    return new Js(CodeBlock.of("new $T<>($L)", TreeMap.class, of), live);
  }

  private static Js model(Object value, Override o) {
    Class<?> type = value.getClass();
    Object builder = Reflect.callStatic(type, "builder", new Class<?>[0]);
    CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()", type);
    for (ModelTypes.Attr a : ModelTypes.attrs(type)) {
      Object v = a.of(value);
      if (v == null) continue;
      if (v instanceof Map<?, ?> m && !m.isEmpty()) {
        String put = "put" + Character.toUpperCase(a.name().charAt(0)) + a.name().substring(1);
        for (Map.Entry<?, ?> e : m.entrySet()) {
          if (e.getValue() == null) throw new Unwritable("a null in a map");
          Js entry = render(e.getValue());
          Reflect.invoke(putter(builder.getClass(), put), builder, e.getKey(), entry.live());
          code.add("$Z.$L($S, $L)", put, e.getKey(), entry.code());
        }
        continue;
      }
      Js js = o != null && o.owner() == value && o.attr().equals(a.name()) ? o.js() : render(v, o);
      Reflect.invoke(setter(builder.getClass(), a), builder, js.live());
      code.add("$Z.$L($L)", a.name(), js.code());
    }
    Map<String, ?> unknown = ModelTypes.unknownFields(value);
    if (!unknown.isEmpty()) {
      Js js = holder(value, "unknownFields", unknown);
      Reflect.invoke(setter(builder.getClass(), "unknownFields", Map.class), builder, js.live());
      code.add("$Z.unknownFields($L)", js.code());
    }
    code.add("$Z.build()");
    return new Js(code.build(), Reflect.call(builder, "build", new Class<?>[0]));
  }

  private static java.lang.reflect.Method putter(Class<?> builder, String name) {
    for (java.lang.reflect.Method m : builder.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == 2) return m;
    }
    throw new Unwritable("no " + name);
  }

  /** @return {@code Manifests.read("field: ...", Type.class).field()}: a value no Java form makes, read from YAML */
  static Js holder(Object owner, String attr, Object value) {
    Class<?> type = owner.getClass();
    Object builder = Reflect.callStatic(type, "builder", new Class<?>[0]);
    for (java.lang.reflect.Method m : builder.getClass().getMethods()) {
      if (m.getName().equals(attr) && m.getParameterCount() == 1 && m.getParameterTypes()[0].isInstance(value)) {
        Reflect.invoke(m, builder, value);
        break;
      }
    }
    String text = Manifests.toYaml(Reflect.call(builder, "build", new Class<?>[0]));
    Object back = Reflect.call(Manifests.read(text, type), attr, new Class<?>[0]);
    if (!Objects.equals(back, value)) throw new Unwritable(attr + " that YAML does not give back");
    return Js.of(back, "$T.read($S, $T.class).$L()", Manifests.class, text, type, attr);
  }

  private static java.lang.reflect.Method setter(Class<?> builder, ModelTypes.Attr a) {
    return setter(builder, a.name(), a.getter().getReturnType());
  }

  private static java.lang.reflect.Method setter(Class<?> builder, String name, Class<?> raw) {
    for (java.lang.reflect.Method m : builder.getMethods()) {
      if (!m.getName().equals(name) || m.getParameterCount() != 1) continue;
      Class<?> p = m.getParameterTypes()[0];
      if (p.isAssignableFrom(raw) || p == Iterable.class && List.class.isAssignableFrom(raw)) return m;
    }
    throw new Unwritable("no setter " + name);
  }

  private static String literal(double d) {
    String s = Double.toString(d);
    return s.contains(".") || s.contains("E") ? s : s + ".0";
  }
}
