package io.argowf.model.internal.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a text parses as an expression of expr-lang, the language of Argo's {@code {{=...}}} tags,
 * {@code retryStrategy.expression}, lifecycle hooks and CronWorkflow {@code when}/{@code stopStrategy}.
 * Syntax only: which variables exist is checked elsewhere.
 */
final class ExprSyntax {
  private static final Map<String, Integer> BINARY = Map.ofEntries(
      Map.entry("??", 5), Map.entry("||", 10), Map.entry("or", 10), Map.entry("&&", 15), Map.entry("and", 15),
      Map.entry("==", 20), Map.entry("!=", 20), Map.entry("<", 20), Map.entry(">", 20), Map.entry("<=", 20),
      Map.entry(">=", 20), Map.entry("in", 20), Map.entry("matches", 20), Map.entry("contains", 20),
      Map.entry("startsWith", 20), Map.entry("endsWith", 20), Map.entry("..", 25), Map.entry("+", 30),
      Map.entry("-", 30), Map.entry("*", 60), Map.entry("/", 60), Map.entry("%", 60), Map.entry("**", 100),
      Map.entry("^", 100));
  private static final Set<String> NEGATABLE = Set.of("in", "matches", "contains", "startsWith", "endsWith");
  private static final String[] SYMBOLS = {"?.", "??", "**", "==", "!=", "<=", ">=", "&&", "||", "..",
      "+", "-", "*", "/", "%", "^", "<", ">", "!", "?", ":", ".", ",", "(", ")", "[", "]", "{", "}", "|", ";", "=", "#"};

  private enum Kind { NUMBER, STRING, NAME, SYMBOL, END }

  private record Token(Kind kind, String text, int at) {}

  private final List<Token> tokens;
  private int pos;

  private ExprSyntax(List<Token> tokens) {
    this.tokens = tokens;
  }

  /**
   * @param expression the expression text
   * @return null when it parses, otherwise what is wrong and where
   */
  static String check(String expression) {
    if (expression.isBlank()) return "the expression is empty";
    try {
      ExprSyntax p = new ExprSyntax(lex(expression));
      p.expression(0);
      Token t = p.peek();
      if (t.kind != Kind.END) throw new IllegalArgumentException("unexpected '" + t.text + "' at character " + (t.at + 1));
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  // ---- lexer

  private static List<Token> lex(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1))
          && (out.isEmpty() || !isOperand(out.get(out.size() - 1))))) {
        int start = i;
        i++;
        while (i < n) {
          char d = s.charAt(i);
          if (Character.isLetterOrDigit(d) || d == '_') {
            i++;
          } else if (d == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1))) {
            i++;
          } else if ((d == '+' || d == '-') && (s.charAt(i - 1) == 'e' || s.charAt(i - 1) == 'E')
              && !s.substring(start, i).startsWith("0x")) {
            i++;
          } else {
            break;
          }
        }
        out.add(new Token(Kind.NUMBER, s.substring(start, i), start));
      } else if (c == '"' || c == '\'' || c == '`') {
        int start = i++;
        while (i < n && s.charAt(i) != c) {
          if (s.charAt(i) == '\\' && c != '`') i++;
          i++;
        }
        if (i >= n) throw new IllegalArgumentException("the string starting at character " + (start + 1) + " is not closed");
        i++;
        out.add(new Token(Kind.STRING, s.substring(start, i), start));
      } else if (Character.isLetter(c) || c == '_' || c == '$') {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '$')) i++;
        out.add(new Token(Kind.NAME, s.substring(start, i), start));
      } else {
        String sym = null;
        for (String candidate : SYMBOLS) {
          if (s.startsWith(candidate, i)) {
            sym = candidate;
            break;
          }
        }
        if (sym == null) throw new IllegalArgumentException("unexpected character '" + c + "' at character " + (i + 1));
        out.add(new Token(Kind.SYMBOL, sym, i));
        i += sym.length();
      }
    }
    out.add(new Token(Kind.END, "end of expression", n));
    return out;
  }

  private static boolean isOperand(Token t) {
    return t.kind == Kind.NAME || t.kind == Kind.NUMBER || t.kind == Kind.STRING
        || (t.kind == Kind.SYMBOL && (t.text.equals(")") || t.text.equals("]") || t.text.equals("}")));
  }

  // ---- parser

  private Token peek() {
    return tokens.get(pos);
  }

  private Token peek(int ahead) {
    return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
  }

  private boolean at(String symbol) {
    Token t = peek();
    return t.kind != Kind.STRING && t.kind != Kind.END && t.text.equals(symbol);
  }

  private void expect(String symbol) {
    if (!at(symbol)) {
      Token t = peek();
      throw new IllegalArgumentException("expected '" + symbol + "' but found '" + t.text + "' at character " + (t.at + 1));
    }
    pos++;
  }

  private void expression(int minPrecedence) {
    unary();
    while (true) {
      Token t = peek();
      String op = t.kind == Kind.SYMBOL || t.kind == Kind.NAME ? t.text : null;
      if (op == null) return;
      if (op.equals("not") && NEGATABLE.contains(peek(1).text) && minPrecedence <= 20) {
        pos += 2;
        expression(21);
      } else if (op.equals("?") && minPrecedence == 0) {
        pos++;
        if (at(":")) {
          pos++;
        } else {
          expression(0);
          expect(":");
        }
        expression(0);
      } else if (op.equals("|") && minPrecedence == 0) {
        pos++;
        unary();
      } else if (BINARY.containsKey(op) && BINARY.get(op) >= minPrecedence) {
        int p = BINARY.get(op);
        pos++;
        expression(op.equals("**") || op.equals("^") ? p : p + 1);
      } else {
        return;
      }
    }
  }

  private void unary() {
    if (at("!") || at("not") || at("-") || at("+")) {
      pos++;
      unary();
      return;
    }
    primary();
    postfix();
  }

  private void primary() {
    Token t = peek();
    switch (t.kind) {
      case NUMBER, STRING -> pos++;
      case NAME -> {
        pos++;
        if (t.text.equals("let")) {
          if (peek().kind != Kind.NAME) throw new IllegalArgumentException("expected a name after 'let' at character " + (t.at + 1));
          pos++;
          expect("=");
          expression(0);
          expect(";");
          expression(0);
        }
      }
      case SYMBOL -> {
        switch (t.text) {
          case "(" -> {
            pos++;
            expression(0);
            expect(")");
          }
          case "[" -> {
            pos++;
            list("]");
          }
          case "{" -> {
            pos++;
            braces();
          }
          case "#" -> {
            pos++;
            if (peek().kind == Kind.NAME) pos++;
          }
          case "." -> {
            // closure member shorthand: .field means #.field
            pos++;
            if (peek().kind != Kind.NAME) throw new IllegalArgumentException("expected a name after '.' at character " + (t.at + 1));
            pos++;
          }
          default -> throw new IllegalArgumentException("unexpected '" + t.text + "' at character " + (t.at + 1));
        }
      }
      case END -> throw new IllegalArgumentException("the expression ends too early");
      default -> throw new IllegalStateException();
    }
  }

  private void postfix() {
    while (true) {
      if (at(".") || at("?.")) {
        pos++;
        if (at("[")) {
          pos++;
          index();
        } else if (peek().kind == Kind.NAME) {
          pos++;
        } else {
          Token t = peek();
          throw new IllegalArgumentException("expected a field name but found '" + t.text + "' at character " + (t.at + 1));
        }
      } else if (at("[")) {
        pos++;
        index();
      } else if (at("(")) {
        pos++;
        arguments();
      } else {
        return;
      }
    }
  }

  private void index() {
    if (at(":")) {
      pos++;
      if (!at("]")) expression(0);
      expect("]");
      return;
    }
    expression(0);
    if (at(":")) {
      pos++;
      if (!at("]")) expression(0);
    }
    expect("]");
  }

  private void arguments() {
    if (at(")")) {
      pos++;
      return;
    }
    while (true) {
      expression(0);
      if (at(",")) {
        pos++;
        if (at(")")) break;
        continue;
      }
      break;
    }
    expect(")");
  }

  private void list(String close) {
    if (at(close)) {
      pos++;
      return;
    }
    while (true) {
      expression(0);
      if (at(",")) {
        pos++;
        if (at(close)) break;
        continue;
      }
      break;
    }
    expect(close);
  }

  /** After '{': a map literal ({@code {a: 1, 'b': 2}}) or a closure body ({@code {# > 1}}). */
  private void braces() {
    if (at("}")) {
      pos++;
      return;
    }
    Token first = peek();
    boolean isMap = (first.kind == Kind.NAME || first.kind == Kind.STRING || first.kind == Kind.NUMBER)
        && peek(1).kind == Kind.SYMBOL && peek(1).text.equals(":");
    if (!isMap) {
      expression(0);
      expect("}");
      return;
    }
    while (true) {
      pos++;
      expect(":");
      expression(0);
      if (at(",")) {
        pos++;
        if (at("}")) break;
        continue;
      }
      break;
    }
    expect("}");
  }
}
