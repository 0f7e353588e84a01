package io.argowf.step.spi;

import java.lang.invoke.MethodType;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * One input or output of a Java step: a record component, with the form it takes in the template.
 *
 * <pre>{@code
 * for (Port p : StepClass.of(Train.class).inputs()) System.out.println(p.name() + " " + p.form());
 * // dataset ARTIFACT, epochs TEXT, tags JSON
 * }</pre>
 *
 * @param name the component's name, used as the parameter's or artifact's name
 * @param form how the value travels
 * @param type the component's generic type, e.g. {@code List<String>}
 */
public record Port(String name, Form form, Type type) {
  /** How a value travels between nodes. */
  public enum Form {
    /** A parameter holding the value as text: strings, numbers, booleans, enums, ... */
    TEXT,
    /** A parameter holding JSON: lists, sets, maps, arrays, records. */
    JSON,
    /** An artifact: a file or folder ({@code java.nio.file.Path}). */
    ARTIFACT
  }

  /** Checks that nothing is missing. */
  public Port {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(type, "type");
  }

  /** @return whether it is an artifact rather than a parameter */
  public boolean isArtifact() {
    return form == Form.ARTIFACT;
  }

  /**
   * The text a parameter of this type holds for a Java value, e.g. for a constant passed to a step in the DSL.
   * The text is read back at once, so a value the step could not read fails here and not in the pod.
   *
   * <pre>{@code
   * port.text(List.of("a", "b"));   // ["a","b"]
   * }</pre>
   *
   * @param value a value of the port's type
   * @return the text, e.g. {@code 3}, {@code RED}, {@code ["a","b"]}
   * @throws IllegalArgumentException for an artifact, or a value not of the port's type
   */
  public String text(Object value) {
    if (isArtifact()) throw new IllegalArgumentException(describe() + " is an artifact, not a parameter");
    Class<?> raw = Codec.raw(type);
    Class<?> boxed = raw.isPrimitive() ? MethodType.methodType(raw).wrap().returnType() : raw;
    if (!boxed.isInstance(value)) {
      throw new IllegalArgumentException(describe() + " cannot take " + (value == null ? "null"
          : "a " + value.getClass().getName()));
    }
    String text = Codec.format(type, value);
    Codec.parse(type, text);
    return text;
  }

  /**
   * The port of what a fanned-out step or task makes of this output: Argo gathers each iteration's value into
   * a JSON list of their texts ({@code ["0.9","0.7"]}), read as {@code List<T>} (a primitive boxed) by an input of
   * that type.
   *
   * <pre>{@code
   * StepClass.of(Score.class).output("score").orElseThrow().aggregated().type();   // List<java.lang.Double>
   * }</pre>
   *
   * @throws IllegalArgumentException for an artifact: Argo gathers parameters only
   */
  public Port aggregated() {
    if (isArtifact()) {
      throw new IllegalArgumentException(describe() + " is an artifact; a fanned-out step's artifacts are not gathered into a list");
    }
    return new Port(name, Form.JSON, Codec.listOf(type));
  }

  /** @return e.g. {@code epochs (int)}, for messages */
  public String describe() {
    return "'" + name + "' (" + type.getTypeName() + ")";
  }
}
