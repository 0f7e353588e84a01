package io.argowf.model.k8s;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Kubernetes timestamp ({@code Time}, and {@code MicroTime} with microseconds), kept exactly as the
 * server wrote it, so no precision or zone is lost; {@link #toInstant()} gives the moment.
 *
 * <pre>{@code
 * Instant started = wf.status().startedAt().toInstant();
 * Time now = Time.of(Instant.now());     // 2026-11-22T10:52:24Z
 * }</pre>
 */
public final class Time implements Comparable<Time> {
  /** RFC 3339 as Go's {@code time.RFC3339} layout parses it: seconds required, fraction optional, Z or an offset. */
  private static final Pattern RFC3339 = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
  private final String text;

  private Time(String text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  /**
   * A timestamp from its RFC 3339 text, kept verbatim; reading a manifest refuses a bad one at its path, as
   * Kubernetes' decoding does ({@code startedAt: yesterday}).
   *
   * <pre>{@code
   * Time.parse("2024-05-01T12:00:00Z");   // ok;  Time.parse("yesterday") throws
   * }</pre>
   *
   * @param rfc3339 e.g. {@code 2024-05-01T12:00:00Z} or {@code 2024-05-01T14:00:00.123456+02:00}
   * @throws IllegalArgumentException naming the text and the expected form
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Time parse(String rfc3339) {
    Objects.requireNonNull(rfc3339, "rfc3339");
    if (!valid(rfc3339)) {
      throw new IllegalArgumentException("'" + rfc3339 + "' is not an RFC 3339 timestamp (expected e.g. 2024-05-01T12:00:00Z)");
    }
    return new Time(rfc3339);
  }

  private static boolean valid(String text) {
    if (plainUtc(text)) return true;
    if (!RFC3339.matcher(text).matches()) return false;
    try {
      OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /**
   * The common shape, {@code 2024-05-01T12:00:00Z}, checked without a regex or a parser (reading a large workflow's
   * status parses thousands of these). True only when the full check would also say yes; anything else (a fraction,
   * an offset) goes to the full check.
   */
  private static boolean plainUtc(String t) {
    if (t.length() != 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
        || t.charAt(16) != ':' || t.charAt(19) != 'Z') {
      return false;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 2);
    int day = digits(t, 8, 2);
    int hour = digits(t, 11, 2);
    int minute = digits(t, 14, 2);
    int second = digits(t, 17, 2);
    return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year) && hour >= 0 && hour <= 23
        && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
  }

  private static int daysIn(int month, int year) {
    if (month == 2) return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** The number the ASCII digits at {@code from} make, or -1 when one is not a digit. */
  private static int digits(String t, int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') return -1;
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /**
   * A timestamp at whole seconds in UTC, as Kubernetes writes {@code Time}.
   *
   * @param instant the moment (sub-second part dropped)
   */
  public static Time of(Instant instant) {
    return new Time(DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS)));
  }

  /**
   * The moment this timestamp names.
   *
   * @throws DateTimeParseException when the text is not RFC 3339 (the message quotes it)
   */
  public Instant toInstant() {
    return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
  }

  /**
   * Whether the text is a valid RFC 3339 timestamp.
   *
   * @return true when {@link #toInstant()} succeeds
   */
  public boolean isValid() {
    return valid(text);
  }

  @Override
  public int compareTo(Time other) {
    return toInstant().compareTo(other.toInstant());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Time && ((Time) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The text as written. */
  @JsonValue
  @Override
  public String toString() {
    return text;
  }
}
