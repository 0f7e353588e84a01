package io.argowf.model.internal.lint;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Finds Argo's {@code {{...}}} tags in a text the way its template engine reads them, innermost first, so
 * that {@code {{steps.run-{{inputs.parameters.day}}.status}}} yields the inner tag and then the outer one with
 * the inner replaced by a stable token.
 */
final class Tags {
  private static final char OPEN = '\u27e6';
  private static final char CLOSE = '\u27e7';

  private Tags() {}

  static boolean has(String s) {
    return s != null && s.contains("{{");
  }

  /**
   * Calls back with every tag's trimmed content, innermost first.
   *
   * @return the text with every tag replaced by its token (see {@link #token})
   */
  static String scan(String s, Consumer<String> onTag) {
    if (!has(s)) return s;
    StringBuilder out = new StringBuilder(s.length());
    Deque<Integer> starts = new ArrayDeque<>();
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '{' && i + 1 < n && s.charAt(i + 1) == '{') {
        starts.push(out.length());
        out.append("{{");
        i++;
      } else if (c == '}' && i + 1 < n && s.charAt(i + 1) == '}' && !starts.isEmpty()) {
        int start = starts.pop();
        String content = out.substring(start + 2).trim();
        out.setLength(start);
        onTag.accept(content);
        out.append(token(content));
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A text without tags: each tag replaced by its token. */
  static String canonical(String s) {
    return scan(s, t -> {});
  }

  /** The stand-in for a tag: no dots, so names holding tags split like plain names. */
  static String token(String content) {
    return OPEN + content.replace('.', '\u00b7') + CLOSE;
  }

  /** The text with every token replaced by {@code x}: the shape a name has once its tags are filled in. */
  static String skeleton(String canonical) {
    return canonical.replaceAll(OPEN + "[^" + CLOSE + "]*" + CLOSE, "x");
  }

  /** The token-bearing text as the user wrote it. */
  static String show(String canonical) {
    return canonical.replace(OPEN + "", "{{").replace(CLOSE + "", "}}").replace('\u00b7', '.');
  }
}
