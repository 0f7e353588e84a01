package io.argowf.model.k8s;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes resource quantity such as {@code 100m}, {@code 8Gi} or {@code 1}. The text is kept exactly
 * as written, and a quantity read from a YAML number is written back as a number.
 *
 * <pre>{@code
 * Quantity mem = Quantity.of("8Gi");
 * BigDecimal bytes = mem.amount();          // 8589934592
 * }</pre>
 */
public final class Quantity {
  private static final Pattern FORM = Pattern.compile(
      "^([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$");

  private final String text;
  private final boolean number;

  private Quantity(String text, boolean number) {
    this.text = Objects.requireNonNull(text, "text");
    this.number = number;
  }

  /**
   * A quantity from its Kubernetes text form.
   *
   * @param text e.g. {@code "500m"}, {@code "16Gi"}
   */
  public static Quantity of(String text) {
    return new Quantity(text, false);
  }

  /**
   * A plain number of units, written as a YAML number ({@code cpu: 2}).
   *
   * @param units e.g. 2 cores
   */
  public static Quantity of(long units) {
    return new Quantity(Long.toString(units), true);
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Quantity fromJson(Object value) {
    if (value instanceof Number) return new Quantity(numberText((Number) value), true);
    if (value instanceof String) return new Quantity((String) value, false);
    throw new IllegalArgumentException("expected a quantity such as 500m or 8Gi");
  }

  private static String numberText(Number n) {
    if (n instanceof Double || n instanceof Float) return BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().toPlainString();
    return n.toString();
  }

  @JsonValue
  Object toJson() {
    if (number) {
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        return text;
      }
    }
    return text;
  }

  /**
   * Whether this quantity was given as a YAML/JSON number rather than a string.
   *
   * @return true for {@code cpu: 1}, false for {@code cpu: "1"} and {@code memory: 8Gi}
   */
  public boolean isNumber() {
    return number;
  }

  /**
   * Whether the text is a valid Kubernetes quantity.
   *
   * @return true when {@link #amount()} can compute a value
   */
  public boolean isValid() {
    return FORM.matcher(text).matches();
  }

  /**
   * The amount in base units: cores for CPU, bytes for memory.
   *
   * @return the value, e.g. {@code 0.5} for {@code 500m}, {@code 1073741824} for {@code 1Gi}
   * @throws IllegalStateException when the text is not a valid quantity (the message names it)
   */
  public BigDecimal amount() {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalStateException("'" + text + "' is not a Kubernetes quantity (expected a number with an optional "
          + "suffix such as m, k, M, G, Ki, Mi, Gi)");
    }
    BigDecimal base = new BigDecimal(m.group(1).startsWith(".") ? "0" + m.group(1) : m.group(1));
    String suffix = m.group(2);
    if (suffix == null) return base;
    switch (suffix) {
      case "n": return base.scaleByPowerOfTen(-9);
      case "u": return base.scaleByPowerOfTen(-6);
      case "m": return base.scaleByPowerOfTen(-3);
      case "k": return base.scaleByPowerOfTen(3);
      case "M": return base.scaleByPowerOfTen(6);
      case "G": return base.scaleByPowerOfTen(9);
      case "T": return base.scaleByPowerOfTen(12);
      case "P": return base.scaleByPowerOfTen(15);
      case "E": return base.scaleByPowerOfTen(18);
      case "Ki": return base.multiply(BigDecimal.valueOf(1L << 10));
      case "Mi": return base.multiply(BigDecimal.valueOf(1L << 20));
      case "Gi": return base.multiply(BigDecimal.valueOf(1L << 30));
      case "Ti": return base.multiply(BigDecimal.valueOf(1L << 40));
      case "Pi": return base.multiply(BigDecimal.valueOf(1L << 50));
      case "Ei": return base.multiply(BigDecimal.valueOf(1L << 60));
      default: return base.scaleByPowerOfTen(Integer.parseInt(suffix.substring(1)));
    }
  }

  /** Same text means same quantity ({@code 1} and {@code "1"} are equal; {@code 1000m} and {@code 1} are not). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity && ((Quantity) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The text as written, e.g. {@code 8Gi}. */
  @Override
  public String toString() {
    return text;
  }
}
