package io.argowf.model.internal.lint;

import io.argowf.model.workflow.DAGTask;
import io.argowf.model.workflow.DAGTemplate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A DAG's shape: task names, {@code dependencies} and {@code depends}, cycles and the target. Computes each
 * task's direct parents; the full ancestry (bit sets in topological order) is built only when a reference names a
 * task that is not a direct parent, so the usual case stays linear in the number of tasks.
 */
final class DagRules {
  /**
   * @param names canonical task name to index
   * @param ancestry which tasks run after which; null when the graph has a cycle
   */
  record Shape(Map<String, Integer> names, Ancestry ancestry) {}

  /** Which tasks run before which: direct parents at once, transitive ones computed on first need. */
  static final class Ancestry {
    private final List<List<Integer>> parents;
    private final int[] topological;
    private BitSet[] all;

    Ancestry(List<List<Integer>> parents, int[] topological) {
      this.parents = parents;
      this.topological = topological;
    }

    /** @return whether {@code task} runs after {@code other}, directly or through other tasks */
    boolean runsAfter(int task, int other) {
      for (int p : parents.get(task)) {
        if (p == other) return true;
      }
      if (all == null) all = closure();
      return all[task].get(other);
    }

    private BitSet[] closure() {
      int n = topological.length;
      BitSet[] ancestors = new BitSet[n];
      for (int i : topological) {
        BitSet mine = new BitSet(n);
        for (int p : parents.get(i)) {
          mine.or(ancestors[p]);
          mine.set(p);
        }
        ancestors[i] = mine;
      }
      return ancestors;
    }
  }

  private DagRules() {}

  static Shape check(DAGTemplate dag, String path, Problems out) {
    List<DAGTask> tasks = Scope.nonNull(dag.tasks());
    if (tasks.isEmpty()) out.error(path + ".tasks", "a dag needs at least one task");
    Map<String, Integer> names = names(tasks, path, out);
    boolean usingDepends = tasks.stream().anyMatch(t -> t.depends() != null && !t.depends().isBlank());
    List<List<Integer>> parents = new ArrayList<>(tasks.size());
    for (int i = 0; i < tasks.size(); i++) {
      String at = path + ".tasks[" + i + "]";
      checkStyle(tasks.get(i), usingDepends, at, out);
      List<Integer> mine = new ArrayList<>();
      dependencies(tasks.get(i), names, at, out, mine);
      depends(tasks, tasks.get(i), names, at, out, mine);
      parents.add(mine);
    }
    checkTarget(dag, names, path, out);
    return new Shape(names, ancestry(tasks, parents, path, out));
  }

  /** Canonical task name to index; reports missing, malformed and repeated names. */
  private static Map<String, Integer> names(List<DAGTask> tasks, String path, Problems out) {
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < tasks.size(); i++) {
      DAGTask t = tasks.get(i);
      String at = path + ".tasks[" + i + "].name";
      if (t.name() == null || t.name().isEmpty()) {
        out.error(at, "a task needs a name");
        continue;
      }
      String canonical = Tags.canonical(t.name());
      String bad = Names.field(Tags.skeleton(canonical));
      if (bad != null) out.error(at, "task name '" + t.name() + "' " + bad);
      if (names.putIfAbsent(canonical, i) != null) out.error(at, "task name '" + t.name() + "' is used twice in this dag; names must be unique");
    }
    return names;
  }

  /** A dag uses depends or dependencies, not both; continueOn and digit-led names do not mix with them. */
  private static void checkStyle(DAGTask t, boolean usingDepends, String at, Problems out) {
    List<String> dependencies = Scope.nonNull(t.dependencies());
    if (usingDepends && !dependencies.isEmpty()) {
      out.error(at + ".dependencies", "this dag uses depends elsewhere; a dag uses either depends or dependencies, so write this as depends: \""
          + String.join(" && ", dependencies) + "\"");
    }
    if (usingDepends && t.continueOn() != null) {
      out.error(at + ".continueOn", "continueOn does not work with depends; say it in depends instead, e.g. 'A.Succeeded || A.Failed'");
    }
    if (t.name() != null && !t.name().isEmpty() && Character.isDigit(t.name().charAt(0))
        && (usingDepends || !dependencies.isEmpty())) {
      out.error(at + ".name", "task name '" + t.name() + "' starts with a digit, which depends and dependencies cannot name; start it with a letter");
    }
  }

  /** Adds the tasks {@code dependencies} names to {@code parents}; reports names that are not tasks. */
  private static void dependencies(DAGTask t, Map<String, Integer> names, String at, Problems out, List<Integer> parents) {
    List<String> dependencies = Scope.nonNull(t.dependencies());
    for (int k = 0; k < dependencies.size(); k++) {
      Integer p = names.get(dependencies.get(k));
      if (p == null) out.error(at + ".dependencies[" + k + "]", "task '" + dependencies.get(k) + "' does not exist in this dag; " + known(names));
      else parents.add(p);
    }
  }

  /** Adds the tasks {@code depends} names to {@code parents}; reports unknown tasks and results, and bad syntax. */
  private static void depends(List<DAGTask> tasks, DAGTask t, Map<String, Integer> names, String at, Problems out,
      List<Integer> parents) {
    if (t.depends() == null || t.depends().isBlank()) return;
    List<Depends.Ref> refs;
    try {
      refs = Depends.parse(t.depends());
    } catch (IllegalArgumentException e) {
      out.error(at + ".depends", "depends does not parse: " + e.getMessage()
          + "; write task names joined by &&, || and !, e.g. \"A && (B.Succeeded || C.Failed)\"");
      return;
    }
    for (Depends.Ref r : refs) {
      Integer p = names.get(r.task());
      if (p == null) {
        out.error(at + ".depends", "task '" + r.task() + "' does not exist in this dag; " + known(names));
        continue;
      }
      parents.add(p);
      checkResult(r, tasks.get(p), at, out);
    }
  }

  /** A result a depends reference tests must exist, and the item-only ones need a looped task. */
  private static void checkResult(Depends.Ref r, DAGTask parent, String at, Problems out) {
    if (r.result() == null) return;
    if (!Depends.RESULTS.contains(r.result())) {
      out.error(at + ".depends", "'" + r.task() + "." + r.result() + "' tests an unknown result; use one of "
          + String.join(", ", Depends.RESULTS.stream().sorted().toList()));
    } else if (Depends.ITEM_RESULTS.contains(r.result())
        && Scope.nonNull(parent.withItems()).isEmpty() && parent.withParam() == null && parent.withSequence() == null) {
      out.error(at + ".depends", "'" + r.task() + "." + r.result() + "' is for looped tasks, but task '" + r.task()
          + "' does not loop; use " + r.task() + ".Succeeded or " + r.task() + ".Failed");
    }
  }

  private static void checkTarget(DAGTemplate dag, Map<String, Integer> names, String path, Problems out) {
    if (dag.target() == null || Tags.has(dag.target())) return;
    for (String target : dag.target().trim().split("\\s+")) {
      if (!target.isEmpty() && !names.containsKey(target)) {
        out.error(path + ".target", "target '" + target + "' is not a task of this dag; " + known(names));
      }
    }
  }

  private static Ancestry ancestry(List<DAGTask> tasks, List<List<Integer>> parents, String path, Problems out) {
    int n = tasks.size();
    int[] pending = new int[n];
    List<List<Integer>> children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) children.add(new ArrayList<>());
    for (int i = 0; i < n; i++) {
      for (int p : parents.get(i)) {
        children.get(p).add(i);
        pending[i]++;
      }
    }
    ArrayDeque<Integer> ready = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      if (pending[i] == 0) ready.add(i);
    }
    int[] order = new int[n];
    int sorted = 0;
    while (!ready.isEmpty()) {
      int i = ready.poll();
      order[sorted++] = i;
      for (int c : children.get(i)) {
        if (--pending[c] == 0) ready.add(c);
      }
    }
    if (sorted == n) return new Ancestry(parents, order);
    int start = 0;
    while (pending[start] == 0) start++;
    List<Integer> cycle = cycleFrom(start, parents, pending);
    StringBuilder b = new StringBuilder();
    for (int i : cycle) b.append(tasks.get(i).name()).append(" -> ");
    b.append(tasks.get(cycle.get(0)).name());
    out.error(path + ".tasks[" + cycle.get(0) + "]", "tasks depend on each other in a cycle (" + b
        + "), so none of them can start; remove one of these dependencies");
    return null;
  }

  /** Follows unsorted parents from a task until one repeats: that loop is a cycle. */
  private static List<Integer> cycleFrom(int start, List<List<Integer>> parents, int[] pending) {
    Map<Integer, Integer> seenAt = new HashMap<>();
    List<Integer> walk = new ArrayList<>();
    int i = start;
    while (!seenAt.containsKey(i)) {
      seenAt.put(i, walk.size());
      walk.add(i);
      int next = -1;
      for (int p : parents.get(i)) {
        if (pending[p] > 0) {
          next = p;
          break;
        }
      }
      i = next;
    }
    List<Integer> cycle = new ArrayList<>(walk.subList(seenAt.get(i), walk.size()));
    Collections.reverse(cycle);
    Collections.rotate(cycle, -cycle.indexOf(Collections.min(cycle)));
    return cycle;
  }

  private static String known(Map<String, Integer> names) {
    return "tasks here: " + String.join(", ", names.keySet().stream().sorted().limit(12).map(Tags::show).toList())
        + (names.size() > 12 ? ", ..." : "");
  }
}
