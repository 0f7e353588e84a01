package io.argowf.model.internal.lint;

import java.util.regex.Pattern;

/** Duration texts as Argo reads them: Go durations ({@code 90s}, {@code 1h30m}), some also whole seconds. */
final class Durations {
  private static final Pattern GO =
      Pattern.compile("[-+]?(0|((\\d+\\.?\\d*|\\.\\d+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)");
  private static final Pattern WHOLE = Pattern.compile("[-+]?\\d+");

  private Durations() {}

  /** A Go duration such as {@code 30s}, {@code 1h30m} or {@code 0}. */
  static boolean isGo(String s) {
    return GO.matcher(s).matches();
  }

  /** A whole number (seconds, where Argo allows it). */
  static boolean isWhole(String s) {
    return WHOLE.matcher(s).matches();
  }

  /** Whole seconds or a Go duration. */
  static boolean isSecondsOrGo(String s) {
    return isWhole(s) || isGo(s);
  }
}
