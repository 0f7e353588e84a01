package io.argowf.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.argowf.model.Lint;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Finds fields the model does not know, anywhere in a model object: reading keeps them, lint reports them.
 */
public final class UnknownFields {
  private UnknownFields() {}

  /**
   * Adds an error for each unknown field.
   *
   * @param root a model object
   * @param out where problems go
   */
  public static void report(Object root, List<Lint.Problem> out) {
    walk(root, new ArrayList<>(), out);
  }

  private static void walk(Object value, List<Object> path, List<Lint.Problem> out) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
        || value instanceof JsonNode) {
      return;
    }
    if (value instanceof Collection) {
      int i = 0;
      for (Object o : (Collection<?>) value) {
        path.add(i++);
        walk(o, path, out);
        path.remove(path.size() - 1);
      }
      return;
    }
    if (value instanceof Map) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        path.add(String.valueOf(e.getKey()));
        walk(e.getValue(), path, out);
        path.remove(path.size() - 1);
      }
      return;
    }
    if (value.getClass().getSimpleName().equals("ParallelSteps")) {
      walk(((io.argowf.model.workflow.ParallelSteps) value).steps(), path, out);
      return;
    }
    Method unknown = accessor(value.getClass(), "unknownFields");
    if (unknown == null) return;
    for (Method m : value.getClass().getMethods()) {
      if (m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class) continue;
      com.fasterxml.jackson.annotation.JsonProperty p = findJsonProperty(value.getClass(), m.getName());
      if (p == null) continue;
      path.add(p.value());
      walk(invoke(m, value), path, out);
      path.remove(path.size() - 1);
    }
    @SuppressWarnings("unchecked")
    Map<String, JsonNode> fields = (Map<String, JsonNode>) invoke(unknown, value);
    for (String name : fields.keySet()) {
      path.add(name);
      out.add(new Lint.Problem(Lint.Severity.ERROR, Binder.path(path),
          "unknown field '" + name + "' in " + value.getClass().getSimpleName()
              + "; check its spelling and indentation (the model has no such field)"));
      path.remove(path.size() - 1);
    }
  }

  private static com.fasterxml.jackson.annotation.JsonProperty findJsonProperty(Class<?> type, String method) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        Method m = c.getDeclaredMethod(method);
        com.fasterxml.jackson.annotation.JsonProperty p = m.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        if (p != null) return p;
      } catch (NoSuchMethodException ignored) {
        // look further up
      }
    }
    return null;
  }

  private static Method accessor(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Object invoke(Method m, Object target) {
    try {
      m.setAccessible(true);
      return m.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + m.getName() + " of " + target.getClass().getSimpleName(), e);
    }
  }
}
