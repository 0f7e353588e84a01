package io.argowf.model.expr;

import io.argowf.model.expr.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the syntax tree of an expr-lang expression with expr's own precedence climbing: operator precedences,
 * chained comparisons ({@code 1 < x < 3}), {@code not in}, pipes, predicates with {@code #}, {@code let}, {@code if}.
 */
final class Parser {
  private static final Map<String, Integer> BINARY = Map.ofEntries(
      Map.entry("|", 0), Map.entry("or", 10), Map.entry("||", 10), Map.entry("and", 15), Map.entry("&&", 15),
      Map.entry("==", 20), Map.entry("!=", 20), Map.entry("<", 20), Map.entry(">", 20), Map.entry(">=", 20),
      Map.entry("<=", 20), Map.entry("in", 20), Map.entry("matches", 20), Map.entry("contains", 20),
      Map.entry("startsWith", 20), Map.entry("endsWith", 20), Map.entry("..", 25), Map.entry("+", 30),
      Map.entry("-", 30), Map.entry("*", 60), Map.entry("/", 60), Map.entry("%", 60), Map.entry("**", 100),
      Map.entry("^", 100), Map.entry("??", 500));
  private static final Map<String, Integer> UNARY = Map.of("not", 50, "!", 50, "-", 90, "+", 90);
  private static final Set<String> NEGATABLE = Set.of("in", "matches", "contains", "startsWith", "endsWith");
  private static final Set<String> CHAINED = Set.of("<", ">", "<=", ">=");
  /** Predicate builtins: how many arguments, which one is the closure, and how many may be left out. */
  private static final Map<String, int[]> PREDICATES = Map.ofEntries(
      Map.entry("all", new int[] {2, 0}), Map.entry("none", new int[] {2, 0}), Map.entry("any", new int[] {2, 0}),
      Map.entry("one", new int[] {2, 0}), Map.entry("filter", new int[] {2, 0}), Map.entry("map", new int[] {2, 0}),
      Map.entry("count", new int[] {2, 1}), Map.entry("sum", new int[] {2, 1}), Map.entry("find", new int[] {2, 0}),
      Map.entry("findIndex", new int[] {2, 0}), Map.entry("findLast", new int[] {2, 0}),
      Map.entry("findLastIndex", new int[] {2, 0}), Map.entry("groupBy", new int[] {2, 0}),
      Map.entry("sortBy", new int[] {3, 1}), Map.entry("reduce", new int[] {3, 1}));

  private final List<Token> tokens;
  private int pos;
  private int depth;

  private Parser(List<Token> tokens) {
    this.tokens = tokens;
  }

  static Node parse(String source) {
    if (source.isBlank()) throw new ExpressionException("the expression is empty", 1);
    Parser p = new Parser(Lexer.lex(source));
    Node n = p.sequence();
    Token t = p.peek();
    if (t.kind() != Kind.END) throw p.unexpected(t, "an operator or the end of the expression");
    return n;
  }

  // ---- helpers

  private Token peek() {
    return tokens.get(pos);
  }

  private Token next() {
    return tokens.get(pos++);
  }

  private Token previous() {
    return tokens.get(pos - 1);
  }

  private int endOfPrevious() {
    Token t = previous();
    return t.at() + t.text().length();
  }

  private void expectOperator(String op, String what) {
    if (!peek().isOperator(op)) throw unexpected(peek(), "'" + op + "'" + what);
    pos++;
  }

  private void expectBracket(String b, String what) {
    if (!peek().isBracket(b)) throw unexpected(peek(), "'" + b + "'" + what);
    pos++;
  }

  ExpressionException unexpected(Token t, String expected) {
    String where = " at character " + (t.at() + 1);
    String msg = t.kind() == Kind.END
        ? "the expression ends too early" + where + "; expected " + expected
        : "unexpected " + t.describe() + where + "; expected " + expected;
    return new ExpressionException(msg, t.at() + 1);
  }

  // ---- expressions

  /** {@code a; b; c}: evaluates each, the value is the last. */
  private Node sequence() {
    int start = peek().at();
    List<Node> items = new ArrayList<>();
    items.add(expression(0));
    while (peek().isOperator(";")) {
      pos++;
      if (peek().kind() == Kind.END || peek().isBracket(")") || peek().isBracket("}")) break;
      items.add(expression(0));
    }
    return items.size() == 1 ? items.get(0) : new Node.Sequence(items, start, endOfPrevious());
  }

  private Node expression(int precedence) {
    Token first = peek();
    if (precedence == 0 && first.isOperator("let")) return let();
    if (precedence == 0 && first.isOperator("if")) return ifElse();
    Node left = unary();
    String previousOperator = "";
    while (peek().kind() == Kind.OPERATOR) {
      Token op = peek();
      boolean negate = false;
      if (op.text().equals("not")) {
        Token after = tokens.get(pos + 1);
        if (!NEGATABLE.contains(after.text()) || after.kind() != Kind.OPERATOR) {
          throw unexpected(after, "in, matches, contains, startsWith or endsWith after 'not'");
        }
        if (BINARY.get(after.text()) < precedence) break;
        pos++;
        op = after;
        negate = true;
      }
      Integer p = BINARY.get(op.text());
      if (p == null || p < precedence) break;
      pos++;
      if (op.text().equals("|")) {
        left = pipe(left);
      } else {
        if (previousOperator.equals("??") && !op.text().equals("??")) {
          throw new ExpressionException("operator " + op.text() + " at character " + (op.at() + 1)
              + " cannot be mixed with ?? without parentheses; wrap either side in parentheses", op.at() + 1);
        }
        left = CHAINED.contains(op.text()) ? comparison(left, op, p) : binary(left, op, p);
        if (negate) left = new Node.Unary("not", left, left.start(), left.end());
      }
      previousOperator = op.text();
    }
    if (precedence == 0) left = conditional(left);
    return left;
  }

  private Node binary(Node left, Token op, int p) {
    boolean right = op.text().equals("**") || op.text().equals("^");
    Node r = expression(right ? p : p + 1);
    return new Node.Binary(op.text(), left, r, left.start(), r.end());
  }

  /** {@code a < b < c} reads as {@code a < b && b < c}. */
  private Node comparison(Node left, Token op, int p) {
    Node root = null;
    while (true) {
      Node right = expression(p + 1);
      Node cmp = new Node.Binary(op.text(), left, right, left.start(), right.end());
      root = root == null ? cmp : new Node.Binary("&&", root, cmp, root.start(), cmp.end());
      left = right;
      if (!(peek().kind() == Kind.OPERATOR && CHAINED.contains(peek().text()))) return root;
      op = next();
    }
  }

  /** {@code x | f(a)} is {@code f(x, a)}. */
  private Node pipe(Node left) {
    Token name = peek();
    if (name.kind() != Kind.IDENTIFIER) throw unexpected(name, "a function name after '|'");
    pos++;
    List<Node> first = new ArrayList<>();
    first.add(left);
    return call(name, first, left.start());
  }

  private Node conditional(Node node) {
    while (peek().isOperator("?")) {
      pos++;
      Node then;
      Node otherwise;
      if (peek().isOperator(":")) {
        pos++;
        then = node;
        otherwise = expression(0);
      } else {
        then = expression(0);
        expectOperator(":", " of the ternary ?:");
        otherwise = expression(0);
      }
      node = new Node.Conditional(node, then, otherwise, node.start(), otherwise.end());
    }
    return node;
  }

  private Node let() {
    int start = next().at();
    Token name = peek();
    if (name.kind() != Kind.IDENTIFIER) throw unexpected(name, "a variable name after 'let'");
    pos++;
    expectOperator("=", " after the variable name");
    Node value = expression(0);
    expectOperator(";", " after the value of '" + name.text() + "'");
    Node body = sequence();
    return new Node.Let(name.text(), value, body, start, body.end());
  }

  /** {@code if c { a } else { b }} (expr 1.17). */
  private Node ifElse() {
    int start = next().at();
    Node cond = expression(0);
    Node then = block();
    if (!peek().isOperator("else")) throw unexpected(peek(), "'else' after the if block");
    pos++;
    Node otherwise = peek().isOperator("if") ? ifElse() : block();
    return new Node.Conditional(cond, then, otherwise, start, otherwise.end());
  }

  private Node block() {
    expectBracket("{", " to open the block");
    Node n = sequence();
    expectBracket("}", " to close the block");
    return n;
  }

  private Node unary() {
    Token t = peek();
    if (t.kind() == Kind.OPERATOR && UNARY.containsKey(t.text())) {
      pos++;
      Node operand = expression(UNARY.get(t.text()));
      return postfix(new Node.Unary(t.text(), operand, t.at(), operand.end()));
    }
    if (t.isBracket("(")) {
      pos++;
      Node inner = sequence();
      expectBracket(")", " to close the parenthesis opened at character " + (t.at() + 1));
      return postfix(inner);
    }
    if (t.isOperator("#") || t.isOperator(".")) {
      if (depth == 0) {
        throw new ExpressionException("'" + t.text() + "' at character " + (t.at() + 1)
            + " is only allowed inside a predicate, such as filter(list, # > 1)", t.at() + 1);
      }
      pos++;
      if (t.isOperator(".")) {
        Token name = peek();
        if (name.kind() != Kind.IDENTIFIER && name.kind() != Kind.OPERATOR) throw unexpected(name, "a field name after '.'");
        pos++;
        Node ptr = new Node.Pointer("", t.at(), t.at() + 1);
        return postfix(new Node.Member(ptr, new Node.Literal(name.text(), name.at(), endOfPrevious()), false, t.at(), endOfPrevious()));
      }
      String name = "";
      if (peek().kind() == Kind.IDENTIFIER && peek().at() == t.at() + 1) name = next().text();
      return postfix(new Node.Pointer(name, t.at(), endOfPrevious()));
    }
    return postfix(primary());
  }

  private Node primary() {
    Token t = next();
    switch (t.kind()) {
      case NUMBER, STRING -> {
        return new Node.Literal(t.value(), t.at(), endOfPrevious());
      }
      case IDENTIFIER -> {
        return switch (t.text()) {
          case "true" -> new Node.Literal(Boolean.TRUE, t.at(), endOfPrevious());
          case "false" -> new Node.Literal(Boolean.FALSE, t.at(), endOfPrevious());
          case "nil" -> new Node.Literal(null, t.at(), endOfPrevious());
          default -> peek().isBracket("(") ? call(t, new ArrayList<>(), t.at()) : new Node.Identifier(t.text(), t.at(), endOfPrevious());
        };
      }
      case BRACKET -> {
        if (t.text().equals("[")) return array(t);
        if (t.text().equals("{")) return map(t);
        pos--;
        throw unexpected(t, "an operand");
      }
      default -> {
        pos--;
        throw unexpected(t, "an operand");
      }
    }
  }

  private Node call(Token name, List<Node> args, int start) {
    int[] predicate = PREDICATES.get(name.text());
    if (predicate != null) return predicateCall(name, args, predicate, start);
    Token open = peek();
    expectBracket("(", " to call " + name.text());
    arguments(args, open);
    if (Builtins.NAMES.contains(name.text())) return new Node.Builtin(name.text(), args, start, endOfPrevious());
    Node callee = new Node.Identifier(name.text(), name.at(), name.at() + name.text().length());
    return new Node.Call(callee, args, start, endOfPrevious());
  }

  private void arguments(List<Node> args, Token open) {
    int offset = args.size();
    while (!peek().isBracket(")")) {
      if (args.size() > offset) {
        expectOperator(",", " or ')' to close the call opened at character " + (open.at() + 1));
        if (peek().isBracket(")")) break;
      }
      args.add(expression(0));
    }
    pos++;
  }

  /** all(list, predicate), map(list, {...}), reduce(list, #acc + #, 0), ... */
  private Node predicateCall(Token name, List<Node> args, int[] shape, int start) {
    expectBracket("(", " to call " + name.text());
    int total = shape[0];
    int required = total - shape[1];
    int first = args.size();
    for (int i = first; i < total; i++) {
      if (peek().isBracket(")")) {
        if (i >= required) break;
        throw unexpected(peek(), name.text() + "'s " + (required - first) + " arguments");
      }
      if (i > first) expectOperator(",", " between the arguments of " + name.text());
      args.add(i == 1 ? closure() : expression(0));
    }
    if (peek().isOperator(",")) pos++;
    expectBracket(")", " to close the call of " + name.text());
    return new Node.Builtin(name.text(), args, start, endOfPrevious());
  }

  private Node closure() {
    Token t = peek();
    boolean braces = t.isBracket("{");
    if (braces) pos++;
    depth++;
    Node body = sequence();
    depth--;
    if (braces) expectBracket("}", " to close the predicate opened at character " + (t.at() + 1));
    return new Node.Closure(body, t.at(), endOfPrevious());
  }

  private Node array(Token open) {
    List<Node> items = new ArrayList<>();
    while (!peek().isBracket("]")) {
      if (!items.isEmpty()) {
        expectOperator(",", " or ']' to close the list opened at character " + (open.at() + 1));
        if (peek().isBracket("]")) break;
      }
      items.add(expression(0));
    }
    pos++;
    return new Node.Array(items, open.at(), endOfPrevious());
  }

  private Node map(Token open) {
    List<Node> keys = new ArrayList<>();
    List<Node> values = new ArrayList<>();
    while (!peek().isBracket("}")) {
      if (!keys.isEmpty()) {
        expectOperator(",", " or '}' to close the map opened at character " + (open.at() + 1));
        if (peek().isBracket("}")) break;
      }
      keys.add(mapKey());
      expectOperator(":", " after the map key");
      values.add(expression(0));
    }
    pos++;
    return new Node.MapLiteral(keys, values, open.at(), endOfPrevious());
  }

  private Node mapKey() {
    Token t = next();
    if (t.kind() == Kind.IDENTIFIER || t.kind() == Kind.OPERATOR && Lexer.WORD_OPERATORS.contains(t.text())) {
      return new Node.Literal(t.text(), t.at(), endOfPrevious());
    }
    if (t.kind() == Kind.STRING || t.kind() == Kind.NUMBER) return new Node.Literal(t.value(), t.at(), endOfPrevious());
    if (t.isBracket("(")) {
      Node k = expression(0);
      expectBracket(")", " to close the map key");
      return k;
    }
    pos--;
    throw unexpected(t, "a map key (a name, a string, a number or a (expression))");
  }

  private Node postfix(Node node) {
    while (true) {
      Token t = peek();
      if (t.isOperator(".") || t.isOperator("?.")) {
        boolean optional = t.text().equals("?.");
        pos++;
        if (optional && peek().isBracket("[")) {
          pos++;
          node = index(node, true);
          continue;
        }
        Token name = next();
        if (name.kind() != Kind.IDENTIFIER && !(name.kind() == Kind.OPERATOR && Lexer.WORD_OPERATORS.contains(name.text()))) {
          pos--;
          throw unexpected(name, "a field name after '" + t.text() + "'");
        }
        Node property = new Node.Literal(name.text(), name.at(), endOfPrevious());
        Node member = new Node.Member(node, property, optional, node.start(), endOfPrevious());
        if (peek().isBracket("(")) {
          Token open = next();
          List<Node> args = new ArrayList<>();
          arguments(args, open);
          node = new Node.Call(member, args, node.start(), endOfPrevious());
        } else {
          node = member;
        }
      } else if (t.isBracket("[")) {
        pos++;
        node = index(node, false);
      } else {
        return node;
      }
    }
  }

  private Node index(Node node, boolean optional) {
    Token open = previous();
    String close = " to close the index opened at character " + (open.at() + 1);
    if (peek().isOperator(":")) {
      pos++;
      Node to = peek().isBracket("]") ? null : expression(0);
      expectBracket("]", close);
      return new Node.Slice(node, null, to, node.start(), endOfPrevious());
    }
    Node from = expression(0);
    if (peek().isOperator(":")) {
      pos++;
      Node to = peek().isBracket("]") ? null : expression(0);
      expectBracket("]", close);
      return new Node.Slice(node, from, to, node.start(), endOfPrevious());
    }
    expectBracket("]", close);
    return new Node.Member(node, from, optional, node.start(), endOfPrevious());
  }
}
