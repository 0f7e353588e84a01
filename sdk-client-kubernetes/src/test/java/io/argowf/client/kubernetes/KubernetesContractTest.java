package io.argowf.client.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.client.ArgoClient;
import io.argowf.client.UnsupportedByBackendException;
import io.argowf.client.contract.BackendContract;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowTemplate;
import io.argowf.model.workflow.WorkflowTemplateRef;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The backend contract against fabric8's mock API server in CRUD mode, plus what only this backend does. */
class KubernetesContractTest extends BackendContract {
  private KubernetesMockServer server;
  private KubernetesClient kube;

  @Override
  protected ArgoClient newClient() {
    var responses = new HashMap<io.fabric8.mockwebserver.ServerRequest, java.util.Queue<io.fabric8.mockwebserver.ServerResponse>>();
    server = new KubernetesMockServer(new Context(), new MockWebServer(), responses,
        new KubernetesMixedDispatcher(responses), false);
    server.init();
    for (String[] kind : new String[][] {{"Workflow", "workflows", "Namespaced"},
        {"WorkflowTemplate", "workflowtemplates", "Namespaced"}, {"CronWorkflow", "cronworkflows", "Namespaced"},
        {"ClusterWorkflowTemplate", "clusterworkflowtemplates", "Cluster"}}) {
      server.expectCustomResource(new CustomResourceDefinitionContext.Builder().withGroup("argoproj.io")
          .withVersion("v1alpha1").withKind(kind[0]).withPlural(kind[1]).withScope(kind[2]).build());
    }
    kube = server.createClient();
    return ArgoClient.of(KubernetesBackend.of(kube, NS));
  }

  @AfterEach
  void stopServer() {
    kube.close();
    server.destroy();
  }

  @Override
  protected void finish(String name, String phase) {
    kube.genericKubernetesResources("argoproj.io/v1alpha1", "Workflow").inNamespace(NS).withName(name)
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"status\":{\"phase\":\"" + phase + "\"}}");
  }

  @Test
  void theBackendSaysWhatItTalksTo() {
    assertThat(client().backend()).startsWith("kubernetes http");
  }

  @Test
  void getAndListApplyTheFieldsProjectionOnTheClientSide() {
    String name = client().workflows(NS).create(workflow("slim-", Map.of("team", "data"))).metadata().name();

    Workflow slim = client().workflows(NS).get(name,
        io.argowf.client.GetOptions.defaults().withFields("metadata.name", "metadata.labels"));
    Workflow listed = client().workflows(NS).list().fields("metadata.name").toList().get(0);

    assertThat(slim.metadata().name()).isEqualTo(name);
    assertThat(slim.metadata().labels()).containsEntry("team", "data");
    assertThat(slim.metadata().uid()).isNull();
    assertThat(slim.spec()).isNull();
    assertThat(listed.metadata().name()).isEqualTo(name);
    assertThat(listed.spec()).isNull();
  }

  @Test
  void stopAndTerminatePatchSpecShutdownAsTheCliDoes() {
    String name = client().workflows(NS).create(workflow("stopped-", Map.of())).metadata().name();

    assertThat(client().workflows(NS).stop(name).spec().shutdown()).isEqualTo("Stop");
    assertThat(client().workflows(NS).terminate(name).spec().shutdown()).isEqualTo("Terminate");
  }

  @Test
  void actionsThatNeedArgoServerSaySo() {
    String name = client().workflows(NS).create(workflow("x-", Map.of())).metadata().name();

    assertThatThrownBy(() -> client().workflows(NS).retry(name)).isInstanceOf(UnsupportedByBackendException.class)
        .hasMessageContaining("argo-server").hasMessageContaining("kubernetes");
    assertThatThrownBy(() -> client().archivedWorkflows()).isInstanceOf(UnsupportedByBackendException.class);
  }

  @Test
  void aSubmissionFromATemplateCreatesAWorkflowReferencingItWithTheParameters() {
    client().workflowTemplates(NS).create(WorkflowTemplate.builder()
        .metadata(ObjectMeta.builder().name("etl").build())
        .spec(WorkflowSpec.builder().entrypoint("main").build()).build());

    Workflow wf = client().workflows(NS).fromTemplate("etl").parameter("date", "2024-01-01").label("team", "data")
        .submit();

    assertThat(wf.metadata().name()).startsWith("etl-");
    assertThat(wf.metadata().labels()).containsEntry("workflows.argoproj.io/workflow-template", "etl")
        .containsEntry("team", "data");
    assertThat(wf.spec().workflowTemplateRef()).isEqualTo(WorkflowTemplateRef.builder().name("etl").build());
    assertThat(wf.spec().arguments().parameters()).singleElement()
        .satisfies(p -> assertThat(p.value()).hasToString("2024-01-01"));
  }

  @Test
  void logsAreReadFromTheWorkflowsPods() {
    String name = client().workflows(NS).create(workflow("logged-", Map.of())).metadata().name();
    kube.pods().inNamespace(NS).resource(new PodBuilder().withNewMetadata().withName(name + "-1")
        .addToLabels("workflows.argoproj.io/workflow", name).endMetadata().build()).create();
    server.expect().get().withPath("/api/v1/namespaces/argo/pods/" + name + "-1/log?pretty=false&container=main")
        .andReturn(200, "starting\nERROR boom\ndone\n").always();

    try (var lines = client().workflows(NS).logs(name).grep("^ERROR").lines().stream()) {
      assertThat(lines.map(l -> l.podName() + ": " + l.content())).containsExactly(name + "-1: ERROR boom");
    }
  }
}
