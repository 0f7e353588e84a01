package io.argowf.dsl.internal;

import io.argowf.model.Lint;
import io.argowf.model.workflow.DAGTask;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The dependency graph of a DAG's tasks, from {@code depends} and {@code dependencies}. */
final class Dependencies {
  private static final String RESULTS = "Succeeded|Failed|Errored|Skipped|Omitted|Daemoned|AnySucceeded|AllFailed";
  private final Map<String, Set<String>> direct = new LinkedHashMap<>();

  Dependencies(List<DAGTask> tasks, String path, List<Lint.Problem> problems) {
    tasks.forEach(t -> direct.put(t.name(), new LinkedHashSet<>()));
    for (int i = 0; i < tasks.size(); i++) {
      DAGTask t = tasks.get(i);
      String where = path + ".tasks[" + i + "]" + (t.depends() != null ? ".depends" : ".dependencies");
      List<String> named = new ArrayList<>();
      if (t.depends() != null) named.addAll(names(t.depends()));
      if (t.dependencies() != null) named.addAll(t.dependencies());
      for (String d : named) {
        if (d.equals(t.name())) {
          problems.add(Checks.error(where, "task '" + t.name() + "' depends on itself"));
        } else if (!direct.containsKey(d)) {
          problems.add(Checks.error(where, "task '" + t.name() + "' depends on '" + d + "', which is not a task here; tasks: "
              + String.join(", ", direct.keySet())));
        } else {
          direct.get(t.name()).add(d);
        }
      }
    }
    reportCycle(path, problems);
  }

  /** The task names a {@code depends} expression mentions. */
  static List<String> names(String depends) {
    List<String> names = new ArrayList<>();
    for (String token : depends.replaceAll("&&|\\|\\||[!()]", " ").trim().split("\\s+")) {
      if (!token.isEmpty()) names.add(token.replaceAll("\\.(" + RESULTS + ")$", ""));
    }
    return names;
  }

  Set<String> names() {
    return direct.keySet();
  }

  /** Every task this one waits for, directly or not. */
  Set<String> ancestors(String task) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(direct.getOrDefault(task, Set.of()));
    while (!todo.isEmpty()) {
      String d = todo.pop();
      if (seen.add(d)) todo.addAll(direct.getOrDefault(d, Set.of()));
    }
    return seen;
  }

  private void reportCycle(String path, List<Lint.Problem> problems) {
    for (String task : direct.keySet()) {
      if (ancestors(task).contains(task)) {
        problems.add(Checks.error(path + ".tasks", "tasks depend on each other in a cycle through '" + task
            + "'; a DAG cannot start any of them"));
        return;
      }
    }
  }
}
