package io.argowf.model.k8s;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

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
  private final String text;

  private Time(String text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  /**
   * A timestamp from its RFC 3339 text, kept verbatim.
   *
   * @param rfc3339 e.g. {@code 2024-05-01T12:00:00Z}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Time parse(String rfc3339) {
    return new Time(rfc3339);
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
    try {
      toInstant();
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
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
