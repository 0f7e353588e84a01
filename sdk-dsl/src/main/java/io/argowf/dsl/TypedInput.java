package io.argowf.dsl;

import io.argowf.model.workflow.Artifact;
import io.argowf.step.spi.Port;

/**
 * An input of the Java step a step or task runs, waiting for its value: the value's type must be the
 * component's, or the code does not compile. Each method returns the step or task, to go on with it.
 *
 * <pre>{@code
 * train.task("train")
 *     .with(TrainIn::dataset).from(prep.output(PrepOut::data))   // TypedOutput<Path> for a Path input
 *     .with(TrainIn::epochs).value(20)                            // int: written as "20"
 *     .with(TrainIn::features).value(List.of("age", "income"))    // List<String>: written as JSON
 *     .with(TrainIn::split).expr(item());                         // any Argo expression, checked by Lint
 * }</pre>
 *
 * @param <S> the step or task
 * @param <T> the component's type
 */
public final class TypedInput<S extends Call<S>, T> {
  private final S call;
  private final Port port;

  TypedInput(S call, Port port) {
    this.call = call;
    this.port = port;
  }

  /**
   * Passes another Java step's output of the same type.
   *
   * @param output e.g. {@code prep.output(PrepOut::data)}
   */
  public S from(TypedOutput<T> output) {
    return JavaCalls.from(call, port, output);
  }

  /**
   * Passes a constant, written as the step reads it (text, or JSON for lists, maps and records) and read back at
   * once, so a value the step could not read fails here.
   *
   * @param value e.g. {@code 20}, {@code Optimizer.ADAM}, {@code List.of("a", "b")}
   */
  public S value(T value) {
    return JavaCalls.value(call, port, value);
  }

  /**
   * Passes any Argo expression: a loop item, a workflow argument, a {@code {{=...}}} expression; for a
   * {@code Path} input, where the artifact comes from.
   *
   * @param expression e.g. {@code item()}, {@code argument("epochs", 10)}
   */
  public S expr(CharSequence expression) {
    return JavaCalls.expression(call, port, expression);
  }

  /**
   * Passes an artifact from a repository (S3, HTTP, raw data, ...) to a {@code Path} input.
   *
   * @param source e.g. {@code Artifact.builder().http(HTTPArtifact.builder().url(url).build()).build()}
   */
  public S artifact(Artifact source) {
    return JavaCalls.artifact(call, port, source);
  }

  /** @return the input this passes a value to */
  public Port port() {
    return port;
  }
}
