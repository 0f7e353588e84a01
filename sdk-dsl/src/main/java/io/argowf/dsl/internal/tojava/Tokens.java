package io.argowf.dsl.internal.tojava;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a {@code depends} or {@code when} text into tokens, for the parsers that turn it into the DSL's algebra. */
final class Tokens {
  private Tokens() {}

  /**
   * The tokens of {@code text}, each the pattern's first group, in order; null when some part of the text is not a
   * token (the caller then keeps the text as it is).
   */
  static List<String> split(Pattern token, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = token.matcher(text);
    int end = 0;
    while (m.find() && m.start() == end) {
      out.add(m.group(1));
      end = m.end();
    }
    return text.substring(end).isBlank() ? out : null;
  }
}
