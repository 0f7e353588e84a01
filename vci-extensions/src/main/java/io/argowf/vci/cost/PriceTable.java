package io.argowf.vci.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * What you pay per vCPU-second and per GiB-second of memory. No VCI unit prices are published in a form argowf
 * could ship, so they are your input (from your bill or price page); VCI bills only while a pod runs [doc],
 * per second like comparable products [3rd].
 *
 * <pre>{@code
 * PriceTable prices = PriceTable.perHour("0.12", "0.018", "CNY");   // per vCPU-hour, per GiB-hour
 * }</pre>
 *
 * @param perVcpuSecond price of one vCPU for one second
 * @param perGibSecond price of one GiB of memory for one second
 * @param currency e.g. {@code CNY}, shown in reports
 */
public record PriceTable(BigDecimal perVcpuSecond, BigDecimal perGibSecond, String currency) {
  private static final BigDecimal HOUR = BigDecimal.valueOf(3600);

  /** Checks the prices: present and not negative. */
  public PriceTable {
    Objects.requireNonNull(perVcpuSecond, "perVcpuSecond");
    Objects.requireNonNull(perGibSecond, "perGibSecond");
    Objects.requireNonNull(currency, "currency");
    if (perVcpuSecond.signum() < 0) throw new IllegalArgumentException("perVcpuSecond: " + perVcpuSecond + " is negative; expected 0 or more");
    if (perGibSecond.signum() < 0) throw new IllegalArgumentException("perGibSecond: " + perGibSecond + " is negative; expected 0 or more");
  }

  /**
   * Prices per second.
   *
   * <pre>{@code
   * PriceTable prices = PriceTable.perSecond("0.00003", "0.000004", "CNY");
   * }</pre>
   *
   * @param vcpu per vCPU-second, e.g. {@code "0.0000336"}
   * @param gib per GiB-second
   * @param currency e.g. {@code CNY}
   */
  public static PriceTable perSecond(String vcpu, String gib, String currency) {
    return new PriceTable(number("vcpu", vcpu), number("gib", gib), currency);
  }

  /**
   * Prices per hour, as price pages often show them.
   *
   * <pre>{@code
   * PriceTable prices = PriceTable.perHour("0.12", "0.018", "CNY");   // 0.12 per vCPU-hour, 0.018 per GiB-hour
   * }</pre>
   *
   * @param vcpu per vCPU-hour
   * @param gib per GiB-hour
   * @param currency e.g. {@code CNY}
   * @return the table, per second
   */
  public static PriceTable perHour(String vcpu, String gib, String currency) {
    return new PriceTable(number("vcpu", vcpu).divide(HOUR, MathContext.DECIMAL64),
        number("gib", gib).divide(HOUR, MathContext.DECIMAL64), currency);
  }

  /**
   * The price of an amount of use.
   *
   * @param vcpuSeconds vCPU-seconds
   * @param gibSeconds GiB-seconds
   */
  public BigDecimal cost(BigDecimal vcpuSeconds, BigDecimal gibSeconds) {
    return vcpuSeconds.multiply(perVcpuSecond).add(gibSeconds.multiply(perGibSecond));
  }

  private static BigDecimal number(String what, String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + ": '" + text + "' is not a number; expected a decimal such as 0.0000336");
    }
  }
}
