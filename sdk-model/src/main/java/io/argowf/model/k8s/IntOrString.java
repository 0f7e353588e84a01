package io.argowf.model.k8s;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value that is a number or a string ({@code retryStrategy.limit}, {@code activeDeadlineSeconds},
 * sequence counts, ports), written back in the form it was given: {@code limit: 3} stays a number and
 * {@code limit: "{{inputs.parameters.n}}"} stays a string.
 *
 * <pre>{@code
 * IntOrString limit = IntOrString.of(3);
 * IntOrString templated = IntOrString.of("{{workflow.parameters.retries}}");
 * }</pre>
 */
public final class IntOrString {
  private final Object value;

  private IntOrString(Object value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * A number.
   *
   * @param value the number
   * @return the value
   */
  public static IntOrString of(long value) {
    return new IntOrString(value);
  }

  /**
   * A string (often a {@code {{...}}} expression or a number in quotes).
   *
   * @return the value
   */
  public static IntOrString of(String value) {
    return new IntOrString(value);
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static IntOrString fromJson(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short) return new IntOrString(((Number) value).longValue());
    if (value instanceof Number) return new IntOrString(new BigDecimal(value.toString()));
    if (value instanceof String) return new IntOrString((String) value);
    throw new IllegalArgumentException("expected a number or a string");
  }

  /**
   * Whether this is a whole number (not a string).
   *
   * @return true for {@code 3}, false for {@code "3"}
   */
  public boolean isInt() {
    return value instanceof Long;
  }

  /**
   * The number, also when given as a string of digits.
   *
   * @throws IllegalStateException when it is neither (e.g. a {@code {{...}}} expression), naming the text
   */
  public long longValue() {
    if (value instanceof Long) return (Long) value;
    try {
      return Long.parseLong(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException("'" + value + "' is not a whole number", e);
    }
  }

  /**
   * The value as text, whatever its form.
   *
   * @return e.g. {@code "3"}
   */
  public String stringValue() {
    return value.toString();
  }

  @JsonValue
  Object toJson() {
    return value;
  }

  /** Equal when the same form and the same value. */
  @Override
  public boolean equals(Object o) {
    return o instanceof IntOrString && ((IntOrString) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
