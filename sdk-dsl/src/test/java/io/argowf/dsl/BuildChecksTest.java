package io.argowf.dsl;

import static io.argowf.dsl.Argo.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.ArgoVersion;
import io.argowf.model.Lint;
import io.argowf.model.LintException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Misuse that {@code build()} catches, each with the path where it happens. */
class BuildChecksTest {
  private final InputParam message = param("message");
  private final ContainerTemplate echo = container("echo").inputs(message).image("busybox").command("echo", message);
  private final ScriptTemplate gen = script("gen").image("python:3.12").command("python").source("print(1)");

  private static List<String> problems(Runnable build) {
    try {
      build.run();
    } catch (LintException e) {
      return e.problems().stream().filter(Lint.Problem::isError).map(Lint.Problem::toString).toList();
    }
    throw new AssertionError("build() passed");
  }

  @Test
  void anOutputUsedInTheSameGroupAsItsStepIsRefused() {
    var g = gen.step("generate");
    var wf = workflow().generateName("x-")
        .entrypoint(steps("main").thenParallel(g, echo.step("print").with(message, g.result())));
    assertThat(problems(wf::build)).containsExactly(
        "error spec.templates[0].steps[0][1].arguments.parameters[0].value: {{steps.generate.outputs.result}} names step"
            + " 'generate', which does not run before this one; only steps of earlier groups (the outer list) are visible");
  }

  @Test
  void anOutputUsedBeforeItsStepIsRefused() {
    var g = gen.step("generate");
    var wf = workflow().generateName("x-")
        .entrypoint(steps("main").then(echo.step("print").with(message, g.result())).then(g));
    assertThat(problems(wf::build)).singleElement().asString()
        .startsWith("error spec.templates[0].steps[0][0].arguments.parameters[0].value: {{steps.generate.outputs.result}}")
        .contains("does not run before this one");
  }

  @Test
  void aTaskUsingAnOutputMustDependOnItsTask() {
    var g = gen.task("generate");
    var wf = workflow().generateName("x-").entrypoint(dag("main").tasks(g, echo.task("print").with(message, g.result())));
    assertThat(problems(wf::build)).containsExactly(
        "error spec.templates[0].dag.tasks[1].arguments.parameters[0].value: {{tasks.generate.outputs.result}} names task"
            + " 'generate', which this task does not depend on; add it to depends (or dependencies) so it runs first");
  }

  @Test
  void anOutputUsedOutsideItsStepsTemplateIsRefused() {
    var g = gen.step("generate");
    var print = container("print").image("busybox").command("echo", g.result());
    var wf = workflow().generateName("x-").entrypoint(steps("main").then(g).then(print.step("print")));
    assertThat(problems(wf::build)).containsExactly("error spec.templates[2].container.command[1]:"
        + " {{steps.generate.outputs.result}} only resolves inside a steps template, for its earlier steps");
  }

  @Test
  void anInputOfAnotherTemplateIsRefused() {
    var other = container("other").image("busybox").command("echo", message);
    var wf = workflow().generateName("x-").entrypoint(other);
    assertThat(problems(wf::build)).containsExactly("error spec.templates[0].container.command[1]:"
        + " {{inputs.parameters.message}} names an input template 'other' does not declare; declare it under inputs");
  }

  @Test
  void theLoopItemOutsideALoopIsRefused() {
    var wf = workflow().generateName("x-").entrypoint(steps("main").then(echo.step("print").with(message, item())));
    assertThat(problems(wf::build)).containsExactly("error spec.templates[0].steps[0][0].arguments.parameters[0].value:"
        + " {{item}} is only set in steps and tasks that loop with withItems, withParam or withSequence");
  }

  @Test
  void aTaskDependingOnItselfIsRefused() {
    var a = echo.task("A").with(message, "a");
    a.dependsOn(a);
    var wf = workflow().generateName("x-").entrypoint(dag("main").tasks(a));
    assertThat(problems(wf::build)).containsExactly("error spec.templates[0].dag.tasks[0]: tasks depend on each other in"
        + " a cycle (A -> A), so none of them can start; remove one of these dependencies");
  }

  @Test
  void tasksDependingOnEachOtherInACycleAreRefused() {
    var a = echo.task("A").with(message, "a");
    var b = echo.task("B").with(message, "b").dependsOn(a);
    a.dependsOn(b);
    var wf = workflow().generateName("x-").entrypoint(dag("main").tasks(a, b));
    assertThat(problems(wf::build)).containsExactly("error spec.templates[0].dag.tasks[0]: tasks depend on each other in"
        + " a cycle (A -> B -> A), so none of them can start; remove one of these dependencies");
  }

  @Test
  void aDependencyOnATaskOfAnotherDagIsRefused() {
    var a = echo.task("A").with(message, "a");
    var wf = workflow().generateName("x-").entrypoint(dag("main").tasks(echo.task("B").with(message, "b").dependsOn(a)));
    assertThat(problems(wf::build))
        .containsExactly("error spec.templates[0].dag.tasks[0].depends: task 'A' does not exist in this dag; tasks here: B");
  }

  @Test
  void aMissingArgumentIsRefused() {
    var wf = workflow().generateName("x-").entrypoint(steps("main").then(echo.step("hello")));
    assertThat(problems(wf::build)).containsExactly("error spec.templates[0].steps[0][0]: template 'echo' needs input"
        + " parameter 'message', which has no default; pass it in arguments.parameters or give the input a default");
  }

  @Test
  void anArgumentTheTemplateDoesNotDeclareIsRefused() {
    var other = param("other");
    var wf = workflow().generateName("x-")
        .entrypoint(dag("main").tasks(echo.task("hello").with(message, "hi").with(other, "lost")));
    assertThat(problems(wf::build)).containsExactly("error spec.templates[0].dag.tasks[0].arguments.parameters[1].name:"
        + " task 'hello' passes parameter 'other', which template 'echo' does not declare (its input parameters: message);"
        + " pass only the template's own inputs");
  }

  @Test
  void anArtifactTheTemplateDoesNotDeclareIsRefused() {
    var art = inputArtifact("data", "/tmp/data");
    var wf = workflow().generateName("x-").entrypoint(steps("main")
        .then(echo.step("hello").with(message, "hi").with(art, "{{workflow.outputs.artifacts.data}}")));
    assertThat(problems(wf::build)).filteredOn(p -> p.contains("passes"))
        .containsExactly("error spec.templates[0].steps[0][0].arguments.artifacts[0].name: step 'hello' passes artifact"
            + " 'data', which template 'echo' does not declare (it has no input artifacts); pass only the template's own inputs");
  }

  @Test
  void anInputWithADefaultNeedsNoArgument() {
    var greeting = param("greeting").withDefault("hi");
    var hi = container("hi").inputs(greeting).image("busybox").command("echo", greeting);
    assertThat(workflow().generateName("x-").entrypoint(steps("main").then(hi.step("hello"))).build().spec().templates())
        .hasSize(2);
  }

  @Test
  void theEntryPointsInputsMustBeWorkflowArguments() {
    var wf = workflow().generateName("x-").entrypoint(echo);
    assertThat(problems(wf::build)).containsExactly("error spec.entrypoint: template 'echo' needs input parameter"
        + " 'message', which has no default; pass it in arguments.parameters or give the input a default");
    assertThat(workflow().generateName("x-").arguments(argument("message", "hi")).entrypoint(echo).build()).isNotNull();
  }

  @Test
  void anUndeclaredWorkflowArgumentIsRefused() {
    var start = argument("start", 1);
    var wf = workflow().generateName("x-").entrypoint(container("c").image("busybox").command("echo", start));
    assertThat(problems(wf::build)).containsExactly("error spec.templates[0].container.command[1]:"
        + " {{workflow.parameters.start}} names a workflow parameter that spec.arguments.parameters does not declare;"
        + " declare it there");
  }

  @Test
  void twoTemplatesWithOneNameClash() {
    var other = container("echo").inputs(message).image("alpine").command("true", message);
    var wf = workflow().generateName("x-").entrypoint(steps("main").then(echo.step("a").with(message, "a")).then(other.step("b").with(message, "b")));
    assertThat(problems(wf::build)).containsExactly("error spec.templates[2].name: template name 'echo' is taken by a"
        + " different template at spec.templates[1]; give one of them another name");
  }

  @Test
  void oneTemplateUsedTwiceIsCollectedOnce() {
    var wf = workflow().generateName("x-")
        .entrypoint(steps("main").then(echo.step("a").with(message, "a")).then(echo.step("b").with(message, "b")))
        .build();
    assertThat(wf.spec().templates()).extracting(io.argowf.model.workflow.Template::name).containsExactly("main", "echo");
  }

  @Test
  void aFeatureTheTargetVersionLacksIsRefused() {
    var cron = cronWorkflow("c").targeting(ArgoVersion.V3_5).schedule("0 1 * * *", "0 2 * * *")
        .entrypoint(container("c").image("busybox"));
    assertThat(problems(cron::build)).containsExactly("error spec.schedules: Argo v3.5 takes one schedule here, this asks"
        + " for 2; keep one (written as 'schedule') or target ArgoVersion.V4");
  }

  @Test
  void everyProblemIsListedInOneException() {
    var a = echo.task("A");
    a.dependsOn(a);
    var wf = workflow().generateName("x-").targeting(ArgoVersion.V3_5)
        .entrypoint(dag("main").tasks(a, container("echo").image("x").mutex("m1").mutex("m2").task("B")));
    assertThatThrownBy(wf::build).isInstanceOf(LintException.class)
        .hasMessageStartingWith("4 problems:")
        .hasMessageContaining("spec.templates[2].synchronization.mutexes: ")
        .hasMessageContaining("spec.templates[2].name: template name 'echo' is taken")
        .hasMessageContaining("spec.templates[0].dag.tasks[0]: tasks depend on each other in a cycle (A -> A)")
        .hasMessageContaining("spec.templates[0].dag.tasks[0]: template 'echo' needs input parameter 'message'")
        .hasMessageNotContaining("spec.templates[0].dag.tasks[1]");   // B runs the other 'echo': the clash says it
  }

  @Test
  void lintsProblemsComeInTheSameException() {
    var wf = workflow().generateName("x-").entrypoint(container("c").image("busybox"))
        .customize(w -> w.withSpec(w.spec().withUnknownFields(
            java.util.Map.of("entrypiont", com.fasterxml.jackson.databind.node.TextNode.valueOf("c")))));
    assertThat(problems(wf::build)).singleElement().asString().contains("entrypiont");
  }
}
