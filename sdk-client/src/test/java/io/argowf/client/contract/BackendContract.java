package io.argowf.client.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.client.ArgoClient;
import io.argowf.client.ArgoStream;
import io.argowf.client.NotFoundException;
import io.argowf.client.WaitOptions;
import io.argowf.client.Workflows;
import io.argowf.model.k8s.Container;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.CronWorkflowSpec;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowTemplate;
import io.argowf.model.workflow.WorkflowWatchEvent;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every backend of {@link ArgoClient} must do alike, written once: argo-server (against an
 * in-memory stand-in), Kubernetes (against fabric8's mock server in CRUD mode) and the local runner
 * extend it. A subclass starts its server, hands out a client, and moves a workflow to a phase as the
 * workflow controller would.
 */
public abstract class BackendContract {
  protected static final String NS = "argo";

  private ArgoClient client;

  /** @return a client of the backend under test, talking to a fresh server with namespace {@value #NS} */
  protected abstract ArgoClient newClient();

  /** Moves a workflow to {@code phase} as the controller would (a MODIFIED event follows). */
  protected abstract void finish(String name, String phase);

  @BeforeEach
  void connect() {
    client = newClient();
  }

  @AfterEach
  void disconnect() {
    client.close();
  }

  protected ArgoClient client() {
    return client;
  }

  protected static Workflow workflow(String generateName, Map<String, String> labels) {
    return Workflow.builder()
        .metadata(ObjectMeta.builder().generateName(generateName).namespace(NS).labels(labels).build())
        .spec(spec())
        .build();
  }

  private static WorkflowSpec spec() {
    return WorkflowSpec.builder().entrypoint("main").addTemplates(Template.builder().name("main")
        .container(Container.builder().image("alpine:3.20").addCommand("echo", "hi").build()).build()).build();
  }

  @Test
  void aCreatedWorkflowIsReadBackAndListedByLabel() {
    Workflows wfs = client.workflows(NS);
    Workflow created = wfs.create(workflow("hello-", Map.of("team", "data")));
    wfs.create(workflow("other-", Map.of("team", "ops")));

    assertThat(created.metadata().name()).startsWith("hello-");
    assertThat(wfs.get(created.metadata().name()).spec().entrypoint()).isEqualTo("main");
    assertThat(wfs.list().labelSelector("team=data").toList()).extracting(w -> w.metadata().name())
        .containsExactly(created.metadata().name());
  }

  @Test
  void aDeletedWorkflowIsNotFound() {
    Workflows wfs = client.workflows(NS);
    String name = wfs.create(workflow("bye-", Map.of())).metadata().name();

    wfs.delete(name);

    assertThatThrownBy(() -> wfs.get(name)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> wfs.get("never-was")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aWatchSeesTheWorkflowAndItsChanges() throws Exception {
    Workflows wfs = client.workflows(NS);
    String name = wfs.create(workflow("watched-", Map.of())).metadata().name();
    try (ArgoStream<WorkflowWatchEvent> events = wfs.watch().name(name).open()) {
      Iterator<WorkflowWatchEvent> it = events.iterator();
      CompletableFuture<WorkflowWatchEvent> first = CompletableFuture.supplyAsync(it::next);
      assertThat(first.get(20, TimeUnit.SECONDS).object().metadata().name()).isEqualTo(name);

      finish(name, "Succeeded");

      // a real controller (and the local runner) reports the steps on the way: MODIFIED events until the end
      CompletableFuture<WorkflowWatchEvent> next = CompletableFuture.supplyAsync(() -> {
        WorkflowWatchEvent e = it.next();
        while (e.object().status() == null || !"Succeeded".equals(e.object().status().phase())) {
          assertThat(e.type()).isEqualTo("MODIFIED");
          e = it.next();
        }
        return e;
      });
      WorkflowWatchEvent changed = next.get(20, TimeUnit.SECONDS);
      assertThat(changed.type()).isEqualTo("MODIFIED");
      assertThat(changed.object().status().phase()).isEqualTo("Succeeded");
    }
  }

  @Test
  void waitForReturnsTheFinishedWorkflow() throws Exception {
    Workflows wfs = client.workflows(NS);
    Workflow created = wfs.create(workflow("waited-", Map.of()));
    CompletableFuture<Workflow> done = CompletableFuture.supplyAsync(() -> client.waitFor(created,
        WaitOptions.defaults().withTimeout(Duration.ofSeconds(30))));
    Thread.sleep(300);

    finish(created.metadata().name(), "Failed");

    assertThat(done.get(40, TimeUnit.SECONDS).status().phase()).isEqualTo("Failed");
  }

  @Test
  void suspendAndResumeSetAndClearSpecSuspend() {
    Workflows wfs = client.workflows(NS);
    String name = wfs.create(workflow("paused-", Map.of())).metadata().name();

    wfs.suspend(name);
    assertThat(wfs.get(name).spec().suspend()).isTrue();

    wfs.resume(name);
    assertThat(wfs.get(name).spec().suspend()).isNotEqualTo(Boolean.TRUE);
  }

  @Test
  void applyCreatesThenLeavesAnUnchangedTemplateAloneThenUpdatesAChangedOne() {
    WorkflowTemplate t = WorkflowTemplate.builder().metadata(ObjectMeta.builder().name("etl").namespace(NS).build())
        .spec(spec()).build();

    WorkflowTemplate created = (WorkflowTemplate) client.apply(t);
    WorkflowTemplate unchanged = (WorkflowTemplate) client.apply(t);
    WorkflowTemplate updated = (WorkflowTemplate) client.apply(t.withSpec(t.spec().withEntrypoint("other")));

    assertThat(unchanged.metadata().resourceVersion()).isEqualTo(created.metadata().resourceVersion());
    assertThat(updated.metadata().resourceVersion()).isNotEqualTo(created.metadata().resourceVersion());
    assertThat(client.workflowTemplates(NS).get("etl").spec().entrypoint()).isEqualTo("other");
    assertThat(client.workflowTemplates(NS).list().toList()).hasSize(1);
  }

  @Test
  void aCronWorkflowIsSuspendedAndResumed() {
    CronWorkflow cron = CronWorkflow.builder().metadata(ObjectMeta.builder().name("nightly").namespace(NS).build())
        .spec(CronWorkflowSpec.builder().schedules(List.of("0 2 * * *")).workflowSpec(spec()).build()).build();
    client.cronWorkflows(NS).create(cron);

    assertThat(client.cronWorkflows(NS).suspend("nightly").spec().suspend()).isTrue();
    assertThat(client.cronWorkflows(NS).resume("nightly").spec().suspend()).isNotEqualTo(Boolean.TRUE);
  }
}
