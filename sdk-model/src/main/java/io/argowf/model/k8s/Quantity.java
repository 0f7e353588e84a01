package io.argowf.model.k8s;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A Kubernetes resource quantity such as {@code 100m}, {@code 8Gi} or {@code 1}. The text is kept exactly
 * as written, and a quantity read from a YAML number is written back as a number.
 *
 * <p>{@link #parse(String)} and {@link #isValid()} apply Kubernetes' own grammar (what
 * {@code resource.ParseQuantity} accepts): an optional sign, a decimal number, then one suffix, either binary SI
 * ({@code Ki Mi Gi Ti Pi Ei}), decimal SI ({@code n u m k M G T P E}, or none) or a decimal exponent
 * ({@code e3}, {@code E-2}). {@code 8GG}, {@code 1GB}, {@code 1K} and {@code abc} are not quantities.
 *
 * <pre>{@code
 * Quantity mem = Quantity.parse("8Gi");     // throws IllegalArgumentException for "8GG"
 * BigDecimal bytes = mem.amount();          // 8589934592
 * }</pre>
 */
public final class Quantity {
  private static final String EXPECTED = "expected a number with an optional suffix: binary SI (Ki, Mi, Gi, Ti, Pi, Ei), "
      + "decimal SI (n, u, m, k, M, G, T, P, E) or an exponent (e3, E-2), e.g. 500m, 8Gi, 1.5, 1e3";
  private static final String SUFFIX_CHARS = "eEinumkKMGTP";

  private final String text;
  private final boolean number;

  private Quantity(String text, boolean number) {
    this.text = Objects.requireNonNull(text, "text");
    this.number = number;
  }

  /**
   * A quantity from its Kubernetes text form, kept as written and checked later ({@link #isValid()}, lint).
   * Use {@link #parse(String)} to refuse a malformed text at once.
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

  /**
   * A quantity from its Kubernetes text form, refusing what Kubernetes refuses.
   *
   * <pre>{@code
   * Quantity.parse("500m");   // ok
   * Quantity.parse("8GG");    // IllegalArgumentException: '8GG' is not a Kubernetes quantity: expected ...
   * }</pre>
   *
   * @throws IllegalArgumentException naming the text and the expected form
   */
  public static Quantity parse(String text) {
    Objects.requireNonNull(text, "text");
    String problem = problem(text);
    if (problem != null) throw new IllegalArgumentException(problem);
    return new Quantity(text, false);
  }

  /**
   * Why a text is not a Kubernetes quantity, or null when it is one.
   *
   * <pre>{@code
   * Quantity.problem("1GB");   // "'1GB' is not a Kubernetes quantity: expected a number with ..."
   * }</pre>
   */
  public static String problem(String text) {
    return Grammar.split(text) == null ? "'" + text + "' is not a Kubernetes quantity: " + EXPECTED : null;
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
   * Whether Kubernetes accepts the text as a quantity (surrounding blanks are ignored, as Kubernetes' JSON
   * decoding ignores them).
   *
   * @return true when {@link #amount()} can compute a value
   */
  public boolean isValid() {
    return Grammar.split(text.strip()) != null;
  }

  /**
   * The amount in base units: cores for CPU, bytes for memory.
   *
   * @return the value, e.g. {@code 0.5} for {@code 500m}, {@code 1073741824} for {@code 1Gi}
   * @throws IllegalStateException when the text is not a valid quantity (the message names it)
   */
  public BigDecimal amount() {
    String[] parts = Grammar.split(text.strip());
    if (parts == null) throw new IllegalStateException(problem(text));
    String digits = parts[0].replace("+", "");
    boolean negative = digits.startsWith("-");
    digits = digits.replace("-", "");
    if (digits.startsWith(".")) digits = "0" + digits;
    if (digits.endsWith(".")) digits = digits + "0";
    BigDecimal base = digits.isEmpty() ? BigDecimal.ZERO : new BigDecimal(digits);
    if (negative) base = base.negate();
    return Grammar.scale(base, parts[1]);
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

  /** Kubernetes' quantity scanner: a signed decimal number, then a suffix made of suffix letters and digits. */
  private static final class Grammar {
    private Grammar() {}

    /** The number and suffix of a quantity, or null when Kubernetes refuses the text. */
    static String[] split(String s) {
      if (s.isEmpty()) return null;
      int pos = 0;
      int end = s.length();
      if (s.charAt(0) == '-' || s.charAt(0) == '+') pos++;
      pos = digits(s, pos);
      if (pos < end && s.charAt(pos) == '.') pos = digits(s, pos + 1);
      String number = s.substring(0, pos);
      int suffixStart = pos;
      while (pos < end && SUFFIX_CHARS.indexOf(s.charAt(pos)) >= 0) pos++;
      if (pos < end && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) pos++;
      if (digits(s, pos) != end) return null;
      String suffix = s.substring(suffixStart);
      return isSuffix(suffix) ? new String[] {number, suffix} : null;
    }

    private static int digits(String s, int from) {
      int i = from;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
      return i;
    }

    private static boolean isSuffix(String suffix) {
      switch (suffix) {
        case "", "n", "u", "m", "k", "M", "G", "T", "P", "E", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei":
          return true;
        default:
          if (suffix.length() < 2 || (suffix.charAt(0) != 'e' && suffix.charAt(0) != 'E')) return false;
          try {
            Integer.parseInt(suffix.substring(1));
            return true;
          } catch (NumberFormatException e) {
            return false;
          }
      }
    }

    static BigDecimal scale(BigDecimal base, String suffix) {
      switch (suffix) {
        case "": return base;
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
  }
}
