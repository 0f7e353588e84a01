package io.argowf.dsl;

import io.argowf.model.workflow.Parameter;

/**
 * A workflow argument; used as a string it renders {@code {{workflow.parameters.NAME}}}.
 *
 * <pre>{@code
 * var start = argument("start", 1);
 * workflow().arguments(start)
 *     .entrypoint(script("gen").image("python:3.12").command("python").source("print(" + start + ")"));
 * }</pre>
 */
public final class Argument extends Expr {
  private final Parameter parameter;

  Argument(Parameter parameter) {
    super("workflow.parameters." + parameter.name());
    this.parameter = parameter;
  }

  /** @return the argument's name */
  public String name() {
    return parameter.name();
  }

  /** @return the declaration as the model writes it under {@code spec.arguments.parameters} */
  public Parameter toModel() {
    return parameter;
  }
}
