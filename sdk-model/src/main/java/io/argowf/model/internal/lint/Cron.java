package io.argowf.model.internal.lint;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cron syntax CronWorkflows accept (the standard five fields, names for months and weekdays, {@code *},
 * {@code ?}, ranges, steps and lists, the {@code @daily}-style descriptors, {@code @every 90s} and a
 * {@code CRON_TZ=} prefix). Hand-written because the Java cron libraries each follow a different dialect
 * (Quartz, Spring, Unix with weekday 7) and none matches this one exactly.
 */
final class Cron {
  private static final Set<String> DESCRIPTORS =
      Set.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");
  private static final String[] FIELDS = {"minute", "hour", "day of month", "month", "day of week"};
  private static final int[][] BOUNDS = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 6}};
  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final Map<String, Integer> DAYS = Map.of("sun", 0, "mon", 1, "tue", 2, "wed", 3, "thu", 4, "fri", 5, "sat", 6);

  private Cron() {}

  /**
   * @param schedule e.g. {@code 0 2 * * MON-FRI}
   * @return null when valid, otherwise what is wrong
   */
  static String check(String schedule) {
    String s = schedule.trim();
    if (s.startsWith("TZ=") || s.startsWith("CRON_TZ=")) {
      int space = s.indexOf(' ');
      String zone = s.substring(s.indexOf('=') + 1, space < 0 ? s.length() : space);
      if (!isZone(zone)) return "time zone '" + zone + "' is unknown";
      s = space < 0 ? "" : s.substring(space).trim();
    }
    if (s.isEmpty()) return "the schedule is empty";
    if (s.startsWith("@every ")) {
      String d = s.substring(7).trim();
      return Durations.isGo(d) ? null : "'" + d + "' after @every is not a duration such as 90s or 1h30m";
    }
    if (s.startsWith("@")) return DESCRIPTORS.contains(s) ? null : "'" + s + "' is not one of " + String.join(", ", DESCRIPTORS.stream().sorted().toList()) + " or @every <duration>";
    String[] fields = s.split("\\s+");
    if (fields.length != 5) return "expected 5 fields (minute hour day-of-month month day-of-week), found " + fields.length;
    for (int f = 0; f < 5; f++) {
      for (String part : fields[f].split(",", -1)) {
        String problem = range(part, f);
        if (problem != null) return "the " + FIELDS[f] + " field '" + fields[f] + "': " + problem;
      }
    }
    return null;
  }

  /** Whether Go's time zone database knows the name (IANA names, UTC and Local). */
  static boolean isZone(String zone) {
    return zone.isEmpty() || zone.equals("UTC") || zone.equals("Local") || ZoneId.getAvailableZoneIds().contains(zone);
  }

  private static String range(String part, int field) {
    int min = BOUNDS[field][0];
    int max = BOUNDS[field][1];
    String[] rangeAndStep = part.split("/", -1);
    if (rangeAndStep.length > 2) return "'" + part + "' has more than one '/'";
    String[] lowHigh = rangeAndStep[0].split("-", -1);
    if (lowHigh.length > 2) return "'" + part + "' has more than one '-'";
    int start;
    int end;
    if (lowHigh[0].equals("*") || lowHigh[0].equals("?")) {
      if (lowHigh.length > 1) return "'" + part + "' mixes '*' with a range";
      start = min;
      end = max;
    } else {
      Integer a = value(lowHigh[0], field);
      if (a == null) return "'" + lowHigh[0] + "' is not a number" + (field >= 3 ? " or a name" : "");
      start = a;
      end = a;
      if (lowHigh.length == 2) {
        Integer b = value(lowHigh[1], field);
        if (b == null) return "'" + lowHigh[1] + "' is not a number" + (field >= 3 ? " or a name" : "");
        end = b;
      } else if (rangeAndStep.length == 2) {
        end = max;
      }
    }
    if (rangeAndStep.length == 2) {
      String step = rangeAndStep[1];
      if (!step.matches("\\d+") || Integer.parseInt(step) == 0) return "step '" + step + "' must be a positive number";
    }
    if (start < min) return start + " is below the minimum " + min;
    if (end > max) return end + " is above the maximum " + max;
    if (start > end) return "range " + rangeAndStep[0] + " runs backwards";
    return null;
  }

  private static Integer value(String text, int field) {
    if (text.matches("\\d{1,9}")) return Integer.parseInt(text);
    Map<String, Integer> names = field == 3 ? MONTHS : field == 4 ? DAYS : Map.of();
    return names.get(text.toLowerCase(Locale.ROOT));
  }
}
