package io.argowf.dsl;

import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.ValueFrom;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A template's output parameter. Read it from a step or task: {@code step.output(param)}.
 *
 * <pre>{@code
 * var hello = outputParam("hello-param").fromPath("/tmp/hello_world.txt").withDefault("Foobar");
 * var gen = container("gen").image("busybox").outputs(hello);
 * var generate = gen.step("generate");
 * print.step("print").with(message, generate.output(hello)); // {{steps.generate.outputs.parameters.hello-param}}
 * }</pre>
 */
public final class OutputParam {
  private final Parameter parameter;

  OutputParam(Parameter parameter) {
    this.parameter = parameter;
  }

  /** @return the parameter's name */
  public String name() {
    return parameter.name();
  }

  /**
   * Reads the value from a file in the container.
   *
   * @param path e.g. {@code /tmp/out.txt}
   * @return a new declaration
   */
  public OutputParam fromPath(String path) {
    return from(v -> v.withPath(path));
  }

  /**
   * Reads the value from the created resource with a JSON path (resource templates).
   *
   * @param jsonPath e.g. <code>{.metadata.name}</code>
   * @return a new declaration
   */
  public OutputParam fromJsonPath(String jsonPath) {
    return from(v -> v.withJsonPath(jsonPath));
  }

  /**
   * Reads the value from the created resource with a jq filter (resource templates).
   *
   * @param filter e.g. {@code .}
   * @return a new declaration
   */
  public OutputParam fromJqFilter(String filter) {
    return from(v -> v.withJqFilter(filter));
  }

  /**
   * Takes the value of another expression, e.g. a step's output inside a steps template.
   *
   * @param value e.g. {@code step.output(other)}
   * @return a new declaration
   */
  public OutputParam fromParameter(CharSequence value) {
    return from(v -> v.withParameter(value.toString()));
  }

  /**
   * Takes the value computed by an expression.
   *
   * @param expression e.g. {@code steps.flip.outputs.result == 'heads' ? 'yes' : 'no'}
   * @return a new declaration
   */
  public OutputParam fromExpression(String expression) {
    return from(v -> v.withExpression(expression));
  }

  /**
   * Lets the value be supplied from outside, e.g. when a suspended node is resumed.
   *
   * @return a new declaration
   */
  public OutputParam supplied() {
    return from(v -> v.withSupplied(io.argowf.model.workflow.SuppliedValueFrom.builder().build()));
  }

  /**
   * The value to use when reading it fails.
   *
   * @return a new declaration
   */
  public OutputParam withDefault(Object value) {
    String text = io.argowf.dsl.internal.JsonValues.text(Objects.requireNonNull(value, "value"));
    return from(v -> v.withDefaultValue(text));
  }

  /**
   * Also publishes the value as a workflow output {@code {{workflow.outputs.parameters.NAME}}}.
   *
   * @return a new declaration
   */
  public OutputParam global(String name) {
    return new OutputParam(parameter.withGlobalName(name));
  }

  private OutputParam from(UnaryOperator<ValueFrom> change) {
    ValueFrom current = parameter.valueFrom() == null ? ValueFrom.builder().build() : parameter.valueFrom();
    return new OutputParam(parameter.withValueFrom(change.apply(current)));
  }

  /** @return the declaration as the model writes it under {@code outputs.parameters} */
  public Parameter toModel() {
    return parameter;
  }
}
