package io.argowf.dsl;

import static io.argowf.dsl.Argo.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.ArgoVersion;
import io.argowf.model.Lint;
import io.argowf.model.LintException;
import io.argowf.model.Manifests;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.Mutex;
import io.argowf.model.workflow.Synchronization;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One model, written for Argo v3.5 or v4. */
@SuppressWarnings("deprecation") // the v3.5 fields are what these tests look for
class VersionTargetingTest {
  private final ContainerTemplate hello = container("hello").image("busybox").command("echo", "hi");

  @Test
  void oneScheduleIsWrittenAsSchedulesForV4ByDefault() {
    CronWorkflow cron = cronWorkflow("c").schedule("0 2 * * *").entrypoint(hello).build();
    assertThat(cron.spec().schedules()).containsExactly("0 2 * * *");
    assertThat(cron.spec().schedule()).isNull();
  }

  @Test
  void oneScheduleIsWrittenAsScheduleForV35() {
    CronWorkflow cron = cronWorkflow("c").targeting(ArgoVersion.V3_5).schedule("0 2 * * *").entrypoint(hello).build();
    assertThat(Manifests.toYaml(cron)).contains("schedule: 0 2 * * *").doesNotContain("schedules");
  }

  @Test
  void severalSchedulesAreAnErrorForV35() {
    var cron = cronWorkflow("c").targeting(ArgoVersion.V3_5).schedule("0 1 * * *", "0 2 * * *").entrypoint(hello);
    assertThatThrownBy(cron::build).isInstanceOf(LintException.class).hasMessageContaining("spec.schedules");
  }

  @Test
  void oneMutexAndOneSemaphoreAreWrittenSingularForV35() {
    Workflow wf = workflow().generateName("x-").targeting(ArgoVersion.V3_5).mutex("wf")
        .entrypoint(container("c").image("busybox").semaphore("limits", "c")).build();
    assertThat(wf.spec().synchronization().mutex().name()).isEqualTo("wf");
    assertThat(wf.spec().synchronization().mutexes()).isNull();
    Template c = wf.spec().templates().get(0);
    assertThat(c.synchronization().semaphore().configMapKeyRef().name()).isEqualTo("limits");
    assertThat(c.synchronization().semaphores()).isNull();
  }

  @Test
  void aV4OnlyFieldIsAnErrorForV35() {
    var wf = workflow().generateName("x-").targeting(ArgoVersion.V3_5)
        .entrypoint(container("c").image("busybox").retry(retry(3).withBackoff(backoff("1", 2, "1m").withCap("5"))));
    assertThatThrownBy(wf::build).isInstanceOf(LintException.class)
        .hasMessageContaining("spec.templates[0].retryStrategy.backoff.cap: not in Argo v3.5");
  }

  @Test
  void aFieldV4RemovedIsAnErrorForV4() {
    var wf = workflow().generateName("x-").entrypoint(container("c").image("busybox").customize(t -> t.withPriority(3)));
    assertThatThrownBy(wf::build).isInstanceOf(LintException.class)
        .hasMessageContaining("spec.templates[0].priority: Argo v4 removed this field");
  }

  @Test
  void aV4OnlyFieldAnywhereInTheManifestIsAnErrorWithItsPathForV35() {
    var wf = workflow().generateName("x-").targeting(ArgoVersion.V3_5)
        .entrypoint(container("c").image("busybox").customize(t -> t.withContainer(t.container().withRestartPolicy("Always"))));
    assertThat(wf.lint()).extracting(Object::toString).containsExactly("error spec.templates[0].container.restartPolicy:"
        + " not in Argo v3.5 (it came with v3.6); target ArgoVersion.V4 or leave it out");
  }

  @Test
  void oneMutexInTemplateDefaultsIsWrittenSingularForV35() {
    Workflow wf = workflow().generateName("x-").targeting(ArgoVersion.V3_5).entrypoint(hello)
        .customize(w -> w.withSpec(w.spec().withTemplateDefaults(Template.builder()
            .synchronization(Synchronization.builder().mutexes(List.of(Mutex.builder().name("one").build())).build()).build())))
        .build();
    assertThat(wf.spec().templateDefaults().synchronization().mutex().name()).isEqualTo("one");
    assertThat(wf.spec().templateDefaults().synchronization().mutexes()).isNull();
  }

  @Test
  void theV35FieldsWrittenForV35BringNoRemovedInV4Warnings() {
    var wf = workflow().generateName("x-").targeting(ArgoVersion.V3_5).mutex("wf").entrypoint(hello);
    assertThat(wf.lint()).isEmpty();
    assertThat(Lint.check(wf.build())).extracting(Lint.Problem::path).containsExactly("spec.synchronization.mutex");
  }

  @Test
  void aFieldV4RemovedIsOneErrorNamingItsReplacementForV4() {
    var wf = workflow().generateName("x-").entrypoint(hello).customize(w -> w.withSpec(w.spec().withPodPriority(5)));
    assertThat(wf.lint()).extracting(Object::toString).containsExactly("error spec.podPriority: Argo v4 removed this field;"
        + " use podPriorityClassName, or target ArgoVersion.V3_5");
  }

  @Test
  void aV35CronWorkflowReadFromYamlIsRewrittenForV4() {
    CronWorkflow read = Manifests.read(String.join("\n",
        "apiVersion: argoproj.io/v1alpha1",
        "kind: CronWorkflow",
        "metadata: {name: old}",
        "spec:",
        "  schedule: '*/5 * * * *'",
        "  workflowSpec:",
        "    entrypoint: main",
        "    synchronization: {mutex: {name: one}}",
        "    templates:",
        "    - name: main",
        "      container: {image: busybox}",
        ""), CronWorkflow.class);
    CronWorkflow v4 = edit(read).build();
    assertThat(v4.spec().schedules()).containsExactly("*/5 * * * *");
    assertThat(v4.spec().schedule()).isNull();
    assertThat(v4.spec().workflowSpec().synchronization().mutexes()).extracting(m -> m.name()).containsExactly("one");
  }
}
