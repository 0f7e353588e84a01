package io.argowf.dsl;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * An Argo expression such as {@code {{inputs.parameters.message}}}: a handle that can go wherever a string goes.
 *
 * <p>Handles come from declarations ({@link Argo#param}, {@link Argo#argument}), from steps and tasks
 * ({@link Step#result()}, {@link Task#output(OutputParam)}) and from loops ({@link Argo#item()}). Being a
 * {@link CharSequence}, a handle can be passed to {@code args(..)}, {@code with(..)} or {@code when(..)} as is,
 * or concatenated into a longer string. Where it is used is checked at {@code build()}.
 *
 * <pre>{@code
 * var message = param("message");
 * container("echo").inputs(message).image("busybox").command("echo").args(message);
 * step.when(flip.result().eq("heads"));   // "{{steps.flip.outputs.result}} == heads"
 * }</pre>
 */
public sealed class Expr implements CharSequence permits Argument, InputParam, TypedOutput {
  private final String text;

  Expr(String path) {
    this.text = "{{" + Objects.requireNonNull(path, "path") + "}}";
  }

  /**
   * A condition comparing this value with another, for {@code when}.
   *
   * @param value e.g. {@code heads}
   * @return e.g. {@code {{steps.flip.outputs.result}} == heads}
   */
  public String eq(Object value) {
    return text + " == " + value;
  }

  /**
   * A condition that this value differs from another, for {@code when}.
   *
   * @param value e.g. {@code Succeeded}
   * @return e.g. {@code {{workflow.status}} != Succeeded}
   */
  public String ne(Object value) {
    return text + " != " + value;
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public char charAt(int index) {
    return text.charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end);
  }

  /** @return the expression as Argo reads it, e.g. {@code {{inputs.parameters.message}}} */
  @JsonValue
  @Override
  public String toString() {
    return text;
  }
}
