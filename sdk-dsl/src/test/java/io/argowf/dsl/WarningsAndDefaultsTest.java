package io.argowf.dsl;

import static io.argowf.dsl.Argo.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.Lint;
import io.argowf.model.workflow.Workflow;
import org.junit.jupiter.api.Test;

/** Warnings are logged once or returned; organisation defaults apply in order and say what they changed. */
class WarningsAndDefaultsTest {
  private final ContainerTemplate hello = container("hello").image("busybox").command("echo", "hi");

  private SpecBuilder<?, Workflow> warned(String name) {
    return workflow().name(name).entrypoint(steps("main").then(templateRef("lib-" + name, "print").step("p")));
  }

  @Test
  void buildLogsEachWarningOnceAndBuildWithProblemsReturnsThem() {
    var b = warned("logged");
    b.build();
    b.build();
    assertThat(CapturedLogs.lines()).filteredOn(l -> l.contains("lib-logged")).singleElement().asString()
        .startsWith("WARN io.argowf.dsl.SpecBuilder: spec.templates[0].steps[0][0].templateRef.name: WorkflowTemplate 'lib-logged'");

    Built<Workflow> built = warned("returned").buildWithProblems();
    assertThat(built.hasErrors()).isFalse();
    assertThat(built.warnings()).singleElement().extracting(Lint.Problem::path).isEqualTo("spec.templates[0].steps[0][0].templateRef.name");
    assertThat(built.manifest().metadata().name()).isEqualTo("returned");
    assertThat(CapturedLogs.lines()).noneMatch(l -> l.contains("lib-returned"));
  }

  @Test
  void buildWithProblemsReturnsErrorsWithoutThrowing() {
    Built<Workflow> built = workflow().entrypoint(hello).buildWithProblems();
    assertThat(built.errors()).extracting(Lint.Problem::path).containsExactly("metadata");
    assertThatThrownBy(built::orThrow).hasMessageContaining("has neither name nor generateName");
  }

  @Test
  void defaultsFoundWithServiceLoaderApplyAndLintSaysWhatTheyChanged() {
    var b = workflow().generateName("x-").label("acme.example/defaults", "on").entrypoint(hello);
    Workflow wf = b.build();
    assertThat(wf.spec().serviceAccountName()).isEqualTo("workflow-runner");
    assertThat(wf.metadata().labels()).containsEntry("cost-center", "cc-42");
    assertThat(b.lint()).filteredOn(p -> p.severity() == Lint.Severity.INFO).extracting(Lint.Problem::toString).containsExactly(
        "info metadata.labels.cost-center: set by organisation default 'acme-platform'",
        "info spec.serviceAccountName: set by organisation default 'acme-platform'");
  }

  @Test
  void whatTheAuthorSetWinsAndDefaultsCanBeTurnedOff() {
    var own = workflow().generateName("x-").label("acme.example/defaults", "on").serviceAccountName("mine").entrypoint(hello);
    assertThat(own.build().spec().serviceAccountName()).isEqualTo("mine");
    var off = workflow().generateName("x-").label("acme.example/defaults", "on").withoutDefaults().entrypoint(hello);
    assertThat(off.build().spec().serviceAccountName()).isNull();
    assertThat(off.lint()).noneMatch(p -> p.severity() == Lint.Severity.INFO);
  }

  @Test
  void cronWorkflowPathsOfDefaultsPointIntoTheWorkflowSpec() {
    var cron = cronWorkflow("nightly").label("acme.example/defaults", "on").schedule("0 2 * * *").entrypoint(hello);
    assertThat(cron.lint()).extracting(Lint.Problem::path).contains("spec.workflowSpec.serviceAccountName");
  }

  @Test
  void defaultsSetInCodeRunInOrderAfterTheFoundOnesAndOnlyOnce() {
    WorkflowDefaults ttl = new WorkflowDefaults() {
      @Override
      public String name() {
        return "code-ttl";
      }

      @Override
      public int order() {
        return 20;
      }

      @Override
      public Workflow apply(Workflow wf) {
        boolean marked = wf.metadata().labels() != null && wf.metadata().labels().containsKey("acme.example/code-defaults");
        return marked ? wf.withSpec(wf.spec().withPodGC(io.argowf.model.workflow.PodGC.builder().strategy("OnPodSuccess").build())) : wf;
      }
    };
    Argo.useDefaults(ttl);
    assertThatThrownBy(() -> Argo.useDefaults(ttl)).isInstanceOf(IllegalStateException.class).hasMessageContaining("code-ttl");
    var b = workflow().generateName("x-").label("acme.example/defaults", "on").label("acme.example/code-defaults", "on").entrypoint(hello);
    assertThat(b.lint()).filteredOn(p -> p.severity() == Lint.Severity.INFO).extracting(Lint.Problem::message).containsExactly(
        "set by organisation default 'acme-platform'", "set by organisation default 'acme-platform'",
        "set by organisation default 'code-ttl'");
  }
}
