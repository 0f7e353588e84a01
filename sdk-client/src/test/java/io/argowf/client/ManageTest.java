package io.argowf.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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

  /**
   * argo-server (v3.5.5 and v4.1.2 alike) routes /artifact-files/{ns}/workflows/... and
   * /artifact-files/{ns}/archived-workflows/...; the swagger's "workflow" reaches no handler.
   */
  @Test
  void artifactFilesAddressLiveAndArchivedWorkflowsInputsOutputsAndAPathInside() throws Exception {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withBody("csv")));
    Artifacts artifacts = client.artifacts("argo");

    artifacts.outputFile("wf", "wf-1", "reports", "2024/summary q1.csv").writeTo(new ByteArrayOutputStream());
    artifacts.inputFile("wf", "wf-1", "data", "").writeTo(new ByteArrayOutputStream());
    artifacts.archivedOutputFile("u-1", "wf-1", "reports", "a/./b.csv").writeTo(new ByteArrayOutputStream());
    artifacts.archivedInputFile("u-1", "wf-1", "data", null).writeTo(new ByteArrayOutputStream());
    try (var in = artifacts.inputByUid("u-1", "wf-1", "data").open()) {
      assertThat(in.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("csv");
    }

    server.verify(getRequestedFor(urlEqualTo("/artifact-files/argo/workflows/wf/wf-1/outputs/reports/2024/summary%20q1.csv")));
    server.verify(getRequestedFor(urlEqualTo("/artifact-files/argo/workflows/wf/wf-1/inputs/data")));
    server.verify(getRequestedFor(urlEqualTo("/artifact-files/argo/archived-workflows/u-1/wf-1/outputs/reports/a/b.csv")));
    server.verify(getRequestedFor(urlEqualTo("/artifact-files/argo/archived-workflows/u-1/wf-1/inputs/data")));
    server.verify(getRequestedFor(urlEqualTo("/input-artifacts-by-uid/u-1/wf-1/data")));
  }

  /** argo-server v3.5.5's artifact-files handler accepts only "outputs"; an input file is refused before sending. */
  @Test
  void inputArtifactFilesAreRefusedClearlyOnAVersion35Server() {
    server.stubFor(get("/api/v1/version").willReturn(json("{\"version\":\"v3.5.5\"}")));

    assertThatThrownBy(() -> client.artifacts("argo").inputFile("wf", "wf-1", "data", ""))
        .isInstanceOf(UnsupportedByBackendException.class).hasMessageContaining("v3.5.5");
    server.verify(0, getRequestedFor(urlPathMatching("/artifact-files/.*")));
  }

  @Test
  void anArtifactFilePathCannotClimbOutOfTheArtifact() {
    assertThatThrownBy(() -> client.artifacts("argo").outputFile("wf", "wf-1", "reports", "../../secrets"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../../secrets");
  }

  @Test
  void templateAndCronDeletesSendOptionsButNeverForce() {
    echo();
    DeleteOptions opts = DeleteOptions.defaults().withPropagation(DeleteOptions.Propagation.BACKGROUND).withForce();

    client.workflowTemplates("argo").delete("t", opts);
    client.clusterWorkflowTemplates().delete("t", opts);
    client.cronWorkflows("argo").delete("t", opts.withGracePeriod(java.time.Duration.ZERO));

    server.verify(deleteRequestedFor(urlPathEqualTo("/api/v1/workflow-templates/argo/t"))
        .withQueryParam("deleteOptions.propagationPolicy", equalTo("Background")).withQueryParam("force", absent()));
    server.verify(deleteRequestedFor(urlPathEqualTo("/api/v1/cluster-workflow-templates/t"))
        .withQueryParam("deleteOptions.propagationPolicy", equalTo("Background")).withQueryParam("force", absent()));
    server.verify(deleteRequestedFor(urlPathEqualTo("/api/v1/cron-workflows/argo/t"))
        .withQueryParam("deleteOptions.gracePeriodSeconds", equalTo("0")).withQueryParam("force", absent()));
  }

  @Test
  void kubernetesEventsStreamTypedAndReconnectWithoutRepeats() {
    String path = "/api/v1/stream/events/argo";
    String first = k8sEvent("e1", "10", "Normal", "WorkflowRunning", "2024-05-01T10:00:00Z");
    String second = k8sEvent("e2", "11", "Warning", "WorkflowFailed", "2024-05-01T10:05:00Z");
    server.stubFor(get(urlPathEqualTo(path)).withQueryParam("listOptions.resourceVersion", absent())
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
            .withBody(sse("{\"result\":" + first + "}", EOF_ERROR))));
    server.stubFor(get(urlPathEqualTo(path)).withQueryParam("listOptions.resourceVersion", equalTo("10"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
            .withBody(sse("{\"result\":" + first + "}", "{\"result\":" + second + "}"))));

    List<String> seen = new ArrayList<>();
    try (ArgoStream<KubernetesEvent> events = client.events("argo").kubernetes().involving("Workflow", "wf").open()) {
      Iterator<KubernetesEvent> it = events.iterator();
      while (seen.size() < 2 && it.hasNext()) {
        KubernetesEvent e = it.next();
        seen.add(e.type() + " " + e.reason() + " " + e.involvedObject().kind() + "/" + e.involvedObject().name()
            + " " + e.message() + " @" + e.time().orElseThrow());
      }
    }

    assertThat(seen).containsExactly(
        "Normal WorkflowRunning Workflow/wf message of e1 @2024-05-01T10:00:00Z",
        "Warning WorkflowFailed Workflow/wf message of e2 @2024-05-01T10:05:00Z");
    server.verify(getRequestedFor(urlPathEqualTo(path)).withHeader("Accept", equalTo("text/event-stream"))
        .withQueryParam("listOptions.fieldSelector", equalTo("involvedObject.kind=Workflow,involvedObject.name=wf")));
  }

  private static String k8sEvent(String name, String rv, String type, String reason, String lastTimestamp) {
    return "{\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"argo\",\"uid\":\"uid-" + name
        + "\",\"resourceVersion\":\"" + rv + "\"},\"involvedObject\":{\"kind\":\"Workflow\",\"name\":\"wf\","
        + "\"namespace\":\"argo\"},\"type\":\"" + type + "\",\"reason\":\"" + reason + "\",\"message\":\"message of "
        + name + "\",\"count\":1,\"firstTimestamp\":\"2024-05-01T09:00:00Z\",\"lastTimestamp\":\"" + lastTimestamp
        + "\",\"eventTime\":null,\"source\":{\"component\":\"workflow-controller\"},\"series\":{\"count\":2}}";
  }
}
