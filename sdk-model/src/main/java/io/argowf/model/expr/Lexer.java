package io.argowf.model.expr;

import io.argowf.model.expr.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits expr-lang text into tokens as expr's lexer does (numbers, three kinds of strings, comments, operators). */
final class Lexer {
  static final Set<String> WORD_OPERATORS = Set.of("not", "in", "and", "or", "matches", "contains", "startsWith",
      "endsWith", "let", "if", "else");
  private static final String[] SYMBOLS = {"?.", "??", "**", "==", "!=", "<=", ">=", "&&", "||", "..", "::",
      "+", "-", "*", "/", "%", "^", "<", ">", "!", "?", ":", ".", ",", "|", ";", "=", "#"};

  private final String s;
  private final List<Token> out = new ArrayList<>();
  private int i;

  private Lexer(String s) {
    this.s = s;
  }

  static List<Token> lex(String s) {
    Lexer l = new Lexer(s);
    l.run();
    return l.out;
  }

  private void run() {
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (s.startsWith("//", i)) {
        while (i < n && s.charAt(i) != '\n') i++;
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        if (end < 0) throw error("the comment starting at character " + (i + 1) + " is not closed; expected '*/'", i);
        i = end + 2;
      } else if (isDigit(c) || c == '.' && i + 1 < n && isDigit(s.charAt(i + 1)) && !afterOperand()) {
        number();
      } else if (c == '"' || c == '\'') {
        quoted(c);
      } else if (c == '`') {
        int end = s.indexOf('`', i + 1);
        if (end < 0) throw error("the string starting at character " + (i + 1) + " is not closed; expected '`'", i);
        out.add(new Token(Kind.STRING, s.substring(i, end + 1), s.substring(i + 1, end), i));
        i = end + 1;
      } else if (isNameStart(c)) {
        int start = i;
        while (i < n && isNamePart(s.charAt(i))) i++;
        String word = s.substring(start, i);
        out.add(new Token(WORD_OPERATORS.contains(word) ? Kind.OPERATOR : Kind.IDENTIFIER, word, null, start));
      } else if ("()[]{}".indexOf(c) >= 0) {
        out.add(new Token(Kind.BRACKET, String.valueOf(c), null, i++));
      } else {
        symbol(c);
      }
    }
    out.add(new Token(Kind.END, "", null, n));
  }

  private void symbol(char c) {
    for (String candidate : SYMBOLS) {
      if (s.startsWith(candidate, i)) {
        out.add(new Token(Kind.OPERATOR, candidate, null, i));
        i += candidate.length();
        return;
      }
    }
    throw error("unexpected character '" + c + "' at character " + (i + 1), i);
  }

  private boolean afterOperand() {
    if (out.isEmpty()) return false;
    Token t = out.get(out.size() - 1);
    return t.kind() == Kind.IDENTIFIER || t.kind() == Kind.NUMBER || t.kind() == Kind.STRING
        || t.kind() == Kind.BRACKET && ")]}".contains(t.text());
  }

  private void number() {
    int start = i;
    String digits = "0123456789_";
    if (s.startsWith("0x", i) || s.startsWith("0X", i)) {
      digits = "0123456789abcdefABCDEF_";
      i += 2;
    } else if (s.startsWith("0o", i) || s.startsWith("0O", i)) {
      digits = "01234567_";
      i += 2;
    } else if (s.startsWith("0b", i) || s.startsWith("0B", i)) {
      digits = "01_";
      i += 2;
    }
    boolean plain = digits.length() == 11;
    run(digits);
    boolean isFloat = false;
    if (plain && i < s.length() && s.charAt(i) == '.' && !s.startsWith("..", i)) {
      isFloat = true;
      i++;
      run(digits);
    }
    if (plain && i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      isFloat = true;
      i++;
      if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
      run(digits);
    }
    if (i < s.length() && isNamePart(s.charAt(i))) {
      throw error("bad number syntax '" + s.substring(start, i + 1) + "' at character " + (start + 1), start);
    }
    String text = s.substring(start, i);
    out.add(new Token(Kind.NUMBER, text, numberValue(text, isFloat, start), start));
  }

  private Object numberValue(String text, boolean isFloat, int at) {
    String t = text.replace("_", "");
    try {
      if (isFloat) return Double.parseDouble(t);
      String lower = t.toLowerCase(java.util.Locale.ROOT);
      if (lower.startsWith("0x")) return Long.parseLong(t.substring(2), 16);
      if (lower.startsWith("0o")) return Long.parseLong(t.substring(2), 8);
      if (lower.startsWith("0b")) return Long.parseLong(t.substring(2), 2);
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw error("invalid number literal '" + text + "' at character " + (at + 1) + " (integers are 64-bit)", at);
    }
  }

  private void run(String allowed) {
    while (i < s.length() && allowed.indexOf(s.charAt(i)) >= 0) i++;
  }

  private void quoted(char quote) {
    int start = i++;
    StringBuilder b = new StringBuilder();
    while (true) {
      if (i >= s.length() || s.charAt(i) == '\n') {
        throw error("the string starting at character " + (start + 1) + " is not closed; expected " + quote, start);
      }
      char c = s.charAt(i);
      if (c == quote) break;
      if (c == '\\') {
        escape(b, start);
      } else {
        b.append(c);
        i++;
      }
    }
    i++;
    out.add(new Token(Kind.STRING, s.substring(start, i), b.toString(), start));
  }

  private void escape(StringBuilder b, int start) {
    if (i + 1 >= s.length()) throw error("the string starting at character " + (start + 1) + " is not closed", start);
    char e = s.charAt(i + 1);
    i += 2;
    switch (e) {
      case 'a' -> b.append('\u0007');
      case 'b' -> b.append('\b');
      case 'f' -> b.append('\f');
      case 'n' -> b.append('\n');
      case 'r' -> b.append('\r');
      case 't' -> b.append('\t');
      case 'v' -> b.append('\u000b');
      case '\\', '\'', '"', '`' -> b.append(e);
      case 'x' -> b.appendCodePoint(hex(2, start));
      case 'u' -> b.appendCodePoint(hex(4, start));
      case 'U' -> b.appendCodePoint(hex(8, start));
      default -> {
        if (e >= '0' && e <= '7' && i + 1 < s.length()) {
          String oct = s.substring(i - 1, i + 2);
          if (!oct.matches("[0-7]{3}")) throw badEscape(i - 2);
          b.append((char) Integer.parseInt(oct, 8));
          i += 2;
        } else {
          throw badEscape(i - 2);
        }
      }
    }
  }

  private int hex(int digits, int start) {
    if (i + digits > s.length() || !s.substring(i, i + digits).matches("[0-9a-fA-F]+")) throw badEscape(i - 2);
    int v = (int) Long.parseLong(s.substring(i, i + digits), 16);
    i += digits;
    if (!Character.isValidCodePoint(v)) throw badEscape(i - digits - 2);
    return v;
  }

  private ExpressionException badEscape(int at) {
    return error("invalid escape '" + s.substring(at, Math.min(at + 2, s.length())) + "' at character " + (at + 1)
        + "; expected one of \\n \\t \\\\ \\\" \\' \\xHH \\uHHHH", at);
  }

  private static ExpressionException error(String message, int at) {
    return new ExpressionException(message, at + 1);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isNameStart(char c) {
    return Character.isLetter(c) || c == '_' || c == '$';
  }

  static boolean isNamePart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
