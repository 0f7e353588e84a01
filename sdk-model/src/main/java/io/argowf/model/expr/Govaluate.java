package io.argowf.model.expr;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * govaluate (github.com/Knetic/govaluate) as Argo runs a {@code when}: govaluate's lexer, its token-transition
 * check, Argo's step that turns every variable token into a string token, and govaluate's precedence and
 * type rules. Every number is a float64 ({@link Double}); a quoted text that reads as a date is its Unix time.
 */
final class Govaluate {
  enum Kind { PREFIX, NUMERIC, BOOLEAN, STRING, PATTERN, TIME, VARIABLE, ACCESSOR, SEPARATOR, COMPARATOR, LOGICALOP,
    MODIFIER, CLAUSE, CLAUSE_CLOSE, TERNARY }

  record Tok(Kind kind, Object value, String text, int at) {}

  private static final Set<String> PREFIX = Set.of("-", "!", "~");
  private static final Set<String> MODIFIER = Set.of("+", "-", "*", "/", "%", "**", "&", "|", "^", ">>", "<<");
  private static final Set<String> LOGICAL = Set.of("&&", "||");
  private static final Set<String> COMPARATOR = Set.of("==", "!=", ">", ">=", "<", "<=", "=~", "!~", "in");
  private static final Set<String> TERNARY = Set.of("?", ":", "??");
  private static final List<String> TIME_LAYOUTS = List.of("Mon Jan _2 15:04:05 2006", "Mon Jan _2 15:04:05 MST 2006",
      "Mon Jan 02 15:04:05 -0700 2006", "3:04PM", "2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05.999999999Z07:00",
      "2006-01-02", "2006-01-02 15:04", "2006-01-02 15:04:05", "2006-01-02 15:04:05-07:00", "2006-01-02T15Z0700",
      "2006-01-02T15:04Z0700", "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05.999999999Z0700");
  /** Which token kinds may follow which (govaluate's lexer states), and which may end an expression. */
  private static final Map<Kind, Set<Kind>> NEXT = transitions();
  private static final Set<Kind> CAN_END = EnumSet.of(Kind.CLAUSE_CLOSE, Kind.NUMERIC, Kind.BOOLEAN, Kind.STRING,
      Kind.TIME, Kind.PATTERN, Kind.VARIABLE, Kind.ACCESSOR);
  /** Binary operator levels, lowest first. */
  private static final List<Set<String>> LEVELS = List.of(Set.of(","), TERNARY, Set.of("||"), Set.of("&&"), COMPARATOR,
      Set.of("&", "|", "^"), Set.of("<<", ">>"), Set.of("+", "-"), Set.of("*", "/", "%"), Set.of("**"));

  private Govaluate() {}

  private static Map<Kind, Set<Kind>> transitions() {
    Set<Kind> afterValue = EnumSet.of(Kind.MODIFIER, Kind.COMPARATOR, Kind.LOGICALOP, Kind.CLAUSE_CLOSE, Kind.TERNARY, Kind.SEPARATOR);
    Set<Kind> start = EnumSet.of(Kind.PREFIX, Kind.NUMERIC, Kind.BOOLEAN, Kind.VARIABLE, Kind.PATTERN, Kind.ACCESSOR,
        Kind.STRING, Kind.TIME, Kind.CLAUSE);
    Map<Kind, Set<Kind>> m = new java.util.EnumMap<>(Kind.class);
    m.put(Kind.CLAUSE, union(start, EnumSet.of(Kind.CLAUSE_CLOSE)));
    m.put(Kind.CLAUSE_CLOSE, EnumSet.of(Kind.COMPARATOR, Kind.MODIFIER, Kind.NUMERIC, Kind.BOOLEAN, Kind.VARIABLE,
        Kind.STRING, Kind.PATTERN, Kind.TIME, Kind.CLAUSE, Kind.CLAUSE_CLOSE, Kind.LOGICALOP, Kind.TERNARY, Kind.SEPARATOR));
    for (Kind k : List.of(Kind.NUMERIC, Kind.BOOLEAN, Kind.STRING, Kind.TIME, Kind.PATTERN, Kind.VARIABLE)) m.put(k, afterValue);
    m.put(Kind.MODIFIER, EnumSet.of(Kind.PREFIX, Kind.NUMERIC, Kind.VARIABLE, Kind.ACCESSOR, Kind.STRING, Kind.BOOLEAN,
        Kind.CLAUSE, Kind.CLAUSE_CLOSE));
    m.put(Kind.COMPARATOR, EnumSet.of(Kind.PREFIX, Kind.NUMERIC, Kind.BOOLEAN, Kind.VARIABLE, Kind.ACCESSOR, Kind.STRING,
        Kind.TIME, Kind.CLAUSE, Kind.CLAUSE_CLOSE, Kind.PATTERN));
    m.put(Kind.LOGICALOP, EnumSet.of(Kind.PREFIX, Kind.NUMERIC, Kind.BOOLEAN, Kind.VARIABLE, Kind.ACCESSOR, Kind.STRING,
        Kind.TIME, Kind.CLAUSE, Kind.CLAUSE_CLOSE));
    m.put(Kind.PREFIX, EnumSet.of(Kind.NUMERIC, Kind.BOOLEAN, Kind.VARIABLE, Kind.ACCESSOR, Kind.CLAUSE, Kind.CLAUSE_CLOSE));
    m.put(Kind.TERNARY, EnumSet.of(Kind.PREFIX, Kind.NUMERIC, Kind.BOOLEAN, Kind.STRING, Kind.TIME, Kind.VARIABLE,
        Kind.ACCESSOR, Kind.CLAUSE, Kind.SEPARATOR));
    m.put(Kind.ACCESSOR, EnumSet.of(Kind.CLAUSE, Kind.MODIFIER, Kind.COMPARATOR, Kind.LOGICALOP, Kind.CLAUSE_CLOSE,
        Kind.TERNARY, Kind.SEPARATOR));
    m.put(Kind.SEPARATOR, EnumSet.of(Kind.PREFIX, Kind.NUMERIC, Kind.BOOLEAN, Kind.STRING, Kind.TIME, Kind.VARIABLE,
        Kind.ACCESSOR, Kind.CLAUSE));
    return m;
  }

  private static Set<Kind> union(Set<Kind> a, Set<Kind> b) {
    Set<Kind> u = EnumSet.copyOf(a);
    u.addAll(b);
    return u;
  }

  // ---- parsing

  /** The tree of a when expression, after Argo's variable-to-string step. */
  static GNode parse(String text) {
    List<Tok> tokens = new GovaluateLexer(text).tokens();
    balance(tokens);
    check(text, tokens);
    List<Tok> strings = new ArrayList<>(tokens.size());
    for (Tok t : tokens) strings.add(t.kind() == Kind.VARIABLE ? new Tok(Kind.STRING, t.value(), t.text(), t.at()) : t);
    check(text, strings);
    optimize(strings);
    GovaluateParser p = new GovaluateParser(text, strings);
    return p.parse();
  }

  private static void balance(List<Tok> tokens) {
    int depth = 0;
    for (Tok t : tokens) {
      if (t.kind() == Kind.CLAUSE) depth++;
      if (t.kind() == Kind.CLAUSE_CLOSE) depth--;
    }
    if (depth != 0) throw new ExpressionException("Unbalanced parenthesis: " + (depth > 0 ? depth + " '(' not closed" : -depth + " ')' too many"), 1);
  }

  /** govaluate's checkExpressionSyntax: each token kind must be allowed after the one before. */
  private static void check(String text, List<Tok> tokens) {
    Kind state = null;
    Tok last = null;
    Set<Kind> first = union(EnumSet.of(Kind.PREFIX, Kind.NUMERIC, Kind.BOOLEAN, Kind.VARIABLE, Kind.PATTERN,
        Kind.ACCESSOR, Kind.STRING, Kind.TIME), EnumSet.of(Kind.CLAUSE));
    for (Tok t : tokens) {
      Set<Kind> allowed = state == null ? first : NEXT.get(state);
      if (!allowed.contains(t.kind())) {
        if (last != null && last.kind() == Kind.VARIABLE && t.kind() == Kind.CLAUSE) {
          throw new ExpressionException("Undefined function " + last.value() + " at character " + (last.at() + 1)
              + "; Argo's when has no functions (use {{=...}} for expr functions)", last.at() + 1);
        }
        String from = state == null ? "UNKNOWN [<nil>]" : state + " [" + last.text() + "]";
        throw new ExpressionException("Cannot transition token types from " + from + " to " + t.kind() + " [" + t.text()
            + "] at character " + (t.at() + 1) + "; " + hint(last, t), t.at() + 1);
      }
      state = t.kind();
      last = t;
    }
    if (state == null || !CAN_END.contains(state)) {
      throw new ExpressionException("Unexpected end of expression at character " + (text.length() + 1)
          + "; expected an operand", text.length() + 1);
    }
  }

  private static String hint(Tok last, Tok t) {
    if (last != null && (last.kind() == Kind.VARIABLE || last.kind() == Kind.STRING) && (t.kind() == Kind.VARIABLE || t.kind() == Kind.STRING)) {
      return "two values in a row: quote a value that holds spaces ('{{...}}' == 'a b')";
    }
    if (last != null && last.kind() == Kind.PREFIX && t.kind() == Kind.STRING) {
      return "'" + last.text() + "' cannot apply to a string; compare it instead (x == 'y')";
    }
    return "expected an operand between operators";
  }

  /** A string after =~ or !~ is compiled once, as govaluate does; a bad pattern is a parse error. */
  private static void optimize(List<Tok> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Tok t = tokens.get(i);
      Tok n = tokens.get(i + 1);
      if (t.kind() == Kind.COMPARATOR && (t.text().equals("=~") || t.text().equals("!~")) && n.kind() == Kind.STRING) {
        try {
          tokens.set(i + 1, new Tok(Kind.PATTERN, Evaluator.pattern((String) n.value()), n.text(), n.at()));
        } catch (IllegalArgumentException e) {
          throw new ExpressionException(e.getMessage() + " at character " + (n.at() + 1), n.at() + 1);
        }
      }
    }
  }

  static boolean isTimeText(String s) {
    return GoTime.tryParse(s, TIME_LAYOUTS) != null;
  }

  static Double unixTime(String s) {
    ZonedDateTime t = GoTime.tryParse(s, TIME_LAYOUTS);
    return t == null ? null : (double) t.toEpochSecond();
  }

  static Set<String> symbols(Kind k) {
    return switch (k) {
      case PREFIX -> PREFIX;
      case MODIFIER -> MODIFIER;
      case LOGICALOP -> LOGICAL;
      case COMPARATOR -> COMPARATOR;
      default -> TERNARY;
    };
  }

  static List<Set<String>> levels() {
    return LEVELS;
  }
}
