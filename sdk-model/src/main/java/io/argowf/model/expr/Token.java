package io.argowf.model.expr;

/** One lexical token of expr-lang; {@code at} is the 0-based offset of its first character. */
record Token(Kind kind, String text, Object value, int at) {
  enum Kind { NUMBER, STRING, IDENTIFIER, OPERATOR, BRACKET, END }

  boolean is(Kind k, String t) {
    return kind == k && text.equals(t);
  }

  boolean isOperator(String t) {
    return is(Kind.OPERATOR, t);
  }

  boolean isBracket(String t) {
    return is(Kind.BRACKET, t);
  }

  /** How the token reads in an error message. */
  String describe() {
    return kind == Kind.END ? "the end of the expression" : "'" + text + "'";
  }
}
