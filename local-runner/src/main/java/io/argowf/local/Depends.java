package io.argowf.local;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * A DAG task's {@code depends}: task names with an optional result ({@code .Succeeded}, {@code .Failed},
 * {@code .Errored}, {@code .Skipped}, {@code .Omitted}, {@code .Daemoned}, {@code .AnySucceeded},
 * {@code .AllFailed}...), {@code &&}, {@code ||}, {@code !} and parentheses. A bare name means
 * {@code (NAME.Succeeded || NAME.Skipped || NAME.Daemoned)}, as in Argo. {@code dependencies: [a, b]} is
 * {@code a && b}.
 */
final class Depends {
  private final String text;
  private final List<String> tokens;
  private int pos;

  private Depends(String text) {
    this.text = text;
    this.tokens = lex(text);
  }

  static String fromDependencies(List<String> deps) {
    return deps == null ? "" : String.join(" && ", deps);
  }

  /** The task names an expression mentions, in order. */
  static Set<String> names(String expr) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : lex(expr)) {
      if (isName(t)) out.add(taskOf(t));
    }
    return out;
  }

  /** The task names an expression names with a failure result ({@code .Failed}, {@code .Errored}, ...). */
  static Set<String> failureNames(String expr) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : lex(expr)) {
      int dot = t.lastIndexOf('.');
      if (isName(t) && dot > 0 && t.substring(dot + 1).matches("Failed|Errored|AnyFailed|AllFailed|Completed")) {
        out.add(t.substring(0, dot));
      }
    }
    return out;
  }

  /**
   * Evaluates the expression.
   *
   * @param result answers whether task {@code name} has result {@code result} (null result: the bare-name meaning)
   */
  static boolean evaluate(String expr, BiPredicate<String, String> result) {
    if (expr == null || expr.isBlank()) return true;
    Depends d = new Depends(expr);
    boolean v = d.or(result);
    if (d.pos != d.tokens.size()) throw d.error("unexpected '" + d.tokens.get(d.pos) + "'");
    return v;
  }

  private boolean or(BiPredicate<String, String> r) {
    boolean v = and(r);
    while (peek("||")) {
      pos++;
      boolean w = and(r);
      v = v || w;
    }
    return v;
  }

  private boolean and(BiPredicate<String, String> r) {
    boolean v = not(r);
    while (peek("&&")) {
      pos++;
      boolean w = not(r);
      v = v && w;
    }
    return v;
  }

  private boolean not(BiPredicate<String, String> r) {
    if (peek("!")) {
      pos++;
      return !not(r);
    }
    if (peek("(")) {
      pos++;
      boolean v = or(r);
      if (!peek(")")) throw error("missing ')'");
      pos++;
      return v;
    }
    if (pos >= tokens.size() || !isName(tokens.get(pos))) throw error("expected a task name");
    String t = tokens.get(pos++);
    int dot = t.lastIndexOf('.');
    return dot < 0 ? r.test(t, null) : r.test(t.substring(0, dot), t.substring(dot + 1));
  }

  private boolean peek(String s) {
    return pos < tokens.size() && tokens.get(pos).equals(s);
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("depends '" + text + "': " + what);
  }

  private static boolean isName(String t) {
    return !t.equals("&&") && !t.equals("||") && !t.equals("!") && !t.equals("(") && !t.equals(")");
  }

  private static String taskOf(String t) {
    int dot = t.lastIndexOf('.');
    return dot < 0 ? t : t.substring(0, dot);
  }

  private static List<String> lex(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (s.startsWith("&&", i) || s.startsWith("||", i)) {
        out.add(s.substring(i, i + 2));
        i += 2;
      } else if (c == '!' || c == '(' || c == ')') {
        out.add(String.valueOf(c));
        i++;
      } else {
        int j = i;
        while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && "&|!()".indexOf(s.charAt(j)) < 0) j++;
        out.add(s.substring(i, j));
        i = j;
      }
    }
    return out;
  }
}
