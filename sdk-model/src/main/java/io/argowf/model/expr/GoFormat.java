package io.argowf.model.expr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Go's text forms of values: {@code fmt.Sprintf("%v", v)}, float formatting, and {@code time.Duration.String()}. */
final class GoFormat {
  private GoFormat() {}

  /** {@code fmt.Sprintf("%v", v)}: how Argo turns an expression's result into the text it substitutes. */
  static String value(Object v) {
    v = Values.normalize(v);
    if (v == null) return "<nil>";
    if (v instanceof String s) return s;
    if (v instanceof Double d) return floatG(d);
    if (v instanceof List<?> l) {
      List<String> parts = new ArrayList<>(l.size());
      for (Object o : l) parts.add(value(o));
      return "[" + String.join(" ", parts) + "]";
    }
    if (v instanceof Map<?, ?> m) {
      List<String> parts = new ArrayList<>(m.size());
      for (Map.Entry<?, ?> e : GoJson.sorted(m)) parts.add(value(e.getKey()) + ":" + value(e.getValue()));
      return "map[" + String.join(" ", parts) + "]";
    }
    if (v instanceof Duration d) return duration(d);
    if (v instanceof ZonedDateTime t) return GoTime.string(t);
    if (v instanceof Fn) return "func";
    return v.toString();
  }

  /** strconv.FormatFloat(f, 'g', -1, 64) as %v uses it: exponent form below 1e-4 and from 1e6 on ({@code 1e+06}). */
  static String floatG(double d) {
    if (Double.isNaN(d)) return "NaN";
    if (Double.isInfinite(d)) return d > 0 ? "+Inf" : "-Inf";
    if (d == 0) return (1 / d < 0) ? "-0" : "0";
    Digits g = Digits.of(d);
    int exp = g.point - 1;
    return exp < -4 || exp >= 6 ? g.exponent() : g.plain();
  }

  /** encoding/json's float form: plain between 1e-6 and 1e21, else exponent form with e-7 rather than e-07. */
  static String floatJson(double d) {
    if (d == 0) return (1 / d < 0) ? "-0" : "0";
    double abs = Math.abs(d);
    Digits g = Digits.of(d);
    if (abs < 1e-6 || abs >= 1e21) return g.exponent().replaceFirst("e-0(\\d)$", "e-$1");
    return g.plain();
  }

  /** The shortest decimal digits that read back as the same double (as Go's shortest formatting finds them). */
  private record Digits(boolean negative, String digits, int point) {
    static Digits of(double d) {
      BigDecimal exact = new BigDecimal(d);
      BigDecimal b = exact;
      for (int p = 1; p <= 17; p++) {
        b = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        if (b.doubleValue() == d) break;
      }
      b = b.stripTrailingZeros();
      String digits = b.unscaledValue().abs().toString();
      return new Digits(d < 0, digits, digits.length() - b.scale());
    }

    String plain() {
      StringBuilder s = new StringBuilder(negative ? "-" : "");
      if (point <= 0) {
        s.append("0.").append("0".repeat(-point)).append(digits);
      } else if (point >= digits.length()) {
        s.append(digits).append("0".repeat(point - digits.length()));
      } else {
        s.append(digits, 0, point).append('.').append(digits.substring(point));
      }
      return s.toString();
    }

    String exponent() {
      StringBuilder s = new StringBuilder(negative ? "-" : "");
      s.append(digits.charAt(0));
      if (digits.length() > 1) s.append('.').append(digits.substring(1));
      int exp = point - 1;
      s.append('e').append(exp < 0 ? '-' : '+');
      int a = Math.abs(exp);
      if (a < 10) s.append('0');
      return s.append(a).toString();
    }
  }

  /** time.Duration.String(): {@code 1h2m3.5s}, {@code 1.5ms}, {@code 0s}. */
  static String duration(Duration d) {
    long nanos;
    try {
      nanos = d.toNanos();
    } catch (ArithmeticException e) {
      nanos = d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    if (nanos == 0) return "0s";
    boolean neg = nanos < 0;
    BigDecimal u = BigDecimal.valueOf(nanos).abs();
    String out;
    if (u.compareTo(BigDecimal.valueOf(1_000_000_000L)) < 0) {
      long n = u.longValue();
      if (n < 1_000) out = n + "ns";
      else if (n < 1_000_000) out = fraction(n, 3) + "\u00b5s";
      else out = fraction(n, 6) + "ms";
    } else {
      BigDecimal[] secs = u.divideAndRemainder(BigDecimal.valueOf(1_000_000_000L));
      long s = secs[0].longValue();
      String frac = secs[1].signum() == 0 ? "" : fraction(secs[1].longValue() + 1_000_000_000L, 9).substring(1);
      StringBuilder b = new StringBuilder();
      long minutes = s / 60;
      long hours = minutes / 60;
      if (hours > 0) b.append(hours).append('h');
      if (minutes > 0) b.append(minutes % 60).append('m');
      b.append(s % 60).append(frac).append('s');
      out = b.toString();
    }
    return neg ? "-" + out : out;
  }

  /** v / 10^prec with trailing zeros (and a bare point) left out. */
  private static String fraction(long v, int prec) {
    return BigDecimal.valueOf(v).movePointLeft(prec).stripTrailingZeros().toPlainString();
  }
}
