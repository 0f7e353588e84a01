package io.argowf.dsl;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An Argo expression such as {@code {{inputs.parameters.message}}}: a handle that can go wherever a string goes.
 *
 * <p>Handles come from declarations ({@link Argo#param}, {@link Argo#argument}), from steps and tasks
 * ({@link Step#result()}, {@link Task#output(OutputParam)}) and from loops ({@link Argo#item()}). Being a
 * {@link CharSequence}, a handle can be passed to {@code args(..)}, {@code with(..)} or {@code when(..)} as is,
 * or concatenated into a longer string. Where it is used is checked at {@code build()}. Comparing it makes a
 * {@link Condition}; {@link #asInt()}, {@link #asFloat()}, {@link #get(String)} and {@link #jsonpath(String)} make an
 * {@link Expression} (<code>{{=...}}</code>).
 *
 * <pre>{@code
 * var message = param("message");
 * container("echo").inputs(message).image("busybox").command("echo").args(message);
 * step.when(flip.result().eq("heads"));          // "{{steps.flip.outputs.result}} == heads"
 * step.when(count.result().asInt().gt(10));      // "{{=asInt(steps.count.outputs.result) > 10}}"
 * }</pre>
 */
public sealed class Expr implements CharSequence permits Argument, InputParam, TypedOutput {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private final String path;
  private final String text;

  Expr(String path) {
    this.path = Objects.requireNonNull(path, "path");
    this.text = "{{" + path + "}}";
  }

  /** Equal to a value: a string, number, boolean, status or another handle. */
  public Condition eq(Object value) {
    return Operands.compare(this, "==", value);
  }

  /** Different from a value: a string, number, boolean, status or another handle. */
  public Condition ne(Object value) {
    return Operands.compare(this, "!=", value);
  }

  /** Greater than a number or another handle, compared as numbers. */
  public Condition gt(Object value) {
    return Operands.compare(this, ">", value);
  }

  /** Greater than or equal to a number or another handle. */
  public Condition ge(Object value) {
    return Operands.compare(this, ">=", value);
  }

  /** Less than a number or another handle. */
  public Condition lt(Object value) {
    return Operands.compare(this, "<", value);
  }

  /** Less than or equal to a number or another handle. */
  public Condition le(Object value) {
    return Operands.compare(this, "<=", value);
  }

  /** Matches a regular expression (RE2, as Go reads it), e.g. {@code ^tails}. */
  public Condition matches(String regex) {
    return Operands.matches(this, regex);
  }

  /** One of the values. */
  public Condition in(Object... values) {
    return Operands.in(this, List.of(values));
  }

  /** The value as an expr-lang expression, to build <code>{{=...}}</code> with. */
  public Expression asExpression() {
    return new Expression(variable());
  }

  /** {@code asInt(this)}: the value read as an integer. */
  public Expression asInt() {
    return asExpression().asInt();
  }

  /** {@code asFloat(this)}: the value read as a number. */
  public Expression asFloat() {
    return asExpression().asFloat();
  }

  /** A member of a JSON value, e.g. {@code item.get("start")} or {@code output.get("my-key")}. */
  public Expression get(String member) {
    return asExpression().get(member);
  }

  /** {@code jsonpath(this, path)}: a value inside JSON text, e.g. {@code $.items[0].name}. */
  public Expression jsonpath(String jsonPath) {
    return asExpression().jsonpath(jsonPath);
  }

  /** The expr-lang name of the variable, e.g. {@code steps['flip-coin'].outputs.result}. */
  String variable() {
    StringBuilder b = new StringBuilder();
    for (String part : path.split("\\.")) {
      if (b.length() == 0) b.append(part);
      else if (IDENTIFIER.matcher(part).matches()) b.append('.').append(part);
      else b.append("[").append(Operands.quoted(part)).append("]");
    }
    return b.toString();
  }

  /** The variable as Argo names it, e.g. {@code steps.flip-coin.outputs.result}. */
  String path() {
    return path;
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
