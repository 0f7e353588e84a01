package io.argowf.dsl;

import static io.argowf.dsl.Argo.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import org.junit.jupiter.api.Test;

/** Steps and tasks that hold their template ({@code inline:}) instead of naming it. */
class InlineTemplatesTest {
  private final InputParam message = param("message");
  private final ContainerTemplate echo = container("echo").inputs(message).image("busybox").command("echo", message);

  @Test
  void anInlineTemplateIsWrittenInTheStepWithoutANameAndNotCollected() {
    Workflow wf = workflow().generateName("x-").entrypoint(steps("main").then(echo.step("a").with(message, "hi").inline())).build();
    var step = wf.spec().templates().get(0).steps().get(0).steps().get(0);
    assertThat(step.template()).isNull();
    assertThat(step.inline().name()).isNull();
    assertThat(step.inline().container().image()).isEqualTo("busybox");
    assertThat(wf.spec().templates()).extracting(Template::name).containsExactly("main");
  }

  @Test
  void theTemplatesAnInlineDagRunsAreCollected() {
    var inner = dag("inner").tasks(echo.task("A").with(message, "a"));
    Workflow wf = workflow().generateName("x-").entrypoint(steps("main").then(inner.step("run").inline())).build();
    assertThat(wf.spec().templates()).extracting(Template::name).containsExactly("main", "echo");
    assertThat(wf.spec().templates().get(0).steps().get(0).steps().get(0).inline().dag().tasks().get(0).template())
        .isEqualTo("echo");
  }

  @Test
  void theArgumentsOfAnInlineTemplateAreChecked() {
    var wf = workflow().generateName("x-").entrypoint(dag("main").tasks(echo.task("a").with(param("other"), "x").inline()));
    assertThatThrownBy(wf::build).hasMessageContaining("error spec.templates[0].dag.tasks[0]: template '(inline)' needs input"
        + " parameter 'message'").hasMessageContaining("error spec.templates[0].dag.tasks[0].arguments.parameters[0].name:"
        + " task 'a' passes parameter 'other', which its inline template does not declare (its input parameters: message)");
  }

  @Test
  void aTemplateRefCannotBeInline() {
    assertThatThrownBy(() -> templateRef("lib", "print").step("a").inline()).isInstanceOf(IllegalStateException.class)
        .hasMessage("a runs a templateRef, which cannot be written inline");
  }
}
