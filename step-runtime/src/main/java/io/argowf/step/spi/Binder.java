package io.argowf.step.spi;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Binds a record from parameter texts and artifact paths, and takes a record apart into them: the code the pod's
 * entry point and the local runner share.
 */
final class Binder {
  private static final int SHOWN = 200;

  private Binder() {}

  /**
   * @param record a record class, or {@code Void}
   * @return its components as ports, in declaration order
   * @throws IllegalArgumentException for a component whose type or name has no Argo form
   */
  static List<Port> ports(Class<?> record) {
    if (record == Void.class) return List.of();
    List<Port> ports = new ArrayList<>();
    for (RecordComponent c : record.getRecordComponents()) {
      if (!c.getName().matches("[A-Za-z0-9_]+")) {
        throw new IllegalArgumentException(record.getName() + "." + c.getName()
            + ": Argo parameter and artifact names take letters, digits and '_' only");
      }
      try {
        ports.add(new Port(c.getName(), Codec.formOf(c.getGenericType()), c.getGenericType()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(record.getName() + "." + c.getName() + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(ports);
  }

  /**
   * @param record the input record, or {@code Void}
   * @param parameters parameter texts by name
   * @param artifacts artifact files by name
   * @return the bound record ({@code null} for {@code Void})
   * @throws StepFailure naming the component and the value that did not bind
   */
  static Object bind(Class<?> record, Map<String, String> parameters, Map<String, Path> artifacts)
      throws StepFailure {
    if (record == Void.class) return null;
    RecordComponent[] components = record.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = value(record, components[i], parameters, artifacts);
    }
    return construct(record, components, values);
  }

  private static Object value(Class<?> record, RecordComponent c, Map<String, String> parameters,
      Map<String, Path> artifacts) throws StepFailure {
    String where = "input '" + c.getName() + "' (" + c.getGenericType().getTypeName() + ") of " + record.getSimpleName();
    if (c.getType() == Path.class) {
      Path file = artifacts.get(c.getName());
      if (file == null) throw StepFailure.notStarted(where + " was not passed: no artifact of that name");
      if (!Files.exists(file)) throw StepFailure.notStarted(where + " is missing: nothing at " + file);
      return file;
    }
    String text = parameters.get(c.getName());
    if (text == null) throw StepFailure.notStarted(where + " was not passed: no parameter of that name");
    try {
      return Codec.parse(c.getGenericType(), text);
    } catch (IllegalArgumentException e) {
      throw StepFailure.notStarted(where + " cannot be " + shown(text) + ": " + e.getMessage(), e);
    }
  }

  private static Object construct(Class<?> record, RecordComponent[] components, Object[] values)
      throws StepFailure {
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) types[i] = components[i].getType();
    try {
      Constructor<?> canonical = record.getDeclaredConstructor(types);
      canonical.trySetAccessible();
      return canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw StepFailure.notStarted(record.getSimpleName() + " refused its inputs: "
          + (cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage()), cause);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw StepFailure.notStarted("cannot make a " + record.getName() + ": " + e, e);
    }
  }

  /**
   * @param record the output record, or {@code Void}
   * @param value what the step returned
   * @param parameters receives each text output
   * @param artifacts receives each artifact output
   * @throws StepFailure when the step returned null, or a null component
   */
  static void unbind(Class<?> record, Object value, Map<String, String> parameters,
      Map<String, Path> artifacts) throws StepFailure {
    if (record == Void.class) return;
    if (value == null) throw StepFailure.badOutput("the step returned null instead of a " + record.getSimpleName());
    for (RecordComponent c : record.getRecordComponents()) {
      Object v = read(c, value);
      String where = "output '" + c.getName() + "' of " + record.getSimpleName();
      if (v == null) throw StepFailure.badOutput(where + " is null: every output needs a value");
      if (v instanceof Path file) {
        if (!Files.exists(file)) throw StepFailure.badOutput(where + " names " + file + ", which does not exist");
        artifacts.put(c.getName(), file);
      } else {
        parameters.put(c.getName(), Codec.format(c.getGenericType(), v));
      }
    }
  }

  private static Object read(RecordComponent c, Object value) throws StepFailure {
    try {
      var accessor = c.getAccessor();
      accessor.trySetAccessible();
      return accessor.invoke(value);
    } catch (InvocationTargetException e) {
      throw StepFailure.threw(e.getCause());
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw StepFailure.badOutput("cannot read output '" + c.getName() + "': " + e);
    }
  }

  /**
   * @param text a value as given
   * @return the value quoted for a message, shortened when long
   */
  static String shown(String text) {
    String s = text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "... (" + text.length() + " characters)";
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + '"';
  }
}
