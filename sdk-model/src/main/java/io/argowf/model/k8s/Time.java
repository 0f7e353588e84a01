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
    if (!RFC3339.matcher(text).matches()) return false;
    try {
      OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
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
