package io.argowf.model.internal.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses a DAG task's {@code depends} expression: task names, optionally with a result
 * ({@code A.Succeeded}), joined by {@code &&}, {@code ||}, {@code !} and parentheses.
 */
final class Depends {
  /** The results a dependency may be tested for. */
  static final Set<String> RESULTS =
      Set.of("Succeeded", "Failed", "Errored", "Skipped", "Omitted", "Daemoned", "AnySucceeded", "AllFailed");
  /** The results that only make sense for looped tasks. */
  static final Set<String> ITEM_RESULTS = Set.of("AnySucceeded", "AllFailed");

  /** One task named in the expression, with the result tested ({@code null} for plain names). */
  record Ref(String task, String result) {}

  private final String text;
  private final List<Ref> refs = new ArrayList<>();
  private int pos;

  private Depends(String text) {
    this.text = text;
  }

  /**
   * @return the tasks named
   * @throws IllegalArgumentException saying what is wrong when it does not parse
   */
  static List<Ref> parse(String text) {
    Depends d = new Depends(text);
    d.or();
    d.skipSpace();
    if (d.pos < text.length()) throw new IllegalArgumentException("unexpected '" + text.charAt(d.pos) + "' at character " + (d.pos + 1));
    return d.refs;
  }

  private void or() {
    and();
    while (take("||")) and();
  }

  private void and() {
    not();
    while (take("&&")) not();
  }

  private void not() {
    if (take("!")) {
      not();
      return;
    }
    if (take("(")) {
      or();
      if (!take(")")) throw new IllegalArgumentException("a '(' is not closed");
      return;
    }
    ref();
  }

  private void ref() {
    skipSpace();
    boolean quoted = pos < text.length() && text.charAt(pos) == '\'';
    if (quoted) pos++;
    int start = pos;
    while (pos < text.length() && isNameChar(text.charAt(pos))) pos++;
    String name = text.substring(start, pos);
    if (quoted) {
      if (pos >= text.length() || text.charAt(pos) != '\'') throw new IllegalArgumentException("a quote is not closed after '" + name + "'");
      pos++;
    }
    if (name.isEmpty()) {
      throw new IllegalArgumentException(pos < text.length()
          ? "expected a task name at character " + (pos + 1) + " but found '" + text.charAt(pos) + "'"
          : "expected a task name at the end");
    }
    String result = null;
    if (pos < text.length() && text.charAt(pos) == '.') {
      int r = ++pos;
      while (pos < text.length() && Character.isLetter(text.charAt(pos))) pos++;
      result = text.substring(r, pos);
    }
    refs.add(new Ref(name, result));
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_';
  }

  private boolean take(String symbol) {
    skipSpace();
    if (text.startsWith(symbol, pos)) {
      pos += symbol.length();
      return true;
    }
    return false;
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
  }
}
