package io.argowf.model.expr;

import io.argowf.model.expr.Govaluate.Kind;
import io.argowf.model.expr.Govaluate.Tok;
import java.util.List;
import java.util.Set;

/** govaluate's stage planner as precedence climbing: ',' &lt; ternary &lt; || &lt; &amp;&amp; &lt; comparators &lt; bitwise &lt; shifts &lt; + - &lt; * / % &lt; ** &lt; prefix. */
final class GovaluateParser {
  private final String text;
  private final List<Tok> tokens;
  private int pos;

  GovaluateParser(String text, List<Tok> tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  GNode parse() {
    GNode n = level(0);
    if (pos < tokens.size()) throw unexpected(tokens.get(pos));
    return n;
  }

  private GNode level(int level) {
    if (level == Govaluate.levels().size()) return prefix();
    Set<String> ops = Govaluate.levels().get(level);
    GNode left = level(level + 1);
    while (pos < tokens.size()) {
      Tok t = tokens.get(pos);
      boolean operator = t.kind() != Kind.STRING && t.kind() != Kind.PREFIX && t.kind() != Kind.CLAUSE
          && t.kind() != Kind.CLAUSE_CLOSE && t.value() instanceof String s && ops.contains(s);
      if (!operator) break;
      pos++;
      GNode right = level(level + 1);
      left = new GNode.Binary((String) t.value(), left, right, t.at());
    }
    return left;
  }

  private GNode prefix() {
    Tok t = take();
    if (t.kind() == Kind.PREFIX) return new GNode.Prefix(t.text(), prefix(), t.at());
    if (t.kind() == Kind.CLAUSE) {
      if (pos < tokens.size() && tokens.get(pos).kind() == Kind.CLAUSE_CLOSE) throw unexpected(tokens.get(pos));
      GNode inner = level(0);
      Tok close = take();
      if (close.kind() != Kind.CLAUSE_CLOSE) throw unexpected(close);
      return inner;
    }
    return switch (t.kind()) {
      case NUMERIC, BOOLEAN, STRING, PATTERN, TIME -> new GNode.Literal(t.value(), t.at());
      case ACCESSOR -> new GNode.Accessor((String) t.value(), t.at());
      default -> throw unexpected(t);
    };
  }

  private Tok take() {
    if (pos >= tokens.size()) throw new ExpressionException("Unexpected end of expression at character " + (text.length() + 1), text.length() + 1);
    return tokens.get(pos++);
  }

  private ExpressionException unexpected(Tok t) {
    return new ExpressionException("Unexpected " + t.kind() + " [" + t.text() + "] at character " + (t.at() + 1), t.at() + 1);
  }
}
