package io.argowf.model.expr;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Evaluates an expr-lang tree over an environment with expr's runtime rules: int and float arithmetic as Go does
 * it, nil-safe {@code ?.} chains, {@code ??}, predicates with {@code #}, and Argo's functions next to the builtins.
 * Failures name the sub-expression that failed.
 */
final class Evaluator {
  private static final Object CHAIN_NIL = new Object();
  private static final Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

  private final String source;
  private final Map<String, ?> env;
  private final Map<String, Object> locals = new HashMap<>();
  /** The innermost predicate's element, index and accumulator. */
  private Frame frame;

  record Frame(Object element, long index, Object acc, Frame outer) {}

  Evaluator(String source, Map<String, ?> env) {
    this.source = source;
    this.env = env;
  }

  Object run(Node n) {
    return eval(n);
  }

  // ---- errors

  ExpressionException fail(Node n, String why) {
    return new ExpressionException("cannot evaluate `" + text(n) + "` (at character " + (n.start() + 1) + "): " + why, n.start() + 1);
  }

  String text(Node n) {
    return source.substring(Math.max(0, n.start()), Math.min(source.length(), Math.max(n.start(), n.end()))).strip();
  }

  // ---- nodes

  Object eval(Node n) {
    try {
      return node(n);
    } catch (ExpressionException e) {
      throw e;
    } catch (RuntimeException e) {
      throw fail(n, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  private Object node(Node n) {
    if (n instanceof Node.Literal l) return l.value();
    if (n instanceof Node.Identifier id) return identifier(id, false);
    if (n instanceof Node.Pointer p) return pointer(p);
    if (isChain(n)) return unchain(chain(n, false));
    if (n instanceof Node.Builtin b) return Builtins.call(this, b);
    if (n instanceof Node.Unary u) return unary(u);
    if (n instanceof Node.Binary b) return Operators.binary(this, b);
    if (n instanceof Node.Conditional c) {
      return bool(c.condition(), eval(c.condition()), "the condition of ?:") ? eval(c.then()) : eval(c.otherwise());
    }
    if (n instanceof Node.Array a) return array(a);
    if (n instanceof Node.MapLiteral m) return map(m);
    if (n instanceof Node.Let l) return let(l);
    if (n instanceof Node.Sequence s) return sequence(s);
    throw fail(n, "a predicate can only be an argument of a builtin such as filter or map");
  }

  private static boolean isChain(Node n) {
    return n instanceof Node.Member || n instanceof Node.Slice || n instanceof Node.Call;
  }

  /** The left side of ??: unknown names and fetches from nil read as nil. */
  Object lenient(Node n) {
    try {
      if (n instanceof Node.Identifier id) return identifier(id, true);
      if (isChain(n)) return unchain(chain(n, true));
      return eval(n);
    } catch (ExpressionException e) {
      throw e;
    } catch (RuntimeException e) {
      throw fail(n, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  private static Object unchain(Object v) {
    return v == CHAIN_NIL ? null : v;
  }

  private Object identifier(Node.Identifier id, boolean lenient) {
    String name = id.name();
    if (locals.containsKey(name)) return locals.get(name);
    if (env.containsKey(name)) return Values.normalize(env.get(name));
    Object argo = ArgoFunctions.value(name);
    if (argo != null) return argo;
    if (lenient) return null;
    throw fail(id, "unknown name " + name + " (the environment has " + names() + ")");
  }

  private String names() {
    List<String> keys = new ArrayList<>();
    for (String k : env.keySet()) keys.add(k);
    java.util.Collections.sort(keys);
    if (keys.isEmpty()) return "no variables";
    return keys.size() > 12 ? String.join(", ", keys.subList(0, 12)) + ", ..." : String.join(", ", keys);
  }

  private Object pointer(Node.Pointer p) {
    if (frame == null) throw fail(p, "# is only set inside a predicate");
    switch (p.name()) {
      case "":
        return frame.element();
      case "index":
        return frame.index();
      case "acc":
        return frame.acc();
      default:
        throw fail(p, "unknown pointer #" + p.name() + "; use #, #index or #acc");
    }
  }

  // ---- member chains: a?.b.c is nil as a whole when a is nil

  private Object target(Node n, boolean lenient) {
    if (isChain(n)) return chain(n, lenient);
    if (n instanceof Node.Identifier id) return identifier(id, lenient);
    return eval(n);
  }

  private Object chain(Node n, boolean lenient) {
    if (n instanceof Node.Member m) return member(m, lenient);
    if (n instanceof Node.Slice s) return slice(s, lenient);
    return call((Node.Call) n, lenient);
  }

  private Object member(Node.Member m, boolean lenient) {
    Object t = target(m.target(), lenient);
    if (t == CHAIN_NIL) return CHAIN_NIL;
    if (t == null && (m.optional() || lenient)) return CHAIN_NIL;
    Object key = eval(m.property());
    try {
      return fetch(t, key);
    } catch (IllegalArgumentException e) {
      throw fail(m, e.getMessage());
    }
  }

  static Object fetch(Object t, Object key) {
    if (t == null) throw new IllegalArgumentException("cannot fetch " + GoFormat.value(key) + " from nil");
    if (t instanceof Map<?, ?> map) return Values.normalize(map.get(key instanceof Long l && !map.containsKey(l) ? String.valueOf(l) : key));
    if (t instanceof List<?> list) return Values.normalize(list.get(index(key, list.size())));
    if (t instanceof String s) {
      byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      return (long) (bytes[index(key, bytes.length)] & 0xff);
    }
    if (key instanceof String name) {
      Fn method = GoTime.method(t, name);
      if (method != null) return method;
      if (t instanceof Sprig.Namespace) {
        Fn f = Sprig.function(name);
        if (f != null) return f;
        throw new IllegalArgumentException("sprig has no function " + name);
      }
    }
    throw new IllegalArgumentException("cannot fetch " + GoFormat.value(key) + " from " + Values.type(t));
  }

  private static int index(Object key, int size) {
    if (!Values.isNumber(key)) throw new IllegalArgumentException("an index must be a number, not " + Values.type(key));
    long i = Values.toLong(key);
    long at = i < 0 ? size + i : i;
    if (at < 0 || at >= size) throw new IllegalArgumentException("index out of range: " + i + " (array length is " + size + ")");
    return (int) at;
  }

  private Object slice(Node.Slice s, boolean lenient) {
    Object t = target(s.target(), lenient);
    if (t == CHAIN_NIL) return CHAIN_NIL;
    int len;
    if (t instanceof List<?> l) len = l.size();
    else if (t instanceof String str) len = str.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    else throw fail(s, "cannot slice " + Values.type(t));
    long from = s.from() == null ? 0 : integer(s.from(), eval(s.from()), "a slice bound");
    long to = s.to() == null ? len : integer(s.to(), eval(s.to()), "a slice bound");
    if (from < 0) from = Math.max(0, len + from);
    if (to < 0) to = Math.max(0, len + to);
    to = Math.min(to, len);
    from = Math.min(from, to);
    if (t instanceof List<?> l) return new ArrayList<Object>(l.subList((int) from, (int) to));
    byte[] bytes = ((String) t).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return new String(bytes, (int) from, (int) (to - from), java.nio.charset.StandardCharsets.UTF_8);
  }

  private Object call(Node.Call c, boolean lenient) {
    Object f;
    if (c.callee() instanceof Node.Member m) {
      f = member(m, lenient);
      if (f == CHAIN_NIL) return CHAIN_NIL;
    } else {
      f = identifier((Node.Identifier) c.callee(), false);
    }
    if (!(f instanceof Fn fn)) throw fail(c.callee(), text(c.callee()) + " is " + Values.type(f) + ", not a function");
    List<Object> args = new ArrayList<>(c.arguments().size());
    for (Node a : c.arguments()) args.add(eval(a));
    try {
      return Values.normalize(fn.call(args));
    } catch (ExpressionException e) {
      throw e;
    } catch (ClassCastException e) {
      throw fail(c, "wrong argument types (" + types(args) + ")");
    } catch (IndexOutOfBoundsException e) {
      throw fail(c, "not enough arguments (" + args.size() + " given)");
    } catch (RuntimeException e) {
      throw fail(c, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  static String types(List<Object> args) {
    List<String> t = new ArrayList<>();
    for (Object a : args) t.add(Values.type(a));
    return String.join(", ", t);
  }

  // ---- operators and literals

  private Object unary(Node.Unary u) {
    Object v = eval(u.operand());
    return switch (u.operator()) {
      case "!", "not" -> !bool(u.operand(), v, "'" + u.operator() + "'");
      case "-" -> {
        if (v instanceof Long l) yield -l;
        if (v instanceof Double d) yield -d;
        if (v instanceof Duration d) yield d.negated();
        throw fail(u, "invalid operation: -" + Values.type(v));
      }
      default -> {
        if (Values.isNumber(v)) yield v;
        throw fail(u, "invalid operation: +" + Values.type(v));
      }
    };
  }

  boolean bool(Node n, Object v, String what) {
    if (v instanceof Boolean b) return b;
    throw fail(n, what + " needs a bool, but this is " + Values.type(v) + " (" + GoFormat.value(v) + ")");
  }

  long integer(Node n, Object v, String what) {
    if (Values.isNumber(v)) return Values.toLong(v);
    throw fail(n, what + " must be a number, not " + Values.type(v));
  }

  private Object array(Node.Array a) {
    List<Object> out = new ArrayList<>(a.items().size());
    for (Node item : a.items()) out.add(eval(item));
    return out;
  }

  private Object map(Node.MapLiteral m) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < m.keys().size(); i++) {
      Object k = eval(m.keys().get(i));
      out.put(k instanceof String s ? s : GoFormat.value(k), eval(m.values().get(i)));
    }
    return out;
  }

  private Object let(Node.Let l) {
    boolean had = locals.containsKey(l.name());
    Object before = locals.get(l.name());
    locals.put(l.name(), eval(l.value()));
    try {
      return eval(l.body());
    } finally {
      if (had) locals.put(l.name(), before);
      else locals.remove(l.name());
    }
  }

  private Object sequence(Node.Sequence s) {
    Object last = null;
    for (Node item : s.items()) last = eval(item);
    return last;
  }

  // ---- predicates

  /** Evaluates a predicate's body for one element. */
  Object apply(Node closure, Object element, long index, Object acc) {
    Node body = closure instanceof Node.Closure c ? c.body() : closure;
    Frame saved = frame;
    frame = new Frame(element, index, acc, saved);
    try {
      return eval(body);
    } finally {
      frame = saved;
    }
  }

  static Pattern pattern(String regex) {
    Pattern p = PATTERNS.get(regex);
    if (p != null) return p;
    try {
      p = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("error parsing regexp: " + e.getDescription() + ": `" + regex + "`");
    }
    if (PATTERNS.size() < 1000) PATTERNS.put(regex, p);
    return p;
  }

  static boolean isTime(Object v) {
    return v instanceof ZonedDateTime;
  }
}
