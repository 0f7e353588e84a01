package io.argowf.local;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go-style durations as Argo reads them: {@code 30}, {@code 30s}, {@code 1m30s}, {@code 1.5h}, {@code 200ms}. */
final class Durations {
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h|d)");

  private Durations() {}

  static Duration parse(String text) {
    String t = text.trim();
    if (t.matches("\\d+(\\.\\d+)?")) return Duration.ofMillis((long) (Double.parseDouble(t) * 1000));
    Matcher m = PART.matcher(t);
    long nanos = 0;
    int at = 0;
    while (m.find() && m.start() == at) {
      nanos += (long) (Double.parseDouble(m.group(1)) * unit(m.group(2)));
      at = m.end();
    }
    if (at != t.length() || t.isEmpty()) throw new IllegalArgumentException("'" + text + "' is not a duration");
    return Duration.ofNanos(nanos);
  }

  private static double unit(String u) {
    return switch (u) {
      case "ns" -> 1;
      case "us", "µs" -> 1e3;
      case "ms" -> 1e6;
      case "s" -> 1e9;
      case "m" -> 60e9;
      case "h" -> 3600e9;
      default -> 86400e9;
    };
  }
}
