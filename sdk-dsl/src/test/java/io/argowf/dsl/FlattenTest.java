package io.argowf.dsl;

import static io.argowf.dsl.Argo.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.Lint;
import io.argowf.model.LintException;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowTemplate;
import org.junit.jupiter.api.Test;

/** {@code Argo.inline}: a workflow using WorkflowTemplates becomes one self-contained manifest. */
class FlattenTest {
  private final InputParam message = param("message");
  private final ContainerTemplate echo = container("echo").inputs(message).image("busybox").command("echo", message);
  private final WorkflowTemplate lib = workflowTemplate("lib")
      .templates(steps("print-message").inputs(message).then(echo.step("say").with(message, message)))
      .build();

  @Test
  void templateRefsAreCopiedInWithWhatTheyCallRenamedWhereTheNameIsTaken() {
    var own = container("echo").image("alpine").command("echo", "mine");
    Workflow wf = workflow().generateName("flat-")
        .entrypoint(steps("main").then(own.step("mine")).then(templateRef(lib, "print-message").step("hello").with(message, "hi")))
        .build();
    Workflow flat = Argo.inline(wf, lib);
    assertThat(flat.spec().templates()).extracting(Template::name).containsExactly("main", "echo", "print-message", "lib-echo");
    var hello = flat.spec().templates().get(0).steps().get(1).steps().get(0);
    assertThat(hello.templateRef()).isNull();
    assertThat(hello.template()).isEqualTo("print-message");
    assertThat(flat.spec().templates().get(2).steps().get(0).steps().get(0).template()).isEqualTo("lib-echo");
    assertThat(flat.spec().templates().get(3).container().image()).isEqualTo("busybox");
    assertThat(Lint.check(flat)).filteredOn(Lint.Problem::isError).isEmpty();
  }

  @Test
  void aWorkflowTemplateRefIsJoinedUnderTheWorkflowsOwnSpec() {
    WorkflowTemplate submittable = workflowTemplate("submittable").arguments(argument("message", "from-template"), argument("level", "info"))
        .entrypoint(steps("main").then(echo.step("say").with(message, argument("message")))).parallelism(3).build();
    Workflow wf = workflow().generateName("run-").arguments(argument("message", "from-workflow")).parallelism(5)
        .workflowTemplateRef(submittable).build();
    Workflow flat = Argo.inline(wf, submittable);
    assertThat(flat.spec().workflowTemplateRef()).isNull();
    assertThat(flat.spec().entrypoint()).isEqualTo("main");
    assertThat(flat.spec().parallelism()).isEqualTo(5);
    assertThat(flat.spec().arguments().parameters()).extracting(p -> p.name() + "=" + p.value())
        .containsExactly("message=from-workflow", "level=info");
    assertThat(flat.spec().templates()).extracting(Template::name).containsExactly("main", "echo");
  }

  @Test
  void aReferenceToATemplateNotGivenIsAnErrorAtItsPath() {
    Workflow wf = workflow().generateName("x-").entrypoint(steps("main").then(templateRef("other", "t").step("s"))).build();
    assertThatThrownBy(() -> Argo.inline(wf, lib)).isInstanceOf(LintException.class)
        .hasMessageContaining("error spec.templates[0].steps[0][0].templateRef: WorkflowTemplate 'other' was not given to inline;"
            + " given: WorkflowTemplate 'lib'");
  }
}
