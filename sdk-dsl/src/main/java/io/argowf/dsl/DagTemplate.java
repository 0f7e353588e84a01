package io.argowf.dsl;

import io.argowf.model.workflow.DAGTemplate;
import io.argowf.model.workflow.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A template that runs tasks as soon as their dependencies are met.
 *
 * <pre>{@code
 * var a = echo.task("A").with(message, "A");
 * var b = echo.task("B").with(message, "B").dependsOn(a);
 * var c = echo.task("C").with(message, "C").dependsOn(a);
 * dag("diamond").tasks(a, b, c, echo.task("D").with(message, "D").dependsOn(b, c));
 * }</pre>
 */
public final class DagTemplate extends BaseTemplate<DagTemplate> {
  private final List<Task> tasks = new ArrayList<>();
  private String target;
  private Boolean failFast;

  DagTemplate(String name) {
    super(name);
  }

  /**
   * Adds tasks, in the order the manifest lists them.
   */
  public DagTemplate tasks(Task... tasks) {
    this.tasks.addAll(List.of(tasks));
    return this;
  }

  /**
   * Adds the tasks of chains, in order (each once), with the dependencies the chains give them.
   *
   * <pre>{@code
   * dag("pipeline").tasks(fetch.then(clean, validate).then(train).then(evaluate));
   * }</pre>
   */
  public DagTemplate tasks(TaskChain... chains) {
    for (TaskChain c : chains) {
      c.tasks().stream().filter(t -> !tasks.contains(t)).forEach(tasks::add);
    }
    return this;
  }

  /**
   * Runs only these tasks and what they depend on.
   *
   * @param targets the tasks to reach
   */
  public DagTemplate target(Task... targets) {
    this.target = String.join(" ", java.util.Arrays.stream(targets).map(Task::name).toList());
    return this;
  }

  /**
   * Lets running tasks go on after one fails (Argo stops scheduling new ones by default).
   */
  public DagTemplate noFailFast() {
    this.failFast = false;
    return this;
  }

  /**
   * Runs at most this many tasks of this DAG at once.
   *
   * @param limit e.g. {@code 2}
   */
  public DagTemplate parallelism(int limit) {
    return set(t -> t.withParallelism(limit));
  }

  @Override
  Template complete(Template common) {
    return common.withDag(DAGTemplate.builder()
        .tasks(tasks.stream().map(Task::toModel).toList()).target(target).failFast(failFast).build());
  }

  @Override
  void calls(String path, BiConsumer<String, Call<?>> each) {
    for (int i = 0; i < tasks.size(); i++) tasks.get(i).visit(path + ".dag.tasks[" + i + "]", each);
  }

  @Override
  List<BaseTemplate<?>> uses() {
    return tasks.stream().flatMap(t -> t.uses().stream()).toList();
  }
}
