package io.argowf.local.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.client.ArgoClient;
import io.argowf.client.ArgoTimeoutException;
import io.argowf.client.GetOptions;
import io.argowf.client.UnsupportedByBackendException;
import io.argowf.client.WaitOptions;
import io.argowf.client.Workflows;
import io.argowf.local.LeafResult;
import io.argowf.local.LocalRunner;
import io.argowf.model.k8s.Container;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.workflow.Arguments;
import io.argowf.model.workflow.Inputs;
import io.argowf.model.workflow.LogEntry;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.TemplateRef;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowStep;
import io.argowf.model.workflow.WorkflowTemplate;
import io.argowf.model.workflow.ParallelSteps;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the local backend does beyond the shared contract: real runs, templates, logs, suspend, refusals. */
class LocalBackendTest {
  private static final WaitOptions MINUTE = WaitOptions.defaults().withTimeout(Duration.ofMinutes(1));

  private ArgoClient argo = ArgoClient.of(LocalBackend.builder()
      .runner(LocalRunner.builder().standIn("say", leaf -> {
        leaf.out().println("say " + leaf.parameter("message"));
        return LeafResult.ok();
      }))
      .build());

  @AfterEach
  void close() {
    argo.close();
  }

  private static WorkflowTemplate sayTemplate() {
    Template say = Template.builder().name("say")
        .inputs(Inputs.builder().addParameters(Parameter.builder().name("message").build()).build())
        .container(Container.builder().image("alpine:3.20").addCommand("say").build()).build();
    return WorkflowTemplate.builder().metadata(ObjectMeta.builder().name("sayer").build())
        .spec(WorkflowSpec.builder().entrypoint("say").addTemplates(say)
            .arguments(Arguments.builder().addParameters(Parameter.builder().name("message").value("hi").build())
                .build()).build())
        .build();
  }

  /** Two steps calling the template through templateRef. */
  private static Workflow twoSteps() {
    TemplateRef ref = TemplateRef.builder().name("sayer").template("say").build();
    Template main = Template.builder().name("main").addSteps(
        ParallelSteps.of(List.of(step("one", ref))), ParallelSteps.of(List.of(step("two", ref)))).build();
    return Workflow.builder().metadata(ObjectMeta.builder().generateName("steps-").build())
        .spec(WorkflowSpec.builder().entrypoint("main").addTemplates(main).build()).build();
  }

  private static WorkflowStep step(String name, TemplateRef ref) {
    return WorkflowStep.builder().name(name).templateRef(ref).arguments(Arguments.builder()
        .addParameters(Parameter.builder().name("message").value(name).build()).build()).build();
  }

  @Test
  void aWorkflowRunsWithTheTemplatesItRefersToAndItsLogsNameArgosPods() {
    argo.workflowTemplates("default").create(sayTemplate());
    Workflow created = argo.workflows().create(twoSteps());

    Workflow done = argo.waitFor(created, MINUTE);

    assertThat(done.status().phase()).isEqualTo("Succeeded");
    assertThat(done.metadata().labels()).containsEntry("workflows.argoproj.io/phase", "Succeeded")
        .containsEntry("workflows.argoproj.io/completed", "true");
    List<LogEntry> lines = argo.workflows().logs(created.metadata().name()).lines().stream()
        .collect(Collectors.toList());
    assertThat(lines).extracting(LogEntry::content).containsExactly("say one", "say two");
    assertThat(lines.get(0).podName()).startsWith(created.metadata().name() + "-say-");
  }

  @Test
  void aSubmissionFromATemplateRunsWithTheGivenParameter() {
    argo.workflowTemplates("default").create(sayTemplate());

    Workflow wf = argo.workflows().fromTemplate("sayer").parameter("message", "from the test").submit();
    Workflow done = argo.waitFor(wf, MINUTE);

    assertThat(done.status().phase()).isEqualTo("Succeeded");
    assertThat(wf.metadata().labels()).containsEntry("workflows.argoproj.io/workflow-template", "sayer");
    assertThat(argo.workflows().logs(wf.metadata().name()).lines().stream().map(LogEntry::content))
        .containsExactly("say from the test");
  }

  @Test
  void aFollowedLogStreamEndsWhenTheWorkflowHasFinished() {
    argo.workflowTemplates("default").create(sayTemplate());
    Workflow created = argo.workflows().create(twoSteps());

    List<String> lines = argo.workflows().logs(created.metadata().name()).follow().grep("two$").lines().stream()
        .map(LogEntry::content).collect(Collectors.toList());

    assertThat(lines).containsExactly("say two");
    assertThat(argo.workflows().get(created.metadata().name()).status().phase()).isEqualTo("Succeeded");
  }

  @Test
  void followingTheLogsOfAFinishedWorkflowGivesItsLinesAndEnds() {
    argo.workflowTemplates("default").create(sayTemplate());
    String name = argo.waitFor(argo.workflows().create(twoSteps()), MINUTE).metadata().name();

    assertThat(argo.workflows().logs(name).follow().lines().stream().map(LogEntry::content))
        .containsExactly("say one", "say two");
    assertThat(argo.workflows().logs(name).tail(1).lines().stream().map(LogEntry::content))
        .containsExactly("say one", "say two"); // one line per pod
  }

  @Test
  void listsSelectByArgosPhaseLabelAndSetBasedSelectors() {
    argo.workflowTemplates("default").create(sayTemplate());
    Workflow wf = twoSteps();
    Workflow labelled = wf.withMetadata(wf.metadata().withLabels(java.util.Map.of("team", "data")));
    String done = argo.waitFor(argo.workflows().create(labelled), MINUTE).metadata().name();
    String held = argo.workflows().create(wf.withSpec(wf.spec().withSuspend(true))).metadata().name();

    assertThat(argo.workflows().list().labelSelector("workflows.argoproj.io/completed=true").toList())
        .extracting(w -> w.metadata().name()).containsExactly(done);
    assertThat(argo.workflows().list().labelSelector("team in (data, ops)").toList())
        .extracting(w -> w.metadata().name()).containsExactly(done);
    assertThat(argo.workflows().list().labelSelector("!team").fieldSelector("metadata.name=" + held).toList())
        .extracting(w -> w.metadata().name()).containsExactly(held);
  }

  @Test
  void aSuspendedWorkflowStartsNoLeafUntilResumed() {
    argo.workflowTemplates("default").create(sayTemplate());
    Workflow wf = twoSteps();
    Workflows wfs = argo.workflows();
    String name = wfs.create(wf.withSpec(wf.spec().withSuspend(true))).metadata().name();

    assertThatThrownBy(() -> wfs.waitFor(name, WaitOptions.defaults().withTimeout(Duration.ofMillis(500))))
        .isInstanceOf(ArgoTimeoutException.class);
    assertThat(wfs.get(name).spec().suspend()).isTrue();
    assertThat(wfs.logs(name).lines().stream()).isEmpty();

    wfs.resume(name);

    assertThat(wfs.waitFor(name, MINUTE).status().phase()).isEqualTo("Succeeded");
  }

  @Test
  void getAppliesTheFieldsProjection() {
    argo.workflowTemplates("default").create(sayTemplate());
    String name = argo.workflows().create(twoSteps()).metadata().name();

    Workflow slim = argo.workflows().get(name, GetOptions.defaults().withFields("metadata.name", "status.phase"));

    assertThat(slim.metadata().name()).isEqualTo(name);
    assertThat(slim.metadata().uid()).isNull();
    assertThat(slim.spec()).isNull();
  }

  @Test
  void whatCannotExistLocallySaysSo() {
    argo.workflowTemplates("default").create(sayTemplate());
    String name = argo.workflows().create(twoSteps()).metadata().name();

    assertThatThrownBy(() -> argo.workflows().retry(name)).isInstanceOf(UnsupportedByBackendException.class)
        .hasMessageContaining("retry is not supported by the local backend");
    assertThatThrownBy(() -> argo.archivedWorkflows()).isInstanceOf(UnsupportedByBackendException.class)
        .hasMessageContaining("not supported by the local backend");
    assertThatThrownBy(() -> argo.uiLink(argo.workflows().get(name))).isInstanceOf(UnsupportedByBackendException.class);
  }

  @Test
  void closingTheClientFailsAnOpenWatchAndLaterCalls() throws Exception {
    Workflow wf = twoSteps();
    argo.workflowTemplates("default").create(sayTemplate());
    String name = argo.workflows().create(wf.withSpec(wf.spec().withSuspend(true))).metadata().name();
    var events = argo.workflows().watch().name(name).open();
    var it = events.iterator();
    assertThat(it.next().type()).isEqualTo("ADDED");

    argo.close();

    assertThatThrownBy(() -> {
      while (it.hasNext()) {
        it.next();
      }
    }).hasMessageContaining("the local backend was closed");
    assertThatThrownBy(() -> argo.workflows().get(name)).hasMessageContaining("the local backend was closed");
  }

  @Test
  void argoClientLocalFindsTheBackendOnThePath() {
    try (ArgoClient local = ArgoClient.local()) {
      assertThat(local.backend()).startsWith("local runner");
      assertThat(local.namespace()).isEqualTo("default");
    }
  }
}
