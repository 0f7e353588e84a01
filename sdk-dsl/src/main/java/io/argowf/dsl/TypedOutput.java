package io.argowf.dsl;

import io.argowf.step.spi.Port;

/**
 * An output of a Java step's step or task, with its Java type: pass it to another Java step's input of the same
 * type with {@code with(Component, TypedOutput)} (a different type does not compile), or use it as a string
 * anywhere a handle goes ({@code when}, {@code args}, ...).
 *
 * <pre>{@code
 * var prep = preprocess.task("preprocess");
 * TypedOutput<Path> data = prep.output(PrepOut::data);          // {{tasks.preprocess.outputs.artifacts.data}}
 * train.task("train").with(TrainIn::dataset, data).dependsOn(prep);
 * }</pre>
 *
 * @param <T> the output component's type
 */
public final class TypedOutput<T> extends Expr {
  private final Port port;

  TypedOutput(String path, Port port) {
    super(path);
    this.port = port;
  }

  /** @return the output record's component this comes from */
  public Port port() {
    return port;
  }
}
