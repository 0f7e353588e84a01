package io.argowf.dsl;

import io.argowf.dsl.internal.JsonValues;
import io.argowf.model.workflow.Parameter;
import java.util.List;
import java.util.Objects;

/**
 * A template's input parameter; used as a string it renders {@code {{inputs.parameters.NAME}}}.
 *
 * <pre>{@code
 * var message = param("message");                        // required: every step must pass it
 * var greeting = param("greeting").withDefault("hello"); // optional
 * container("whalesay").inputs(message, greeting).args(message);
 * whalesay.step("hello1").with(message, "hello1");
 * }</pre>
 */
public final class InputParam extends Expr {
  private final Parameter parameter;

  InputParam(Parameter parameter) {
    super("inputs.parameters." + parameter.name());
    this.parameter = parameter;
  }

  /** @return the parameter's name */
  public String name() {
    return parameter.name();
  }

  /**
   * The same parameter with a default, so callers may leave it out.
   *
   * @param value the default: text as is, numbers as Go writes them, lists, maps and records as JSON
   * @return a new handle
   */
  public InputParam withDefault(Object value) {
    return new InputParam(parameter.withDefaultValue(JsonValues.text(Objects.requireNonNull(value, "value"))));
  }

  /**
   * The same parameter with a fixed value (callers cannot change it).
   *
   * @return a new handle
   */
  public InputParam withValue(Object value) {
    return new InputParam(parameter.withValue(JsonValues.text(Objects.requireNonNull(value, "value"))));
  }

  /**
   * The same parameter restricted to these values.
   *
   * @param values the values allowed
   * @return a new handle
   */
  public InputParam withEnum(String... values) {
    return new InputParam(parameter.withEnumValues(List.of(values)));
  }

  /**
   * The same parameter with a description.
   *
   * @param text what it is for
   * @return a new handle
   */
  public InputParam withDescription(String text) {
    return new InputParam(parameter.withDescription(text));
  }

  /** @return the declaration as the model writes it under {@code inputs.parameters} */
  public Parameter toModel() {
    return parameter;
  }
}
