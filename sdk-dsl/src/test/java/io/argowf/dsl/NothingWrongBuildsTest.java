package io.argowf.dsl;

import static io.argowf.dsl.Argo.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.Lint;
import io.argowf.model.LintException;
import io.argowf.model.workflow.Mutex;
import io.argowf.model.workflow.Template;
import org.junit.jupiter.api.Test;

/** Mistakes that used to build without a word, and messages that misled. */
class NothingWrongBuildsTest {
  private final InputParam message = param("message");
  private final ContainerTemplate echo = container("echo").inputs(message).image("busybox").command("echo", message);

  @Test
  void anInvalidQuantityFailsAtTheCallWithTheExpectedForm() {
    assertThatThrownBy(() -> memory("8GG")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("memory: '8GG' is not a Kubernetes quantity").hasMessageContaining("8Gi");
    assertThatThrownBy(() -> cpu("lots")).hasMessageContaining("cpu: 'lots' is not a Kubernetes quantity");
    assertThatThrownBy(() -> resource("nvidia.com/gpu", "one")).hasMessageContaining("nvidia.com/gpu: 'one'");
  }

  @Test
  void aWorkflowWithNeitherNameNorGenerateNameIsRefused() {
    var wf = workflow().entrypoint(echo);
    assertThatThrownBy(wf::build).isInstanceOf(LintException.class)
        .hasMessageContaining("error metadata: has neither name nor generateName")
        .hasMessageNotContaining("warning metadata");
  }

  @Test
  void twoTemplatesWithOneNameAndDifferentInputsGiveOneError() {
    var text = param("text");
    var other = container("echo").inputs(text).image("alpine").command("echo", text);
    var wf = workflow().generateName("x-")
        .entrypoint(steps("main").then(echo.step("a").with(message, "a")).then(other.step("b").with(text, "b")));
    assertThatThrownBy(wf::build).isInstanceOf(LintException.class)
        .extracting(e -> ((LintException) e).problems().stream().filter(Lint.Problem::isError).map(Lint.Problem::toString).toList())
        .asList().containsExactly("error spec.templates[2].name: template name 'echo' is taken by a different template at"
            + " spec.templates[1]; give one of them another name");
  }

  @Test
  void aLookupOfAMissingTemplateListsTheCollectedTemplates() {
    var b = workflow().generateName("x-").entrypoint(steps("main").then(echo.step("a").with(message, "a")));
    assertThat(b.template("echo")).isSameAs(echo);
    assertThatThrownBy(() -> b.template("ecko")).hasMessage("no template named 'ecko'; templates here: main, echo");
    assertThatThrownBy(() -> workflow().template("x")).hasMessageContaining("there are no templates yet");
  }

  @Test
  void modelToStringOmitsUnsetFields() {
    assertThat(Mutex.builder().name("m").build()).hasToString("Mutex{name=m}");
    assertThat(echo.toModel().toString()).startsWith("Template{name=echo, inputs=").doesNotContain("null");
    assertThat(Template.builder().build()).hasToString("Template{}");
  }

  @Test
  void aggregatedOutputsOfACallWithoutALoopAreRefused() {
    var out = outputParam("n").fromPath("/tmp/n");
    var gen = container("gen").image("busybox").outputs(out);
    var g = gen.task("gen");
    var wf = workflow().generateName("x-").entrypoint(dag("main").tasks(g, echo.task("use").with(message, g.aggregated(out)).dependsOn(g)));
    assertThatThrownBy(wf::build).hasMessageContaining("spec.templates[0].dag.tasks[0]: task 'gen' has no loop");
  }

  @Test
  void limitsBelowRequestsAreRefusedByLint() {
    var wf = workflow().generateName("x-").entrypoint(container("big").image("busybox").requests(memory("8Gi")).limits(memory("4Gi")));
    assertThatThrownBy(wf::build).isInstanceOf(LintException.class).hasMessageContaining("spec.templates[0].container.resources.limits.memory");
  }

  @Test
  void aQuantityFromTheModelIsCheckedAtBuild() {
    var wf = workflow().generateName("x-").entrypoint(container("big").image("busybox")
        .container(c -> c.withResources(io.argowf.model.k8s.ResourceRequirements.builder()
            .requests(java.util.Map.of("memory", io.argowf.model.k8s.Quantity.of("8GG"))).build())));
    assertThatThrownBy(wf::build).isInstanceOf(LintException.class).hasMessageContaining("'8GG'");
  }

  @Test
  void aWhenThatDoesNotParseIsRefusedByLint() {
    var wf = workflow().generateName("x-").entrypoint(steps("main").then(echo.step("a").with(message, "a").when("1 >>> ")));
    assertThatThrownBy(wf::build).isInstanceOf(LintException.class).hasMessageContaining("spec.templates[0].steps[0][0].when");
  }

  @Test
  void everyTypedConditionAndExpressionRendersTextLintParses() {
    var out = outputParam("n").fromPath("/tmp/n");
    var gen = container("gen").image("busybox").outputs(out);
    var g = gen.step("gen-1");
    var r = g.output(out);
    Condition[] conditions = {r.eq("heads"), r.ne("two words"), r.gt(1), r.ge(0.5), r.lt(r), r.le(3), r.matches("^a.*"),
        r.in("a", "b"), r.in(1, 2), r.eq(true), WorkflowStatus.SUCCEEDED.not(), g.status().eq(NodeStatus.FAILED),
        r.asInt().gt(1).and(r.eq("x").or(r.jsonpath("$.a").matches("b"))), sprig("trim", r).eq("x"),
        r.get("my-key").asFloat().times(2).le(10), r.asExpression().orElse("d").in("d", "e")};
    var main = steps("main").then(g);
    var hooks = steps("hooked").then(gen.step("h"));
    for (int i = 0; i < conditions.length; i++) {
      main.then(echo.step("c" + i).with(message, r.asInt().plus(i)).when(conditions[i]));
      hooks.then(gen.step("k" + i).hook("on" + i, conditions[i], gen));
    }
    var wf = workflow().generateName("x-").entrypoint(main).templates(hooks);
    assertThat(wf.lint()).filteredOn(Lint.Problem::isError).isEmpty();
    var broken = workflow().generateName("x-").entrypoint(steps("main").then(gen.step("h").hook("bad", "1 >>> ", gen)));
    assertThat(broken.lint()).filteredOn(Lint.Problem::isError).isNotEmpty();   // the check above can fail
  }
}
