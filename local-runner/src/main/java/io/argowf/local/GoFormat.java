package io.argowf.local;

/** Go's {@code fmt.Sprintf} for the one-number formats {@code withSequence.format} uses ({@code %02d}, {@code %x}). */
final class GoFormat {
  private GoFormat() {}

  static String format(String format, long n) {
    String javaFormat = format.replace("%v", "%d");
    try {
      return String.format(java.util.Locale.ROOT, javaFormat, n);
    } catch (java.util.IllegalFormatException e) {
      throw new IllegalArgumentException("withSequence.format '" + format + "' does not format a number");
    }
  }
}
