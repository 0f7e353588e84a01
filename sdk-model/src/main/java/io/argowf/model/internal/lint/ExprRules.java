package io.argowf.model.internal.lint;

import io.argowf.model.expr.ExpressionException;
import io.argowf.model.expr.Expressions;

/**
 * Lint's use of {@link Expressions}: whether an expr-lang text parses, and whether a step's or task's {@code when}
 * parses as the govaluate expression Argo evaluates once its {@code {{...}}} tags are replaced. Which variables
 * exist is checked elsewhere.
 */
final class ExprRules {
  private ExprRules() {}

  /**
   * @return null when the expr-lang text parses, otherwise what is wrong and where
   */
  static String check(String expression) {
    try {
      Expressions.parse(expression);
      return null;
    } catch (ExpressionException e) {
      return e.getMessage();
    }
  }

  /**
   * A {@code when} must parse as govaluate with every {@code {{...}}} tag standing for one operand (whatever it is
   * replaced with at run time); a text that fails that way fails in Argo for every value the tags can take.
   */
  static void when(String when, String path, Problems out) {
    if (when == null || when.isEmpty()) return;
    Opaque o = Opaque.of(when);
    try {
      Expressions.parseWhen(o.text);
    } catch (ExpressionException e) {
      out.error(path, "when '" + when + "' does not parse as Argo's govaluate condition: " + o.restore(e)
          + "; quote strings ('{{...}}' == 'a b') or use {{=...}} for an expr expression");
    }
  }

  /** A when with each outermost tag (and tags separated only by blanks) replaced by a one-word operand. */
  private static final class Opaque {
    final String text;
    private final int[] origin;

    private Opaque(String text, int[] origin) {
      this.text = text;
      this.origin = origin;
    }

    static Opaque of(String when) {
      StringBuilder b = new StringBuilder();
      int[] origin = new int[when.length() + 1];
      int i = 0;
      while (i < when.length()) {
        int end = tagEnd(when, i);
        if (end < 0) {
          origin[b.length()] = i;
          b.append(when.charAt(i++));
          continue;
        }
        char before = b.length() == 0 ? ' ' : b.charAt(b.length() - 1);
        origin[b.length()] = i;
        b.append(Character.isDigit(before) || before == '.' ? '0' : 'X');
        i = end;
        int next = i;
        while (next < when.length() && Character.isWhitespace(when.charAt(next))) next++;
        if (next > i && tagEnd(when, next) > 0) i = next;
      }
      origin[b.length()] = when.length();
      return new Opaque(b.toString(), origin);
    }

    /** Where the tag starting at i ends (after its closing braces), or -1 when no tag starts there. */
    private static int tagEnd(String s, int i) {
      if (!s.startsWith("{{", i)) return -1;
      int depth = 0;
      for (int j = i; j + 1 < s.length(); j++) {
        if (s.startsWith("{{", j)) {
          depth++;
          j++;
        } else if (s.startsWith("}}", j)) {
          depth--;
          j++;
          if (depth == 0) return j + 1;
        }
      }
      return -1;
    }

    /** The message with the character position of the original text. */
    String restore(ExpressionException e) {
      int at = e.position() - 1;
      if (at < 0) return e.getMessage();
      int original = origin[Math.min(at, text.length())];
      return e.getMessage().replaceFirst("at character " + e.position() + "( \\(line \\d+, column \\d+\\))?",
          "at character " + (original + 1));
    }
  }
}
