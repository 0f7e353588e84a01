package io.argowf.dsl;

import io.argowf.model.workflow.DAGTask;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One task of a {@link DagTemplate}: a template run with arguments once its dependencies are met. Its
 * outputs render {@code {{tasks.NAME...}}}; tasks that use them must depend on it. As a {@link Depends}
 * it means "completed as expected"; its results ({@link #succeeded()}, {@link #failed()}, ...) are the
 * finer conditions.
 *
 * <pre>{@code
 * var a = echo.task("A").with(message, "A");
 * var b = echo.task("B").with(message, "B").dependsOn(a);
 * var c = echo.task("C").with(message, "C").dependsOn(a);
 * dag("diamond").tasks(a, b, c, echo.task("D").with(message, "D").dependsOn(b, c));
 * }</pre>
 */
public final class Task extends Call<Task> implements Depends {
  private final List<UnaryOperator<DAGTask>> customizers = new ArrayList<>();
  private String depends;
  private final List<Task> after = new ArrayList<>();

  Task(String name, BaseTemplate<?> template) {
    super(name, template, null);
  }

  Task(String name, TemplateReference ref) {
    super(name, null, ref);
  }

  @Override
  String scope() {
    return "tasks";
  }

  /**
   * Runs after all these tasks completed as expected.
   *
   * @param tasks the tasks before this one
   */
  public Task dependsOn(Task... tasks) {
    return depends(tasks.length == 1 ? tasks[0] : Depends.all(Arrays.copyOf(tasks, tasks.length, Depends[].class)));
  }

  /**
   * Runs when the condition holds.
   *
   * @param condition e.g. {@code a.and(c.succeeded().or(c.failed()))}
   */
  public Task depends(Depends condition) {
    this.depends = condition.expression();
    return this;
  }

  /**
   * Runs when the condition, written by hand, holds (the escape hatch).
   *
   * @param expression e.g. {@code A && (C.Succeeded || C.Failed)}
   */
  public Task depends(String expression) {
    this.depends = expression;
    return this;
  }

  /**
   * Starts a chain: these tasks run after this one, in parallel with each other (Hera's {@code a >> [b, c]}).
   *
   * <pre>{@code
   * dag("diamond").tasks(a.then(b, c).then(d));
   * }</pre>
   */
  public TaskChain then(Task... next) {
    return new TaskChain(List.of(this), List.of(this)).then(next);
  }

  void after(Task before) {
    if (!after.contains(before)) after.add(before);
  }

  private String dependsExpression() {
    if (after.isEmpty()) return depends;
    String chained = after.stream().map(Task::name).collect(Collectors.joining(" && "));
    return depends == null ? chained : (depends.contains("||") ? "(" + depends + ")" : depends) + " && " + chained;
  }

  /** @return the task's name: "completed as expected" */
  @Override
  public String expression() {
    return name;
  }

  /** @return {@code NAME.Succeeded} */
  public Depends succeeded() {
    return result("Succeeded");
  }

  /** @return {@code NAME.Failed} */
  public Depends failed() {
    return result("Failed");
  }

  /** @return {@code NAME.Errored} */
  public Depends errored() {
    return result("Errored");
  }

  /** @return {@code NAME.Skipped} */
  public Depends skipped() {
    return result("Skipped");
  }

  /** @return {@code NAME.Omitted} */
  public Depends omitted() {
    return result("Omitted");
  }

  /** @return {@code NAME.Daemoned} */
  public Depends daemoned() {
    return result("Daemoned");
  }

  /** @return {@code NAME.AnySucceeded}, for a task with a loop */
  public Depends anySucceeded() {
    return result("AnySucceeded");
  }

  /** @return {@code NAME.AllFailed}, for a task with a loop */
  public Depends allFailed() {
    return result("AllFailed");
  }

  private Depends result(String result) {
    return Depends.raw(name + "." + result);
  }

  /**
   * Changes the task as the model writes it, for what the DSL has no word for; applied by {@link #toModel()}, in order.
   *
   * <pre>{@code
   * echo.task("A").customize(t -> t.withDependencies(List.of("B")));
   * }</pre>
   *
   * @param change a transform of the model's task
   * @return this
   */
  public Task customize(UnaryOperator<DAGTask> change) {
    customizers.add(Objects.requireNonNull(change, "change"));
    return this;
  }

  /** @return the task as the model writes it, every customization applied */
  public DAGTask toModel() {
    DAGTask built = DAGTask.builder()
        .name(name).template(templateName()).inline(inlineTemplate())
        .templateRef(reference == null ? null : reference.toModel()).arguments(arguments).depends(dependsExpression())
        .continueOn(continueOn).hooks(hooksOrNull()).onExit(onExitName()).when(when)
        .withItems(withItems).withParam(withParam).withSequence(withSequence)
        .build();
    for (UnaryOperator<DAGTask> c : customizers) built = c.apply(built);
    return built;
  }
}
