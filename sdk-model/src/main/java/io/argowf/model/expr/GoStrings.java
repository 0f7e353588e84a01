package io.argowf.model.expr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The parts of Go's strings and strconv packages that expr and sprig functions are built on. */
final class GoStrings {
  private static final Pattern FLOAT = Pattern.compile("[+-]?(\\d+(_\\d+)*\\.?\\d*([eE][+-]?\\d+)?|\\.\\d+([eE][+-]?\\d+)?|[iI]nf(inity)?|NaN)");

  private GoStrings() {}

  static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r' || c == 0x85 || c == 0xA0
        || Character.isSpaceChar(c);
  }

  static String trimSpace(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isSpace(s.codePointAt(a))) a += Character.charCount(s.codePointAt(a));
    while (b > a && isSpace(s.codePointBefore(b))) b -= Character.charCount(s.codePointBefore(b));
    return s.substring(a, b);
  }

  /** strings.Trim: every leading and trailing character found in the cutset. */
  static String trim(String s, String cutset) {
    int a = 0;
    int b = s.length();
    while (a < b && cutset.indexOf(s.codePointAt(a)) >= 0) a += Character.charCount(s.codePointAt(a));
    while (b > a && cutset.indexOf(s.codePointBefore(b)) >= 0) b -= Character.charCount(s.codePointBefore(b));
    return s.substring(a, b);
  }

  static String trimPrefix(String s, String prefix) {
    return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
  }

  static String trimSuffix(String s, String suffix) {
    return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
  }

  /** strings.SplitN / SplitAfterN: an empty separator splits between characters; n &lt; 0 means no limit. */
  static List<String> split(String s, String sep, int n, boolean after) {
    List<String> out = new ArrayList<>();
    if (n == 0) return out;
    if (sep.isEmpty()) {
      int i = 0;
      while (i < s.length() && (n < 0 || out.size() < n - 1)) {
        int next = i + Character.charCount(s.codePointAt(i));
        out.add(s.substring(i, next));
        i = next;
      }
      if (i < s.length()) out.add(s.substring(i));
      return out;
    }
    int start = 0;
    while (n < 0 || out.size() < n - 1) {
      int at = s.indexOf(sep, start);
      if (at < 0) break;
      out.add(s.substring(start, after ? at + sep.length() : at));
      start = at + sep.length();
    }
    out.add(s.substring(start));
    return out;
  }

  /** The UTF-8 byte offset of a char index (Go's strings.Index counts bytes), or -1. */
  static long byteIndex(String s, int charIndex) {
    if (charIndex < 0) return -1;
    return s.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
  }

  /** strconv.ParseFloat(s, 64), or null when it is not a number. */
  static Double parseFloat(String s) {
    if (!FLOAT.matcher(s).matches()) return null;
    String t = s.replace("_", "");
    if (t.matches("[+-]?[iI]nf(inity)?")) return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    if (t.matches("[+-]?NaN")) return Double.NaN;
    return Double.parseDouble(t);
  }

  /** strconv.ParseInt(s, 10, 64), or null. */
  static Long parseInt(String s) {
    if (!s.matches("[+-]?\\d+")) return null;
    try {
      return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** strconv.Quote: a double-quoted Go string literal. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      switch (c) {
        case 7 -> b.append("\\a");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case 11 -> b.append("\\v");
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20 || c == 0x7f) b.append(String.format("\\x%02x", c));
          else if (!Character.isDefined(c) || Character.getType(c) == Character.FORMAT && c > 0xff) b.append(String.format(c > 0xffff ? "\\U%08x" : "\\u%04x", c));
          else b.appendCodePoint(c);
        }
      }
    });
    return b.append('"').toString();
  }
}
