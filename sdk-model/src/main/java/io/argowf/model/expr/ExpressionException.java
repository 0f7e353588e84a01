package io.argowf.model.expr;

/**
 * An expression that does not parse, or fails while it is evaluated. The message names the character position
 * (1-based) and what was expected, or the sub-expression that failed and why.
 *
 * <pre>{@code
 * try {
 *   Expressions.parse("1 +");
 * } catch (ExpressionException e) {
 *   e.getMessage();   // "the expression ends too early at character 4; expected an operand"
 *   e.position();     // 4
 * }
 * }</pre>
 */
public final class ExpressionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int position;

  ExpressionException(String message, int position) {
    super(message);
    this.position = position;
  }

  ExpressionException(String message, int position, Throwable cause) {
    super(message, cause);
    this.position = position;
  }

  /** The same problem, its position also given as line and column when the text spans lines. */
  ExpressionException located(String source) {
    if (position < 1 || source.indexOf('\n') < 0) return this;
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(position - 1, source.length()); i++) {
      if (source.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    String at = "at character " + position;
    String message = getMessage().replace(at, at + " (line " + line + ", column " + column + ")");
    ExpressionException e = new ExpressionException(message, position, getCause());
    e.setStackTrace(getStackTrace());
    return e;
  }

  /** The 1-based character position the problem was found at (for evaluation errors, where the failing part starts). */
  public int position() {
    return position;
  }
}
