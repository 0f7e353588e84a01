package io.argowf.dsl.internal.tojava;

import io.argowf.dsl.Condition;
import io.argowf.dsl.NodeStatus;
import io.argowf.dsl.WorkflowStatus;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A {@code when} as a {@code Condition}: {@code {{steps.flip.outputs.result}} == heads} becomes
 * {@code flip.result().eq("heads")}, {@code {{inputs.parameters.n}} > 5 && ...} becomes
 * {@code n.gt(5).and(...)}, {@code {{workflow.status}} == Succeeded} becomes {@code WorkflowStatus.SUCCEEDED}. Kept
 * only when the condition renders back to the very text; otherwise the caller writes the text.
 */
final class WhenCode {
  private static final Pattern TOKEN = Pattern.compile(
      "\\s*(&&|\\|\\||==|!=|>=|<=|=~|>|<|!|\\(|\\)|'(?:[^'\\\\]|\\\\.)*'|\\{\\{[^{}]*}}|[^\\s()!&|=<>']+)");
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,17})(\\.[0-9]+)?");
  private static final Map<String, String> OPERATORS = Map.of("==", "eq", "!=", "ne", ">", "gt", ">=", "ge",
      "<", "lt", "<=", "le", "=~", "matches");

  private final Scope scope;
  private List<String> tokens;
  private int at;
  private int handles;

  private WhenCode(Scope scope) {
    this.scope = scope;
  }

  /** @return the condition as code, or null when it does not parse or would render otherwise */
  static Js of(String when, Scope scope, Counts counts) {
    WhenCode w = new WhenCode(scope);
    w.tokens = Tokens.split(TOKEN, when);
    if (w.tokens == null || w.tokens.isEmpty()) return null;
    try {
      Js c = w.or();
      if (w.at != w.tokens.size() || !((Condition) c.live()).when().equals(when)) return null;
      counts.typed += w.handles;
      return c;
    } catch (IllegalArgumentException | ClassCastException e) {
      return null;
    }
  }

  private Js or() {
    Js left = and();
    while (peek("||")) {
      at++;
      left = join(left, "or", and());
    }
    return left;
  }

  private Js and() {
    Js left = unary();
    while (peek("&&")) {
      at++;
      left = join(left, "and", unary());
    }
    return left;
  }

  private Js unary() {
    if (peek("!") && at + 1 < tokens.size() && tokens.get(at + 1).equals("(")) {
      at++;
      Js inner = group();
      return Js.of(((Condition) inner.live()).not(), "$L.not()", inner.code());
    }
    if (peek("(")) return group();
    return comparison();
  }

  private Js group() {
    at++;
    Js inner = or();
    if (!peek(")")) throw new IllegalArgumentException("unclosed (");
    at++;
    return inner;
  }

  private Js comparison() {
    Js left = handle(next());
    String op = next();
    String method = OPERATORS.get(op);
    if (left == null || method == null) throw new IllegalArgumentException("not a comparison");
    String right = next();
    if (right.equals("{{workflow.status}}")) throw new IllegalArgumentException("status on the right");
    if (left.code().toString().equals("workflow-status")) return workflowStatus(op, right);
    Js value = handle(right);
    if (value == null) value = value(right, left, method);
    Object live = Reflect.call(left.live(), method, new Class<?>[] {method.equals("matches") ? String.class : Object.class},
        value.live());
    return Js.of(live, "$L.$L($L)", left.code(), method, value.code());
  }

  private Js workflowStatus(String op, String right) {
    Js status = Words.enumOf(WorkflowStatus.class, right);
    if (!op.equals("==") || status == null) throw new IllegalArgumentException("not a workflow status");
    handles++;
    return status;
  }

  /** @return the handle a {@code {{...}}} (bare or quoted) stands for, or null */
  private Js handle(String token) {
    String t = token.startsWith("'") ? unquote(token) : token;
    if (!t.startsWith("{{") || !t.endsWith("}}") || t.indexOf("{{", 2) >= 0) return null;
    String path = t.substring(2, t.length() - 2);
    if (path.equals("workflow.status")) return Js.of(null, "workflow-status");
    Js h = scope.handle(path);
    if (h == null || !h.live().toString().equals(t)) return null;
    handles++;
    return h;
  }

  private static Js value(String token, Js left, String method) {
    if (token.startsWith("'")) return Js.string(unquote(token));
    if (left.code().toString().endsWith(".status()")) {
      Js status = Words.enumOf(NodeStatus.class, token);
      if (status != null) return status;
    }
    if (token.equals("true") || token.equals("false")) return Js.of(Boolean.valueOf(token), "$L", token);
    if (NUMBER.matcher(token).matches() && !method.equals("matches")) {
      if (token.contains(".")) return Js.of(Double.valueOf(token), "$L", token);
      return Js.of(Long.valueOf(token), token.length() > 9 ? "$LL" : "$L", token);
    }
    return Js.string(token);
  }

  private static String unquote(String quoted) {
    return quoted.substring(1, quoted.length() - 1).replaceAll("\\\\(.)", "$1");
  }

  private static Js join(Js left, String method, Js right) {
    Condition l = (Condition) left.live();
    Condition r = (Condition) right.live();
    return Js.of(method.equals("and") ? l.and(r) : l.or(r), "$L.$L($L)", left.code(), method, right.code());
  }

  private String next() {
    if (at >= tokens.size()) throw new IllegalArgumentException("end");
    return tokens.get(at++);
  }

  private boolean peek(String token) {
    return at < tokens.size() && tokens.get(at).equals(token);
  }
}
