package io.argowf.model.expr;

import io.argowf.model.expr.Govaluate.Kind;
import io.argowf.model.expr.Govaluate.Tok;
import java.util.ArrayList;
import java.util.List;

/** govaluate's lexer, character for character: what ends a token, escapes, strings in either quote, accessors. */
final class GovaluateLexer {
  private final String s;
  private int i;
  private Kind state;

  GovaluateLexer(String s) {
    this.s = s;
  }

  List<Tok> tokens() {
    List<Tok> out = new ArrayList<>();
    while (true) {
      Tok t = next();
      if (t == null) return out;
      out.add(t);
      state = t.kind();
    }
  }

  private Tok next() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    if (i >= s.length()) return null;
    int at = i;
    char c = s.charAt(i);
    if (Character.isDigit(c) || c == '.') return number(at);
    if (c == ',') {
      i++;
      return new Tok(Kind.SEPARATOR, ",", ",", at);
    }
    if (c == '[') return bracketed(at);
    if (Character.isLetter(c)) return word(at);
    if (c == '\'' || c == '"') return string(at);
    if (c == '(' || c == ')') {
      i++;
      return new Tok(c == '(' ? Kind.CLAUSE : Kind.CLAUSE_CLOSE, String.valueOf(c), String.valueOf(c), at);
    }
    return symbol(at);
  }

  private Tok number(int at) {
    if (s.startsWith("0x", i)) {
      i += 2;
      String hex = read(GovaluateLexer::isHex);
      try {
        return new Tok(Kind.NUMERIC, (double) Long.parseUnsignedLong(hex, 16), s.substring(at, i), at);
      } catch (NumberFormatException e) {
        throw error("Unable to parse hex value '" + hex + "' to uint64", at);
      }
    }
    String text = read(ch -> Character.isDigit(ch) || ch == '.');
    Double d = text.matches("\\d*\\.?\\d*") && !text.equals(".") ? Double.valueOf(text) : null;
    if (d == null) throw error("Unable to parse numeric value '" + text + "' to float64", at);
    return new Tok(Kind.NUMERIC, d, text, at);
  }

  private Tok bracketed(int at) {
    i++;
    StringBuilder b = new StringBuilder();
    while (i < s.length() && s.charAt(i) != ']') {
      if (s.charAt(i) == '\\' && i + 1 < s.length()) i++;
      b.append(s.charAt(i++));
    }
    if (i >= s.length()) throw error("Unclosed parameter bracket", at);
    i++;
    return new Tok(Kind.VARIABLE, b.toString(), s.substring(at, i), at);
  }

  private Tok word(int at) {
    String w = read(ch -> Character.isLetterOrDigit(ch) || ch == '_' || ch == '.');
    String text = s.substring(at, i);
    if (w.equals("true") || w.equals("false")) return new Tok(Kind.BOOLEAN, Boolean.valueOf(w), text, at);
    if (w.equals("in") || w.equals("IN")) return new Tok(Kind.COMPARATOR, "in", text, at);
    if (w.indexOf('.') > 0) {
      if (w.endsWith(".")) throw error("Hanging accessor on token '" + w + "'", at);
      String[] parts = w.split("\\.", -1);
      for (int k = 1; k < parts.length; k++) {
        if (!parts[k].isEmpty() && Character.isLowerCase(parts[k].charAt(0))) {
          throw error("Unable to access unexported field '" + parts[k] + "' in token '" + w
              + "' (govaluate reads a bare word with a dot as a field access; quote the value: '" + w + "')", at);
        }
      }
      return new Tok(Kind.ACCESSOR, w, text, at);
    }
    return new Tok(Kind.VARIABLE, w, text, at);
  }

  /** A string ends at the next quote of either kind; a backslash takes the next character as it is. */
  private Tok string(int at) {
    i++;
    StringBuilder b = new StringBuilder();
    while (i < s.length() && s.charAt(i) != '\'' && s.charAt(i) != '"') {
      if (s.charAt(i) == '\\') {
        i++;
        if (i >= s.length()) break;
      }
      b.append(s.charAt(i++));
    }
    if (i >= s.length()) throw error("Unclosed string literal", at);
    i++;
    String v = b.toString();
    Double time = Govaluate.unixTime(v);
    if (time != null) return new Tok(Kind.TIME, time, s.substring(at, i), at);
    return new Tok(Kind.STRING, v, s.substring(at, i), at);
  }

  private Tok symbol(int at) {
    String sym = read(ch -> !(Character.isLetterOrDigit(ch) || "()[]'\"".indexOf(ch) >= 0));
    if (prefixAllowed() && Govaluate.symbols(Kind.PREFIX).contains(sym)) return new Tok(Kind.PREFIX, sym, sym, at);
    for (Kind k : List.of(Kind.MODIFIER, Kind.LOGICALOP, Kind.COMPARATOR, Kind.TERNARY)) {
      if (Govaluate.symbols(k).contains(sym)) return new Tok(k, sym, sym, at);
    }
    throw error("Invalid token: '" + sym + "'", at);
  }

  private boolean prefixAllowed() {
    return state == null || state == Kind.CLAUSE || state == Kind.MODIFIER || state == Kind.COMPARATOR
        || state == Kind.LOGICALOP || state == Kind.TERNARY || state == Kind.SEPARATOR;
  }

  /** Reads while the condition holds, stopping at whitespace; a backslash escapes the next character. */
  private String read(java.util.function.IntPredicate condition) {
    StringBuilder b = new StringBuilder();
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        b.append(s.charAt(i + 1));
        i += 2;
        continue;
      }
      if (Character.isWhitespace(c) || !condition.test(c)) break;
      b.append(c);
      i++;
    }
    return b.toString();
  }

  private static boolean isHex(int c) {
    return Character.digit(c, 16) >= 0;
  }

  private ExpressionException error(String message, int at) {
    return new ExpressionException(message + " at character " + (at + 1), at + 1);
  }
}
