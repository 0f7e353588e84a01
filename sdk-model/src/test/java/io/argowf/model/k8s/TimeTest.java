package io.argowf.model.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeTest {

  @ParameterizedTest
  @ValueSource(strings = {"2024-05-01T12:00:00Z", "2024-02-29T23:59:59Z", "2000-02-29T00:00:00Z", "0000-01-01T00:00:00Z",
      "2024-12-31T10:20:30Z", "2024-04-30T01:02:03Z", "2024-05-01T12:00:00.5Z", "2024-05-01T12:00:00+08:00"})
  void validTimestampsAreAccepted(String text) {
    assertThat(Time.parse(text).toString()).isEqualTo(text);
    assertThat(javaParses(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2024-04-31T00:00:00Z", "2024-13-01T00:00:00Z",
      "2024-00-01T00:00:00Z", "2024-01-00T00:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01T23:60:00Z",
      "2024-01-01T23:59:60Z", "2024-01-01t00:00:00Z", "2024-01-01T00:00:00z", "2024-01-01T00:0a:00Z",
      "2024-01-01 00:00:00Z", "2024-01-01T00:00:00", "+024-01-01T00:00:00Z"})
  void invalidTimestampsAreRefusedAsTheFullParserRefusesThem(String text) {
    assertThat(javaParses(text) && text.contains("T") && (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d"))).isFalse();
    assertThatThrownBy(() -> Time.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(text);
  }

  private static boolean javaParses(String text) {
    try {
      OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
