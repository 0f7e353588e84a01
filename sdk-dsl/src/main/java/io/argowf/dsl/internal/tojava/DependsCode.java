package io.argowf.dsl.internal.tojava;

import io.argowf.dsl.Depends;
import io.argowf.dsl.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A task's {@code depends} in the DSL's result algebra: {@code A && (B.Succeeded || B.Failed)} becomes
 * {@code a.and(b.succeeded().or(b.failed()))}, a plain {@code A && B} becomes {@code dependsOn(a, b)}. What does
 * not parse, names a task that has no variable, or would come out spelled otherwise stays the text it was.
 */
final class DependsCode {
  private static final Pattern TOKEN = Pattern.compile("\\s*(&&|\\|\\||!|\\(|\\)|[^\\s&|!()]+)");
  private static final Map<String, String> RESULTS = Map.of("Succeeded", "succeeded", "Failed", "failed",
      "Errored", "errored", "Skipped", "skipped", "Omitted", "omitted", "Daemoned", "daemoned",
      "AnySucceeded", "anySucceeded", "AllFailed", "allFailed");

  private final Map<String, Js> tasks;
  private List<String> tokens;
  private int at;
  private boolean plain = true;

  DependsCode(Map<String, Js> tasks) {
    this.tasks = tasks;
  }

  /** @return true when the expression names the task, alone or with a result */
  static boolean mentions(String depends, String task) {
    List<String> tokens = Tokens.split(TOKEN, depends);
    if (tokens == null) return depends.contains(task);
    return tokens.stream().anyMatch(t -> t.equals(task) || t.startsWith(task + ".") && RESULTS.containsKey(t.substring(task.length() + 1)));
  }

  void apply(Chain c, String depends) {
    Js parsed = parse(depends);
    if (parsed == null || !((Depends) parsed.live()).expression().equals(depends)) {
      c.call("depends", String.class, Js.string(depends));
    } else if (plain) {
      c.varargs("dependsOn", Task.class, conjuncts);
    } else {
      c.call("depends", Depends.class, parsed);
    }
  }

  private final List<Js> conjuncts = new ArrayList<>();

  private Js parse(String depends) {
    tokens = Tokens.split(TOKEN, depends);
    if (tokens == null || tokens.isEmpty()) return null;
    at = 0;
    try {
      Js e = or(true);
      return at == tokens.size() ? e : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Js or(boolean top) {
    Js left = and(top);
    while (peek("||")) {
      at++;
      plain = false;
      left = combine(left, "or", and(false));
    }
    return left;
  }

  private Js and(boolean top) {
    Js left = unary(top);
    while (peek("&&")) {
      at++;
      left = combine(left, "and", unary(top));
    }
    return left;
  }

  private Js unary(boolean top) {
    if (peek("!")) {
      at++;
      plain = false;
      Js inner = unary(false);
      return Js.of(((Depends) inner.live()).not(), "$L.not()", inner.code());
    }
    if (peek("(")) {
      at++;
      plain = false;
      Js inner = or(false);
      if (!peek(")")) throw new IllegalArgumentException("unclosed");
      at++;
      return inner;
    }
    if (at >= tokens.size()) throw new IllegalArgumentException("end");
    String name = tokens.get(at++);
    Js atom = atom(name);
    if (top && atom.live() instanceof Task) conjuncts.add(atom);
    else plain = false;
    return atom;
  }

  private Js atom(String token) {
    Js task = tasks.get(token);
    if (task != null) return task;
    int dot = token.lastIndexOf('.');
    if (dot > 0 && RESULTS.containsKey(token.substring(dot + 1)) && tasks.containsKey(token.substring(0, dot))) {
      Js t = tasks.get(token.substring(0, dot));
      String method = RESULTS.get(token.substring(dot + 1));
      return Js.of(Reflect.call(t.live(), method, new Class<?>[0]), "$L.$L()", t.code(), method);
    }
    throw new IllegalArgumentException(token);
  }

  private static Js combine(Js left, String method, Js right) {
    Depends l = (Depends) left.live();
    Depends r = (Depends) right.live();
    Object live = method.equals("and") ? l.and(r) : l.or(r);
    return Js.of(live, "$L.$L($L)", left.code(), method, right.code());
  }

  private boolean peek(String token) {
    return at < tokens.size() && tokens.get(at).equals(token);
  }
}
