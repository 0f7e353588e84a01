package io.argowf.dsl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tasks in a line, each group depending on the group before it: Hera's {@code a >> [b, c] >> d} is
 * {@code a.then(b, c).then(d)}. Give the chain to {@link DagTemplate#tasks(TaskChain...)}; its tasks are added in
 * order, and a task in several chains depends on the tasks before it in each.
 *
 * <pre>{@code
 * dag("diamond").tasks(a.then(b, c).then(d));   // B, C depend on A; D depends on B && C
 * }</pre>
 */
public final class TaskChain {
  private final List<Task> tasks;
  private final List<Task> last;

  TaskChain(List<Task> tasks, List<Task> last) {
    this.tasks = List.copyOf(tasks);
    this.last = List.copyOf(last);
  }

  /** The next group: these tasks run after every task of the last group, in parallel with each other. */
  public TaskChain then(Task... next) {
    if (next.length == 0) throw new IllegalArgumentException("then(): expected at least one task");
    for (Task t : next) last.forEach(t::after);
    Set<Task> all = new LinkedHashSet<>(tasks);
    all.addAll(List.of(next));
    return new TaskChain(new ArrayList<>(all), List.of(next));
  }

  /** Every task of the chain, in the order first met. */
  public List<Task> tasks() {
    return tasks;
  }
}
