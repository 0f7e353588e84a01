package io.argowf.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.CronWorkflowSpec;
import io.argowf.model.workflow.ResubmitArchivedWorkflowRequest;
import io.argowf.model.workflow.RetryArchivedWorkflowRequest;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowTemplate;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManageTest extends ArgoStub {
  private static final WorkflowSpec SPEC = WorkflowSpec.builder().entrypoint("main").build();
  private static final String OBJ = "{\"metadata\":{\"name\":\"t\",\"namespace\":\"argo\",\"resourceVersion\":\"4\"}}";

  /** Answers every call with {@code OBJ} so each test only checks what the client sent. */
  private void echo() {
    server.stubFor(any(anyUrl()).willReturn(json(OBJ)));
  }

  @Test
  void workflowTemplatesCreateGetListUpdateDeleteLint() {
    echo();
    server.stubFor(get(urlPathEqualTo("/api/v1/workflow-templates/argo")).willReturn(json("{\"items\":[" + OBJ + "]}")));
    WorkflowTemplate t = WorkflowTemplate.builder().metadata(ObjectMeta.builder().name("t").build()).spec(SPEC).build();
    WorkflowTemplates templates = client.workflowTemplates("argo");

    templates.create(t);
    assertThat(templates.get("t").metadata().resourceVersion()).isEqualTo("4");
    assertThat(templates.list().labelSelector("a=b").toList()).hasSize(1);
    templates.listByName("et*").toList();
    templates.update(t);
    templates.lint(t);
    templates.delete("t");

    server.verify(postRequestedFor(urlEqualTo("/api/v1/workflow-templates/argo"))
        .withRequestBody(equalToJson("{\"namespace\":\"argo\",\"template\":{\"metadata\":{\"name\":\"t\"}}}", true, true)));
    server.verify(putRequestedFor(urlEqualTo("/api/v1/workflow-templates/argo/t"))
        .withRequestBody(equalToJson("{\"namespace\":\"argo\",\"template\":{\"metadata\":{\"name\":\"t\"}}}", true, true)));
    server.verify(postRequestedFor(urlEqualTo("/api/v1/workflow-templates/argo/lint")));
    server.verify(getRequestedFor(urlPathEqualTo("/api/v1/workflow-templates/argo")).withQueryParam("namePattern", equalTo("et*")));
    server.verify(deleteRequestedFor(urlEqualTo("/api/v1/workflow-templates/argo/t")));
  }

  @Test
  void clusterWorkflowTemplatesHaveNoNamespace() {
    echo();
    server.stubFor(get(urlPathEqualTo("/api/v1/cluster-workflow-templates")).willReturn(json("{\"items\":null}")));
    ClusterWorkflowTemplate t = ClusterWorkflowTemplate.builder().metadata(ObjectMeta.builder().name("t").build())
        .spec(SPEC).build();
    ClusterWorkflowTemplates templates = client.clusterWorkflowTemplates();

    templates.create(t);
    templates.get("t");
    assertThat(templates.list().toList()).isEmpty();
    templates.update(t);
    templates.lint(t);
    templates.delete("t");

    server.verify(postRequestedFor(urlEqualTo("/api/v1/cluster-workflow-templates"))
        .withRequestBody(equalToJson("{\"template\":{\"metadata\":{\"name\":\"t\"}}}", true, true)));
    server.verify(putRequestedFor(urlEqualTo("/api/v1/cluster-workflow-templates/t")));
    server.verify(postRequestedFor(urlEqualTo("/api/v1/cluster-workflow-templates/lint")));
    server.verify(deleteRequestedFor(urlEqualTo("/api/v1/cluster-workflow-templates/t")));
  }

  @Test
  void cronWorkflowsIncludingSuspendAndResume() {
    echo();
    server.stubFor(get(urlPathEqualTo("/api/v1/cron-workflows/argo")).willReturn(json("{\"items\":[" + OBJ + "]}")));
    CronWorkflow c = CronWorkflow.builder().metadata(ObjectMeta.builder().name("t").build())
        .spec(CronWorkflowSpec.builder().addSchedules("0 3 * * *").workflowSpec(SPEC).build()).build();
    CronWorkflows crons = client.cronWorkflows("argo");

    crons.create(c);
    crons.get("t");
    assertThat(crons.list().toList()).hasSize(1);
    crons.update(c);
    crons.lint(c);
    crons.suspend("t");
    crons.resume("t");
    crons.delete("t");

    server.verify(postRequestedFor(urlEqualTo("/api/v1/cron-workflows/argo"))
        .withRequestBody(equalToJson("{\"namespace\":\"argo\",\"cronWorkflow\":{\"metadata\":{\"name\":\"t\"}}}", true, true)));
    server.verify(putRequestedFor(urlEqualTo("/api/v1/cron-workflows/argo/t/suspend"))
        .withRequestBody(equalToJson("{\"name\":\"t\",\"namespace\":\"argo\"}")));
    server.verify(putRequestedFor(urlEqualTo("/api/v1/cron-workflows/argo/t/resume")));
    server.verify(postRequestedFor(urlEqualTo("/api/v1/cron-workflows/argo/lint")));
  }

  @Test
  void archivedWorkflows() {
    echo();
    server.stubFor(get(urlPathEqualTo("/api/v1/archived-workflows")).willReturn(json(
        "{\"metadata\":{},\"items\":[" + workflowJson("old", "1", "Succeeded") + "]}")));
    server.stubFor(get(urlPathEqualTo("/api/v1/archived-workflows-label-keys")).willReturn(json("{\"items\":[\"team\"]}")));
    server.stubFor(get(urlPathEqualTo("/api/v1/archived-workflows-label-values")).willReturn(json("{\"items\":null}")));
    ArchivedWorkflows archive = client.archivedWorkflows();

    assertThat(archive.list("argo").labelSelector("team=data").toList()).hasSize(1);
    archive.listByName(NameFilter.CONTAINS, "ol").toList();
    archive.get("uid-1");
    archive.retry("uid-1", RetryArchivedWorkflowRequest.builder().namespace("argo").restartSuccessful(true).build());
    archive.resubmit("uid-1", ResubmitArchivedWorkflowRequest.builder().namespace("argo").memoized(true).build());
    assertThat(archive.labelKeys()).containsExactly("team");
    assertThat(archive.labelValues("team")).isEmpty();
    archive.delete("uid-1");

    server.verify(getRequestedFor(urlPathEqualTo("/api/v1/archived-workflows")).withQueryParam("namespace", equalTo("argo")));
    server.verify(getRequestedFor(urlPathEqualTo("/api/v1/archived-workflows")).withQueryParam("nameFilter", equalTo("Contains")));
    server.verify(putRequestedFor(urlEqualTo("/api/v1/archived-workflows/uid-1/retry"))
        .withRequestBody(equalToJson("{\"uid\":\"uid-1\",\"namespace\":\"argo\",\"restartSuccessful\":true}")));
    server.verify(putRequestedFor(urlEqualTo("/api/v1/archived-workflows/uid-1/resubmit"))
        .withRequestBody(equalToJson("{\"uid\":\"uid-1\",\"namespace\":\"argo\",\"memoized\":true}")));
    server.verify(getRequestedFor(urlPathEqualTo("/api/v1/archived-workflows-label-values"))
        .withQueryParam("listOptions.labelSelector", equalTo("team")));
    server.verify(deleteRequestedFor(urlEqualTo("/api/v1/archived-workflows/uid-1")));
  }

  @Test
  void infoVersionAndUserInfo() {
    server.stubFor(get("/api/v1/info").willReturn(json("{\"managedNamespace\":\"argo\",\"links\":null}")));
    server.stubFor(get("/api/v1/version").willReturn(json("{\"version\":\"v4.1.2\",\"goVersion\":\"go1.24\",\"platform\":\"linux/amd64\"}")));
    server.stubFor(get("/api/v1/userinfo").willReturn(json("{\"serviceAccountName\":\"argo-server\",\"newField\":1}")));

    assertThat(client.info().managedNamespace()).isEqualTo("argo");
    assertThat(client.version().version()).isEqualTo("v4.1.2");
    assertThat(client.userInfo().serviceAccountName()).isEqualTo("argo-server");
  }

  @Test
  void eventsPostAnyJsonAndListBindings() {
    server.stubFor(post(urlPathEqualTo("/api/v1/events/argo/github")).willReturn(json("{}")));
    server.stubFor(post(urlEqualTo("/api/v1/events/argo/")).willReturn(json("{}")));
    server.stubFor(get(urlPathEqualTo("/api/v1/workflow-event-bindings/argo"))
        .willReturn(json("{\"items\":[{\"metadata\":{\"name\":\"b\"},\"spec\":{\"event\":{\"selector\":\"true\"}}}]}")));

    client.events("argo").send("github", Map.of("ref", "main"));
    client.events("argo").send("", 42);

    server.verify(postRequestedFor(urlEqualTo("/api/v1/events/argo/github")).withRequestBody(equalToJson("{\"ref\":\"main\"}")));
    server.verify(postRequestedFor(urlEqualTo("/api/v1/events/argo/")).withRequestBody(equalToJson("42")));
    assertThat(client.events("argo").bindings()).extracting(b -> b.metadata().name()).containsExactly("b");
  }

  @Test
  void artifactsStreamToAFileOrAStream(@TempDir Path dir) throws Exception {
    byte[] bytes = "tarball bytes".getBytes(StandardCharsets.UTF_8);
    server.stubFor(get("/artifacts/argo/wf/wf-1/result").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/octet-stream")
        .withHeader("Content-Disposition", "attachment; filename=\"result.tgz\"").withBody(bytes)));
    server.stubFor(get("/input-artifacts/argo/wf/wf-1/data").willReturn(aResponse().withStatus(200).withBody(bytes)));
    server.stubFor(get("/artifacts-by-uid/u-1/wf-1/result").willReturn(aResponse().withStatus(200).withBody(bytes)));

    Path saved = client.artifacts("argo").output("wf", "wf-1", "result").saveTo(dir.resolve("r.tgz"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    client.artifacts("argo").input("wf", "wf-1", "data").writeTo(out);

    assertThat(Files.readAllBytes(saved)).isEqualTo(bytes);
    assertThat(out.toByteArray()).isEqualTo(bytes);
    try (var in = client.artifacts("argo").outputByUid("u-1", "wf-1", "result").open()) {
      assertThat(in.readAllBytes()).isEqualTo(bytes);
    }
  }

  @Test
  void artifactErrorsArePlainTextAndLeaveNoPartialFile(@TempDir Path dir) throws Exception {
    server.stubFor(get("/artifacts/argo/wf/wf-1/nope").willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "text/plain").withBody("artifact not found")));

    assertThatThrownBy(() -> client.artifacts("argo").output("wf", "wf-1", "nope").saveTo(dir.resolve("x")))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("artifact not found");
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}
