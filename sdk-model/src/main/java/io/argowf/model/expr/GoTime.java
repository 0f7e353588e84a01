package io.argowf.model.expr;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go's time package as expressions meet it: durations ({@code 1h30m}), layouts ({@code 2006-01-02}), methods. */
final class GoTime {
  private static final Pattern DURATION_PART = Pattern.compile("(\\d*\\.?\\d*)(ns|us|\u00b5s|\u03bcs|ms|s|m|h)");
  private static final Map<String, Long> UNIT_NANOS = Map.of("ns", 1L, "us", 1_000L, "\u00b5s", 1_000L,
      "\u03bcs", 1_000L, "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);
  /** The layouts expr's date() tries when given none. */
  static final List<String> DATE_LAYOUTS = List.of("2006-01-02T15:04:05.999999999Z07:00", "2006-01-02T15:04:05Z07:00",
      "2006-01-02", "2006-01-02 15:04", "2006-01-02 15:04:05", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05 -07:00",
      "Mon Jan _2 15:04:05 2006", "Mon Jan _2 15:04:05 MST 2006", "Mon, 02 Jan 2006 15:04:05 MST",
      "Mon, 02 Jan 2006 15:04:05 -0700", "02 Jan 06 15:04 MST", "02 Jan 06 15:04 -0700", "3:04PM");
  private static final Map<String, DateTimeFormatter> LAYOUTS = new ConcurrentHashMap<>();

  private GoTime() {}

  /** time.ParseDuration. */
  static Duration parseDuration(String s) {
    String orig = s;
    boolean neg = false;
    if (s.startsWith("-") || s.startsWith("+")) {
      neg = s.startsWith("-");
      s = s.substring(1);
    }
    if (s.equals("0")) return Duration.ZERO;
    if (s.isEmpty()) throw new IllegalArgumentException("time: invalid duration \"" + orig + "\"");
    Matcher m = DURATION_PART.matcher(s);
    BigDecimal total = BigDecimal.ZERO;
    int at = 0;
    while (at < s.length()) {
      if (!m.find(at) || m.start() != at || m.group(1).isEmpty() || m.group(1).equals(".")) {
        throw new IllegalArgumentException("time: invalid duration \"" + orig + "\"");
      }
      total = total.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(UNIT_NANOS.get(m.group(2)))));
      at = m.end();
    }
    long nanos = total.longValue();
    return Duration.ofNanos(neg ? -nanos : nanos);
  }

  /** time.Time.String(): {@code 2006-01-02 15:04:05.999999999 -0700 MST}. */
  static String string(ZonedDateTime t) {
    return format(t, "2006-01-02 15:04:05.999999999 -0700 MST");
  }

  static String format(ZonedDateTime t, String layout) {
    return formatter(layout).format(t);
  }

  /** time.Parse with a Go layout; a layout without zone reads in the given zone. */
  static ZonedDateTime parse(String text, String layout, ZoneId zone) {
    TemporalAccessor a = formatter(layout).parse(text);
    ZoneId z = a.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.ofTotalSeconds(a.get(ChronoField.OFFSET_SECONDS)) : zone;
    int year = a.isSupported(ChronoField.YEAR) ? a.get(ChronoField.YEAR) : 0;
    int month = a.isSupported(ChronoField.MONTH_OF_YEAR) ? a.get(ChronoField.MONTH_OF_YEAR) : 1;
    int day = a.isSupported(ChronoField.DAY_OF_MONTH) ? a.get(ChronoField.DAY_OF_MONTH) : 1;
    int hour = a.isSupported(ChronoField.HOUR_OF_DAY) ? a.get(ChronoField.HOUR_OF_DAY) : 0;
    int minute = a.isSupported(ChronoField.MINUTE_OF_HOUR) ? a.get(ChronoField.MINUTE_OF_HOUR) : 0;
    int second = a.isSupported(ChronoField.SECOND_OF_MINUTE) ? a.get(ChronoField.SECOND_OF_MINUTE) : 0;
    int nano = a.isSupported(ChronoField.NANO_OF_SECOND) ? a.get(ChronoField.NANO_OF_SECOND) : 0;
    return ZonedDateTime.of(year, month, day, hour, minute, second, nano, z);
  }

  /** expr's date(text): the first of its layouts that reads the text. */
  static ZonedDateTime parseAny(String text, ZoneId zone) {
    for (String layout : DATE_LAYOUTS) {
      try {
        return parse(text, layout, zone);
      } catch (DateTimeException e) {
        // try the next layout
      }
    }
    throw new IllegalArgumentException("cannot parse \"" + text + "\" as a date; write e.g. 2006-01-02T15:04:05Z");
  }

  static DateTimeFormatter formatter(String layout) {
    return LAYOUTS.computeIfAbsent(layout, GoTime::compile);
  }

  /** Translates a Go layout (reference time Mon Jan 2 15:04:05 MST 2006) chunk by chunk. */
  private static DateTimeFormatter compile(String layout) {
    DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive();
    int i = 0;
    while (i < layout.length()) {
      String rest = layout.substring(i);
      int used = chunk(b, rest);
      if (used == 0) {
        b.appendLiteral(layout.charAt(i));
        used = 1;
      }
      i += used;
    }
    return b.toFormatter(Locale.ENGLISH);
  }

  private static int chunk(DateTimeFormatterBuilder b, String r) {
    String[][] text = {{"January", "MMMM"}, {"Jan", "MMM"}, {"Monday", "EEEE"}, {"Mon", "EEE"}};
    for (String[] t : text) {
      if (r.startsWith(t[0])) {
        b.appendPattern(t[1]);
        return t[0].length();
      }
    }
    if (r.startsWith("MST")) {
      b.appendZoneText(TextStyle.SHORT);
      return 3;
    }
    if (r.startsWith("2006")) return fixed(b, ChronoField.YEAR, 4, 4);
    if (r.startsWith("002")) return fixed(b, ChronoField.DAY_OF_YEAR, 3, 3);
    if (r.startsWith("01")) return fixed(b, ChronoField.MONTH_OF_YEAR, 2, 2);
    if (r.startsWith("02")) return fixed(b, ChronoField.DAY_OF_MONTH, 2, 2);
    if (r.startsWith("03")) return fixed(b, ChronoField.CLOCK_HOUR_OF_AMPM, 2, 2);
    if (r.startsWith("04")) return fixed(b, ChronoField.MINUTE_OF_HOUR, 2, 2);
    if (r.startsWith("05")) return fixed(b, ChronoField.SECOND_OF_MINUTE, 2, 2);
    if (r.startsWith("06")) {
      b.appendValueReduced(ChronoField.YEAR, 2, 2, 2000);
      return 2;
    }
    if (r.startsWith("15")) return fixed(b, ChronoField.HOUR_OF_DAY, 2, 2);
    if (r.startsWith("_2")) {
      b.padNext(2).appendValue(ChronoField.DAY_OF_MONTH);
      return 2;
    }
    if (r.startsWith("PM") || r.startsWith("pm")) {
      b.appendText(ChronoField.AMPM_OF_DAY, TextStyle.SHORT);
      return 2;
    }
    int zone = zone(b, r);
    if (zone > 0) return zone;
    if ((r.startsWith(".0") || r.startsWith(",0") || r.startsWith(".9") || r.startsWith(",9"))) {
      char d = r.charAt(1);
      int n = 1;
      while (n < r.length() && r.charAt(n) == d) n++;
      int digits = n - 1;
      if (n < r.length() && Character.isDigit(r.charAt(n))) return 0;
      b.appendFraction(ChronoField.NANO_OF_SECOND, d == '0' ? digits : 0, digits, true);
      return n;
    }
    return single(b, r);
  }

  private static int zone(DateTimeFormatterBuilder b, String r) {
    String[][] zones = {{"Z07:00:00", "+HH:MM:ss", "Z"}, {"-07:00:00", "+HH:MM:ss", "+00:00:00"},
        {"Z070000", "+HHMMss", "Z"}, {"-070000", "+HHMMss", "+000000"}, {"Z07:00", "+HH:MM", "Z"},
        {"-07:00", "+HH:MM", "+00:00"}, {"Z0700", "+HHMM", "Z"}, {"-0700", "+HHMM", "+0000"}, {"Z07", "+HH", "Z"},
        {"-07", "+HH", "+00"}};
    for (String[] z : zones) {
      if (r.startsWith(z[0])) {
        b.appendOffset(z[1], z[2]);
        return z[0].length();
      }
    }
    return 0;
  }

  private static int single(DateTimeFormatterBuilder b, String r) {
    char c = r.charAt(0);
    boolean digitFollows = r.length() > 1 && Character.isDigit(r.charAt(1));
    if (digitFollows) return 0;
    ChronoField f = switch (c) {
      case '1' -> ChronoField.MONTH_OF_YEAR;
      case '2' -> ChronoField.DAY_OF_MONTH;
      case '3' -> ChronoField.CLOCK_HOUR_OF_AMPM;
      case '4' -> ChronoField.MINUTE_OF_HOUR;
      case '5' -> ChronoField.SECOND_OF_MINUTE;
      default -> null;
    };
    if (f == null) return 0;
    b.appendValue(f, 1, 2, SignStyle.NOT_NEGATIVE);
    return 1;
  }

  private static int fixed(DateTimeFormatterBuilder b, ChronoField f, int min, int max) {
    b.appendValue(f, min, max, SignStyle.NOT_NEGATIVE);
    return min;
  }

  /** A method of a time.Time or time.Duration, bound to it ({@code (now() - t).Seconds()}), or null. */
  static Fn method(Object target, String name) {
    if (target instanceof Duration d) return durationMethod(d, name);
    if (target instanceof ZonedDateTime t) return timeMethod(t, name);
    return null;
  }

  private static Fn durationMethod(Duration d, String name) {
    return switch (name) {
      case "Hours" -> a -> d.toNanos() / 3.6e12;
      case "Minutes" -> a -> d.toNanos() / 6e10;
      case "Seconds" -> a -> d.toNanos() / 1e9;
      case "Milliseconds" -> a -> d.toMillis();
      case "Microseconds" -> a -> d.toNanos() / 1000;
      case "Nanoseconds" -> a -> d.toNanos();
      case "String" -> a -> GoFormat.duration(d);
      case "Abs" -> a -> d.abs();
      default -> null;
    };
  }

  private static Fn timeMethod(ZonedDateTime t, String name) {
    return switch (name) {
      case "Unix" -> a -> t.toEpochSecond();
      case "UnixMilli" -> a -> t.toInstant().toEpochMilli();
      case "UnixNano" -> a -> t.toEpochSecond() * 1_000_000_000L + t.getNano();
      case "Year" -> a -> (long) t.getYear();
      case "Month" -> a -> (long) t.getMonthValue();
      case "Day" -> a -> (long) t.getDayOfMonth();
      case "Hour" -> a -> (long) t.getHour();
      case "Minute" -> a -> (long) t.getMinute();
      case "Second" -> a -> (long) t.getSecond();
      case "Nanosecond" -> a -> (long) t.getNano();
      case "YearDay" -> a -> (long) t.getDayOfYear();
      case "Weekday" -> a -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      case "Format" -> a -> format(t, (String) a.get(0));
      case "String" -> a -> string(t);
      case "UTC" -> a -> t.withZoneSameInstant(ZoneOffset.UTC);
      case "Sub" -> a -> Duration.between(((ZonedDateTime) a.get(0)).toInstant(), t.toInstant());
      case "Add" -> a -> t.plus((Duration) a.get(0));
      case "Before" -> a -> t.toInstant().isBefore(((ZonedDateTime) a.get(0)).toInstant());
      case "After" -> a -> t.toInstant().isAfter(((ZonedDateTime) a.get(0)).toInstant());
      case "Equal" -> a -> t.toInstant().equals(((ZonedDateTime) a.get(0)).toInstant());
      case "IsZero" -> a -> t.getYear() == 1 && t.getDayOfYear() == 1 && t.toLocalTime().toNanoOfDay() == 0;
      default -> null;
    };
  }

  static ZoneId zone(String name) {
    if (name.equals("Local")) return ZoneId.systemDefault();
    if (name.equals("UTC") || name.isEmpty()) return ZoneOffset.UTC;
    try {
      return ZoneId.of(name);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("unknown time zone " + name);
    }
  }

  /** Whether a text reads as a time in one of the layouts govaluate recognises in quoted strings. */
  static ZonedDateTime tryParse(String text, List<String> layouts) {
    for (String layout : layouts) {
      try {
        return parse(text, layout, ZoneOffset.UTC);
      } catch (DateTimeException e) {
        // not this one
      }
    }
    return null;
  }
}
