package io.argowf.dsl;

import static io.argowf.dsl.Argo.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.Manifests;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import org.junit.jupiter.api.Test;

/** Model objects, e.g. read from YAML, changed with the DSL; and the customization hooks. */
class EditAndCustomizeTest {
  private static final String YAML = String.join("\n",
      "apiVersion: argoproj.io/v1alpha1",
      "kind: Workflow",
      "metadata: {generateName: hello-}",
      "spec:",
      "  entrypoint: hello",
      "  templates:",
      "  - name: hello",
      "    inputs: {parameters: [{name: message, value: hi}]}",
      "    container: {image: busybox, command: [echo, '{{inputs.parameters.message}}']}",
      "");

  @Test
  void aWorkflowReadFromYamlKeepsItsTemplatesAndTakesDslSettings() {
    Workflow read = Manifests.read(YAML, Workflow.class);
    Workflow changed = edit(read).podGC("OnPodCompletion").label("team", "data").build();
    assertThat(changed.spec().podGC().strategy()).isEqualTo("OnPodCompletion");
    assertThat(changed.metadata().labels()).containsEntry("team", "data");
    assertThat(Manifests.differences(read.withSpec(read.spec().withPodGC(changed.spec().podGC()))
        .withMetadata(changed.metadata()), changed)).isEmpty();
  }

  @Test
  void aTemplateReadFromYamlCanBeRunByNewStepsAndChanged() {
    Workflow read = Manifests.read(YAML, Workflow.class);
    var builder = edit(read);
    var hello = builder.template("hello").retry(2);
    Workflow changed = builder.entrypoint(steps("twice").then(hello.step("one")).then(hello.step("two"))).build();
    assertThat(changed.spec().entrypoint()).isEqualTo("twice");
    assertThat(changed.spec().templates()).extracting(Template::name).containsExactly("hello", "twice");
    assertThat(changed.spec().templates().get(0).retryStrategy().limit().longValue()).isEqualTo(2);
  }

  @Test
  void askingForATemplateThatIsNotThereSaysWhichAre() {
    var builder = edit(Manifests.read(YAML, Workflow.class));
    assertThatThrownBy(() -> builder.template("bye")).hasMessage("no template named 'bye'; templates here: hello");
  }

  @Test
  void templateCustomizationsApplyInOrderAtBuild() {
    var c = container("c").image("busybox")
        .customize(t -> t.withPriorityClassName("high"))
        .customize(t -> t.withPriorityClassName(t.priorityClassName() + "-2"));
    Workflow wf = workflow().generateName("x-").entrypoint(c).build();
    assertThat(wf.spec().templates().get(0).priorityClassName()).isEqualTo("high-2");
  }

  @Test
  void workflowCustomizationsApplyBeforeTheChecks() {
    var wf = workflow().generateName("x-").entrypoint(container("c").image("busybox"))
        .customize(w -> w.withSpec(w.spec().withEntrypoint("missing")));
    assertThatThrownBy(wf::build).hasMessageContaining("spec.entrypoint: no template named 'missing'; templates here: c");
  }

  @Test
  void aTemplateModelCanBeRunFromDslSteps() {
    Template echo = Manifests.read("{name: echo, container: {image: busybox, command: [echo, hi]}}", Template.class);
    Workflow wf = workflow().generateName("x-").entrypoint(steps("main").then(template(echo).step("say"))).build();
    assertThat(wf.spec().templates()).extracting(Template::name).containsExactly("main", "echo");
  }
}
