package io.argowf.dsl;

import static io.argowf.dsl.internal.Lists.plus;

import io.argowf.dsl.internal.Checks;
import io.argowf.dsl.internal.JsonValues;
import io.argowf.model.workflow.Arguments;
import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.ContinueOn;
import io.argowf.model.workflow.Item;
import io.argowf.model.workflow.LifecycleHook;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Sequence;
import io.argowf.model.workflow.Template;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * What steps and tasks share: the template they run, its arguments, a condition, a loop, hooks, and the
 * handles to their outputs.
 *
 * <pre>{@code
 * var render = blender.step("render")
 *     .with(start, item("start")).with(stop, item("stop"))
 *     .withParam(slice.result());
 * }</pre>
 *
 * @param <SELF> {@link Step} or {@link Task}
 */
public abstract sealed class Call<SELF extends Call<SELF>> permits Step, Task {
  final String name;
  final BaseTemplate<?> template;
  final TemplateReference reference;
  Arguments arguments;
  String when;
  List<Item> withItems;
  String withParam;
  Sequence withSequence;
  ContinueOn continueOn;
  BaseTemplate<?> onExit;
  boolean inline;
  private boolean aggregatedUsed;
  final Map<String, LifecycleHook> hooks = new LinkedHashMap<>();
  final List<BaseTemplate<?>> hookTemplates = new ArrayList<>();

  Call(String name, BaseTemplate<?> template, TemplateReference reference) {
    this.name = Objects.requireNonNull(name, "name");
    this.template = template;
    this.reference = reference;
  }

  @SuppressWarnings("unchecked")
  final SELF self() {
    return (SELF) this;
  }

  /** @return {@code steps} or {@code tasks}, how Argo's expressions name siblings */
  abstract String scope();

  /** @return the name */
  public String name() {
    return name;
  }

  /**
   * Passes a value to one of the template's input parameters.
   *
   * @param input the template's input
   * @param value a string or a handle, e.g. {@code generate.result()} or {@code item("start")}
   */
  public SELF with(InputParam input, CharSequence value) {
    Parameter p = Parameter.builder().name(input.name()).value(value.toString()).build();
    arguments = args().withParameters(plus(args().parameters(), p));
    return self();
  }

  /**
   * Passes a number to one of the template's input parameters.
   *
   * @param input the template's input
   * @param value the number
   */
  public SELF with(InputParam input, long value) {
    return with(input, String.valueOf(value));
  }

  /**
   * Passes a Java value to one of the template's input parameters: numbers as Go writes them, lists, maps, sets and
   * records as JSON ({@code ["a.txt","b.txt"]}), maps without an order of their own in sorted key order.
   *
   * <pre>{@code
   * count.step("count").with(files, List.of("a.txt", "b.txt"));   // value: '["a.txt","b.txt"]'
   * }</pre>
   */
  public SELF with(InputParam input, Object value) {
    return with(input, JsonValues.text(Objects.requireNonNull(value, "value")));
  }

  /**
   * Passes another node's output artifact to one of the template's input artifacts.
   *
   * @param input the template's input
   * @param from e.g. {@code generate.artifact(helloArt)}
   */
  public SELF with(InputArtifact input, CharSequence from) {
    return with(input, Artifact.builder().name(input.name()).from(from.toString()).build());
  }

  /**
   * Passes an artifact from a repository to one of the template's input artifacts.
   *
   * @param input the template's input
   * @param source where it comes from, e.g. {@code Artifact.builder().s3(...).build()} (its name is replaced)
   */
  public SELF with(InputArtifact input, Artifact source) {
    arguments = args().withArtifacts(plus(args().artifacts(), source.withName(input.name())));
    return self();
  }

  /**
   * Passes an artifact from storage to one of the template's input artifacts.
   *
   * <pre>{@code
   * train.step("train").with(dataset, s3("datasets", "2024/train.parquet"));
   * }</pre>
   */
  public SELF with(InputArtifact input, Storage storage) {
    return with(input, storage.named(input.name()));
  }

  /**
   * Passes a Java step's typed output to this Java step's input. Renaming either component is a compile error;
   * a type mismatch is one when {@code from} is held in a typed variable, and fails at this call otherwise
   * ({@link #with(Component)} makes it a compile error in every case).
   *
   * <pre>{@code
   * train.task("train").with(TrainIn::dataset, prep.output(PrepOut::data));
   * }</pre>
   *
   * @param input a component of the input record of the Java step this runs
   * @param from e.g. {@code prep.output(PrepOut::data)}
   * @throws IllegalArgumentException when this does not run a Java step with that input, or the types differ
   */
  public <R, T> SELF with(Component<R, T> input, TypedOutput<T> from) {
    return JavaCalls.with(self(), input, from);
  }

  /**
   * Starts passing a value to a Java step's input; the compiler checks the value's type against the
   * component's, whatever the value is.
   *
   * <pre>{@code
   * train.task("train")
   *     .with(TrainIn::dataset).from(prep.output(PrepOut::data))
   *     .with(TrainIn::epochs).value(20)                       // .value("20") does not compile
   *     .with(TrainIn::split).expr(item());                    // any Argo expression, checked by Lint
   * }</pre>
   *
   * @param input a component of the input record of the Java step this runs
   * @throws IllegalArgumentException when this does not run a Java step with that input
   */
  public <R, T> TypedInput<SELF, T> with(Component<R, T> input) {
    return new TypedInput<>(self(), JavaCalls.input(this, input));
  }

  /**
   * One of a Java step's outputs, typed, for another Java step's input or as a handle.
   *
   * <pre>{@code
   * TypedOutput<Double> accuracy = evaluate.output(EvalOut::accuracy);   // {{tasks.evaluate.outputs.parameters.accuracy}}
   * }</pre>
   *
   * @param output a component of the output record of the Java step this runs
   * @throws IllegalArgumentException when this does not run a Java step with that output record
   */
  public <R, T> TypedOutput<T> output(Component<R, T> output) {
    return JavaCalls.output(this, output);
  }

  private Arguments args() {
    return arguments == null ? Arguments.builder().build() : arguments;
  }

  /**
   * Writes the template inside this step or task ({@code inline:}) instead of naming it: a one-off template
   * that is not listed among the workflow's templates. The templates it runs are collected as usual.
   *
   * <pre>{@code
   * dag("main").tasks(container("say").image("argoproj/argosay:v2").task("a").inline());
   * }</pre>
   *
   * @throws IllegalStateException for a {@code templateRef}, which names a template elsewhere
   */
  public SELF inline() {
    if (template == null) throw new IllegalStateException(name + " runs a templateRef, which cannot be written inline");
    this.inline = true;
    return self();
  }

  /**
   * Runs only when the condition holds.
   *
   * @param condition e.g. {@code flip.result().eq("heads")} or a raw {@code "{{=...}}"} expression
   */
  public SELF when(CharSequence condition) {
    this.when = condition.toString();
    return self();
  }

  /**
   * Runs only when the typed condition holds.
   *
   * <pre>{@code
   * heads.step("heads").when(flip.result().eq("heads"));
   * publish.task("publish").when(evaluate.output(accuracy).ge(0.9).and(dryRun.eq(false)));
   * }</pre>
   */
  public SELF when(Condition condition) {
    this.when = condition.when();
    return self();
  }

  /**
   * Runs once per item; {@link Argo#item()} is the current one.
   *
   * @param items strings, numbers, maps or lists, computed in Java if you like
   */
  public SELF withItems(Object... items) {
    return withItems(List.of(items));
  }

  /**
   * Runs once per item; {@link Argo#item()} is the current one.
   *
   * @param items strings, numbers, maps or lists, computed in Java if you like
   */
  public SELF withItems(Collection<?> items) {
    this.withItems = JsonValues.items(items);
    return self();
  }

  /**
   * Runs once per element of a JSON list known at run time.
   *
   * @param jsonList e.g. {@code generate.result()}
   */
  public SELF withParam(CharSequence jsonList) {
    this.withParam = jsonList.toString();
    return self();
  }

  /**
   * Runs once per number of a sequence.
   *
   * @param sequence e.g. {@code count(5)} or {@code range(100, 105)}
   */
  public SELF withSequence(Sequence sequence) {
    this.withSequence = sequence;
    return self();
  }

  /**
   * Lets the workflow go on when this fails.
   */
  public SELF continueOnFailed() {
    this.continueOn = ContinueOn.builder().failed(true).build();
    return self();
  }

  /**
   * Lets the workflow go on when this errors.
   */
  public SELF continueOnError() {
    this.continueOn = ContinueOn.builder().error(true).build();
    return self();
  }

  /**
   * Runs a template after this one, whatever its outcome.
   */
  public SELF onExit(BaseTemplate<?> handler) {
    this.onExit = handler;
    return self();
  }

  /**
   * Runs a template on a lifecycle event, e.g. {@code exit}.
   *
   * @param event {@code exit}, or a hook name used with an expression
   * @param handler the template to run
   */
  public SELF hook(String event, BaseTemplate<?> handler) {
    return hook(event, LifecycleHook.builder().template(handler.name()).build(), handler);
  }

  /**
   * Runs a template when an expression becomes true.
   *
   * @param expression e.g. {@code steps["step1"].status == "Running"}
   * @param handler the template to run
   */
  public SELF hook(String name, String expression, BaseTemplate<?> handler) {
    return hook(name, LifecycleHook.builder().expression(expression).template(handler.name()).build(), handler);
  }

  /**
   * Runs a template when a typed condition becomes true.
   *
   * <pre>{@code
   * train.task("train").hook("running", train.task("train").status().eq(NodeStatus.RUNNING), notify);
   * }</pre>
   */
  public SELF hook(String name, Condition condition, BaseTemplate<?> handler) {
    return hook(name, condition.expression(), handler);
  }

  private SELF hook(String name, LifecycleHook hook, BaseTemplate<?> handler) {
    hooks.put(name, hook);
    hookTemplates.add(handler);
    return self();
  }

  /** @return the standard output of a script or container, e.g. {@code {{steps.gen.outputs.result}}} */
  public Expr result() {
    return new Expr(scope() + "." + name + ".outputs.result");
  }

  /**
   * One of the template's output parameters.
   *
   * @param output the template's declaration
   * @return e.g. {@code {{tasks.train.outputs.parameters.model}}}
   */
  public Expr output(OutputParam output) {
    return new Expr(scope() + "." + name + ".outputs.parameters." + output.name());
  }

  /**
   * One of the template's output artifacts, to pass with {@code with(inputArtifact, ...)}.
   *
   * @param output the template's declaration
   * @return e.g. {@code {{steps.gen.outputs.artifacts.hello-art}}}
   */
  public Expr artifact(OutputArtifact output) {
    return new Expr(scope() + "." + name + ".outputs.artifacts." + output.name());
  }

  /**
   * The outputs of every iteration of this fanned-out step or task, as the JSON list Argo makes of them
   * ({@code ["a","b"]}): a value for a later step, or the {@code withParam} of another fan-out. The call needs a
   * loop ({@code withItems}, {@code withParam} or {@code withSequence}); {@code build()} says so otherwise.
   *
   * <pre>{@code
   * var scores = score.task("score").with(shard, item()).withParam(shards);
   * var best = pick.task("pick").with(all, scores.aggregated(scoreOut)).dependsOn(scores);   // a JSON list
   * var again = rescore.task("again").with(value, item()).withParam(scores.aggregated(scoreOut));
   * }</pre>
   */
  public Expr aggregated(OutputParam output) {
    aggregatedUsed = true;
    return output(output);
  }

  /**
   * Like {@link #aggregated(OutputParam)}, for a Java step's output: the list of every iteration's value, typed,
   * for another Java step's input of type {@code List<T>} (a primitive boxed). Artifacts are not gathered.
   *
   * <pre>{@code
   * var scores = score.task("score").with(ScoreIn::shard).expr(item()).withParam(shards);
   * pick.task("pick").with(PickIn::scores).from(scores.aggregated(ScoreOut::score)).dependsOn(scores);   // List<Double>
   * }</pre>
   *
   * @param output a parameter component of the output record of the Java step this runs
   * @throws IllegalArgumentException when this does not run a Java step with that output, or it is a {@code Path}
   */
  public <R, T> TypedOutput<List<T>> aggregated(Component<R, T> output) {
    TypedOutput<List<T>> all = JavaCalls.aggregated(this, output);
    aggregatedUsed = true;
    return all;
  }

  /** Like {@link #aggregated(OutputParam)}, for the standard output of each iteration: a JSON list of results. */
  public Expr aggregatedResults() {
    aggregatedUsed = true;
    return result();
  }

  /** @return an error when {@link #aggregated} was used on a call without a loop, else null */
  String aggregatedWithoutLoop() {
    if (!aggregatedUsed || withItems != null || withParam != null || withSequence != null) return null;
    return who() + " has no loop (withItems, withParam or withSequence), so its outputs are one value, not the list"
        + " aggregated() stands for; use output(...) or result(), or add the loop";
  }

  /** @return the main container's exit code, e.g. {@code {{steps.run.exitCode}}} */
  public Expr exitCode() {
    return new Expr(scope() + "." + name + ".exitCode");
  }

  /** @return the node's status, e.g. {@code {{steps.run.status}}} */
  public Expr status() {
    return new Expr(scope() + "." + name + ".status");
  }

  /** @return the templates this step or task runs, itself first (or, inline, the templates it runs) */
  List<BaseTemplate<?>> uses() {
    List<BaseTemplate<?>> used = new ArrayList<>();
    if (inline) {
      used.addAll(template.uses());
    } else if (template != null) {
      used.add(template);
    }
    if (onExit != null) used.add(onExit);
    used.addAll(hookTemplates);
    return used;
  }

  /** Hands this call, and those of the template it holds inline, to {@code each}. */
  void visit(String path, BiConsumer<String, Call<?>> each) {
    each.accept(path, this);
    if (inline) template.calls(path + ".inline", each);
  }

  /** @return e.g. {@code step 'hello'}, for messages */
  String who() {
    return (scope().equals("steps") ? "step '" : "task '") + name + "'";
  }

  /** @return the template this runs, or null when it is a reference to a template not given */
  Template callee(Collection<?> given) {
    return inline ? inlineTemplate() : template != null ? template.toModel() : Checks.referenced(reference.toModel(), given);
  }

  String templateName() {
    return template == null || inline ? null : template.name();
  }

  /** @return the template written inline (without a name, as Argo has it), or null */
  Template inlineTemplate() {
    return inline ? template.toModel().withName(null) : null;
  }

  Map<String, LifecycleHook> hooksOrNull() {
    return hooks.isEmpty() ? null : new LinkedHashMap<>(hooks);
  }

  String onExitName() {
    return onExit == null ? null : onExit.name();
  }
}
