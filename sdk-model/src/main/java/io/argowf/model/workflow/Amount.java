package io.argowf.model.workflow;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/**
 * A raw number, as used for histogram buckets in metrics; written back as a number.
 *
 * <pre>{@code
 * Amount bucket = Amount.of("0.5");
 * }</pre>
 */
public final class Amount {
  private final BigDecimal value;

  private Amount(BigDecimal value) {
    this.value = value;
  }

  /**
   * An amount from its decimal text.
   *
   * @param decimal e.g. {@code "0.5"}
   * @throws NumberFormatException when the text is not a decimal number
   */
  public static Amount of(String decimal) {
    return new Amount(new BigDecimal(decimal.trim()));
  }

  /**
   * An amount from a number.
   *
   * @param value the number
   */
  public static Amount of(double value) {
    return new Amount(BigDecimal.valueOf(value));
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Amount fromJson(Object value) {
    if (!(value instanceof Number || value instanceof String)) throw new IllegalArgumentException("expected a number");
    try {
      return new Amount(new BigDecimal(value.toString().trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a number");
    }
  }

  /**
   * The value.
   *
   * @return the number
   */
  @JsonValue
  public BigDecimal value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Amount && ((Amount) o).value.compareTo(value) == 0;
  }

  @Override
  public int hashCode() {
    return value.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return value.toPlainString();
  }
}
