package io.argowf.dsl;

import static io.argowf.dsl.Argo.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.Lint;
import io.argowf.model.LintException;
import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.TemplateRef;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowStep;
import io.argowf.model.workflow.WorkflowTemplate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** References to WorkflowTemplates: checked when the DSL has the template, a warning when it has a name only. */
class ReferencedTemplatesTest {
  private final InputParam message = param("message");
  private final ContainerTemplate print = container("print-message").inputs(message).image("busybox").command("echo", message);
  private final WorkflowTemplate lib = workflowTemplate("lib").templates(print).build();

  private static List<String> problems(Runnable build) {
    try {
      build.run();
    } catch (LintException e) {
      return e.problems().stream().map(Lint.Problem::toString).toList();
    }
    throw new AssertionError("build() passed");
  }

  @Test
  void aReferenceMadeFromTheTemplateIsCheckedAgainstIt() {
    var wf = workflow().generateName("x-").entrypoint(steps("main").then(templateRef(lib, "print-message").step("hello")));
    assertThat(problems(wf::build)).containsExactly("error spec.templates[0].steps[0][0]: template 'print-message' needs"
        + " input parameter 'message', which has no default; pass it in arguments.parameters or give the input a default");
  }

  @Test
  void aReferenceToATemplateTheWorkflowTemplateLacksIsAnError() {
    var wf = workflow().generateName("x-").entrypoint(steps("main").then(templateRef(lib, "prnt-message").step("hello")));
    assertThat(problems(wf::build)).singleElement().asString()
        .startsWith("error spec.templates[0].steps[0][0].templateRef.template: template 'prnt-message' does not exist");
  }

  @Test
  void anArgumentTheReferencedTemplateDoesNotDeclareIsAnError() {
    var wf = workflow().generateName("x-").entrypoint(dag("main")
        .tasks(templateRef(lib, "print-message").task("hello").with(message, "hi").with(param("mesage"), "typo")));
    assertThat(problems(wf::build)).singleElement().asString()
        .startsWith("error spec.templates[0].dag.tasks[0].arguments.parameters[1].name: task 'hello' passes parameter"
            + " 'mesage', which template 'print-message' does not declare");
  }

  @Test
  void aReferenceByNameBuildsWithANotCheckedWarning() {
    var builder = workflow().generateName("x-")
        .entrypoint(steps("main").then(templateRef("installed", "print-message").step("hello").with(message, "hi")));
    Workflow wf = builder.build();
    assertThat(wf.spec().templates().get(0).steps().get(0).steps().get(0).templateRef().name()).isEqualTo("installed");
    assertThat(builder.lint()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Lint.Severity.WARNING);
      assertThat(p.path()).isEqualTo("spec.templates[0].steps[0][0].templateRef.name");
      assertThat(p.message()).startsWith("WorkflowTemplate 'installed' was not given to the DSL, so this reference is not checked");
    });
  }

  @Test
  void aReferenceByNameIsCheckedWhenTheTemplateIsGivenWithLintWith() {
    var wf = workflow().generateName("x-").lintWith(lib)
        .entrypoint(steps("main").then(templateRef("lib", "print-message").step("hello")));
    assertThat(problems(wf::build)).singleElement().asString()
        .startsWith("error spec.templates[0].steps[0][0]: template 'print-message' needs input parameter 'message'");
  }

  @Test
  void aClusterTemplateIsReferencedWithClusterScope() {
    ClusterWorkflowTemplate cluster = clusterWorkflowTemplate("cluster-lib").templates(print).build();
    Workflow wf = workflow().generateName("x-")
        .entrypoint(dag("main").tasks(templateRef(cluster, "print-message").task("hello").with(message, "hi")))
        .build();
    TemplateRef ref = wf.spec().templates().get(0).dag().tasks().get(0).templateRef();
    assertThat(ref.name()).isEqualTo("cluster-lib");
    assertThat(ref.clusterScope()).isTrue();
  }

  @Test
  void aReferenceByNameInAModelTemplateStaysAnError() {
    WorkflowStep fromYaml = WorkflowStep.builder().name("hello")
        .templateRef(TemplateRef.builder().name("installed").template("print-message").build()).build();
    var main = template(io.argowf.model.workflow.Template.builder().name("main")
        .steps(List.of(io.argowf.model.workflow.ParallelSteps.of(List.of(fromYaml)))).build());
    var wf = workflow().generateName("x-").entrypoint(main);
    assertThat(problems(wf::build)).singleElement().asString()
        .startsWith("error spec.templates[0].steps[0][0].templateRef.name: WorkflowTemplate 'installed' is not among the templates given to lint");
  }

  @Test
  void aWorkflowRunningAWorkflowTemplateByNameBuildsWithAWarning() {
    var builder = workflow().generateName("x-").workflowTemplateRef("installed");
    assertThat(builder.build().spec().workflowTemplateRef().name()).isEqualTo("installed");
    assertThat(builder.lint()).extracting(Lint.Problem::toString).containsExactly("warning spec.workflowTemplateRef.name:"
        + " WorkflowTemplate 'installed' was not given to the DSL, so this reference is not checked; to check it, pass the"
        + " template with lintWith(template) (or make the reference from the template object)");
  }

  @Test
  void aWorkflowRunningAWorkflowTemplateObjectIsCheckedAgainstIt() {
    WorkflowTemplate submittable = workflowTemplate("submittable").entrypoint(print).build();
    var wf = workflow().generateName("x-").workflowTemplateRef(submittable);
    assertThat(problems(wf::build)).singleElement().asString()
        .startsWith("error spec.entrypoint: template 'print-message' needs input parameter 'message'");
    assertThat(workflow().generateName("x-").workflowTemplateRef(submittable).arguments(argument("message", "hi")).lint())
        .isEmpty();
  }

  @Test
  void lintWithRefusesWhatIsNotATemplate() {
    assertThatThrownBy(() -> workflow().lintWith(lib, "lib")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lintWith takes WorkflowTemplates and ClusterWorkflowTemplates, not String");
  }
}
