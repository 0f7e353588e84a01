package io.argowf.model.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** expr's builtins that take a predicate: {@code filter(list, # > 1)}, {@code map(list, {#.name})}, reduce, ... */
final class Predicates {
  private Predicates() {}

  static Object call(Evaluator ev, Node.Builtin b) {
    List<Node> args = b.arguments();
    Node listNode = args.get(0);
    Object subject = ev.eval(listNode);
    if (!(subject instanceof List<?>)) {
      throw ev.fail(listNode, b.name() + " needs an array, but this is " + Values.type(subject));
    }
    List<Object> items = Builtins.list(subject);
    Node p = args.size() > 1 ? args.get(1) : null;
    return switch (b.name()) {
      case "all" -> {
        for (int i = 0; i < items.size(); i++) if (!test(ev, p, items, i)) yield false;
        yield true;
      }
      case "none" -> {
        for (int i = 0; i < items.size(); i++) if (test(ev, p, items, i)) yield false;
        yield true;
      }
      case "any" -> {
        for (int i = 0; i < items.size(); i++) if (test(ev, p, items, i)) yield true;
        yield false;
      }
      case "one" -> count(ev, p, items) == 1;
      case "count" -> count(ev, p, items);
      case "filter" -> {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) if (test(ev, p, items, i)) out.add(items.get(i));
        yield out;
      }
      case "map" -> {
        List<Object> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) out.add(ev.apply(p, items.get(i), i, null));
        yield out;
      }
      case "find" -> {
        int i = find(ev, p, items, false);
        yield i < 0 ? null : items.get(i);
      }
      case "findIndex" -> (long) find(ev, p, items, false);
      case "findLast" -> {
        int i = find(ev, p, items, true);
        yield i < 0 ? null : items.get(i);
      }
      case "findLastIndex" -> (long) find(ev, p, items, true);
      case "sum" -> sum(ev, b, p, items);
      case "groupBy" -> groupBy(ev, p, items);
      case "sortBy" -> sortBy(ev, b, p, items);
      default -> reduce(ev, b, p, items);
    };
  }

  private static boolean test(Evaluator ev, Node p, List<Object> items, int i) {
    Object v = ev.apply(p, items.get(i), i, null);
    return ev.bool(p, v, "a predicate");
  }

  private static long count(Evaluator ev, Node p, List<Object> items) {
    long n = 0;
    for (int i = 0; i < items.size(); i++) {
      Object v = items.get(i);
      if (p != null ? test(ev, p, items, i) : Boolean.TRUE.equals(v)) n++;
    }
    return n;
  }

  private static int find(Evaluator ev, Node p, List<Object> items, boolean last) {
    if (last) {
      for (int i = items.size() - 1; i >= 0; i--) if (test(ev, p, items, i)) return i;
    } else {
      for (int i = 0; i < items.size(); i++) if (test(ev, p, items, i)) return i;
    }
    return -1;
  }

  private static Object sum(Evaluator ev, Node.Builtin b, Node p, List<Object> items) {
    long ints = 0;
    double floats = 0;
    boolean isFloat = false;
    for (int i = 0; i < items.size(); i++) {
      Object v = p == null ? items.get(i) : ev.apply(p, items.get(i), i, null);
      if (v instanceof Long l) ints += l;
      else if (v instanceof Double d) {
        floats += d;
        isFloat = true;
      } else {
        throw ev.fail(b, "sum needs numbers, got " + Values.type(v));
      }
    }
    return isFloat ? (Object) (ints + floats) : (Object) ints;
  }

  private static Object groupBy(Evaluator ev, Node p, List<Object> items) {
    Map<Object, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Object key = ev.apply(p, items.get(i), i, null);
      @SuppressWarnings("unchecked")
      List<Object> group = (List<Object>) out.computeIfAbsent(key, k -> new ArrayList<>());
      group.add(items.get(i));
    }
    return out;
  }

  private static Object sortBy(Evaluator ev, Node.Builtin b, Node p, List<Object> items) {
    String order = b.arguments().size() > 2 ? Builtins.str(ev.eval(b.arguments().get(2))) : "asc";
    List<Object[]> keyed = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) keyed.add(new Object[] {ev.apply(p, items.get(i), i, null), items.get(i)});
    try {
      keyed.sort((x, y) -> Operators.compareValues("sortBy", x[0], y[0]));
    } catch (IllegalArgumentException e) {
      throw ev.fail(b, e.getMessage());
    }
    if (order.equals("desc")) java.util.Collections.reverse(keyed);
    else if (!order.equals("asc")) throw ev.fail(b, "unknown order " + order + "; use asc or desc");
    List<Object> out = new ArrayList<>();
    for (Object[] k : keyed) out.add(k[1]);
    return out;
  }

  private static Object reduce(Evaluator ev, Node.Builtin b, Node p, List<Object> items) {
    int start = 0;
    Object acc;
    if (b.arguments().size() > 2) {
      acc = ev.eval(b.arguments().get(2));
    } else {
      if (items.isEmpty()) throw ev.fail(b, "reduce of an empty array needs an initial value");
      acc = items.get(0);
      start = 1;
    }
    for (int i = start; i < items.size(); i++) acc = ev.apply(p, items.get(i), i, acc);
    return acc;
  }
}
