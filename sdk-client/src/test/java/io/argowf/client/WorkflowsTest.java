package io.argowf.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.k8s.Container;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowResubmitRequest;
import io.argowf.model.workflow.WorkflowRetryRequest;
import io.argowf.model.workflow.WorkflowSetRequest;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowStopRequest;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WorkflowsTest extends ArgoStub {
  static final Workflow HELLO = Workflow.builder()
      .metadata(ObjectMeta.builder().generateName("hello-").build())
      .spec(WorkflowSpec.builder().entrypoint("main").addTemplates(Template.builder().name("main")
          .container(Container.builder().image("alpine:3.20").addCommand("echo", "hello").build()).build()).build())
      .build();

  @Test
  void createSendsTheWorkflowWithTheTokenVerbatimAndReadsTheCreatedOne() {
    server.stubFor(post("/api/v1/workflows/argo").willReturn(json(workflowJson("hello-abc", "7", ""))));

    Workflow created = client.workflows("argo").create(HELLO);

    assertThat(created.metadata().name()).isEqualTo("hello-abc");
    server.verify(postRequestedFor(urlEqualTo("/api/v1/workflows/argo"))
        .withHeader("Authorization", equalTo(TOKEN))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"namespace\":\"argo\",\"workflow\":{\"metadata\":{\"generateName\":\"hello-\"},"
            + "\"spec\":{\"entrypoint\":\"main\"}}}", true, true)));
  }

  /**
   * argo-server's create looks at createOptions.dryRun before serverDryRun: with dryRun set it hands the
   * workflow back as sent, neither validated nor defaulted. Only serverDryRun makes it validate and
   * default without storing.
   */
  @Test
  void createDryRunAsksForAServerDryRunOnly() {
    server.stubFor(post("/api/v1/workflows/argo").willReturn(json(workflowJson("hello-abc", "", ""))));

    client.workflows("argo").createDryRun(HELLO);

    server.verify(postRequestedFor(urlEqualTo("/api/v1/workflows/argo"))
        .withRequestBody(equalToJson("{\"serverDryRun\":true}", true, true))
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("createOptions")));
  }

  @Test
  void createRefusesAWorkflowWithoutNameBeforeSendingIt() {
    Workflow nameless = HELLO.withMetadata(ObjectMeta.builder().build());

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.workflows("argo").create(nameless))
        .isInstanceOf(InvalidException.class).hasMessageContaining("generateName");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void localLintRefusesModelErrorsAndCanBeTurnedOff() {
    Workflow typo = io.argowf.model.Manifests.read(
        "{\"metadata\":{\"generateName\":\"x-\"},\"spec\":{\"entrypoint\":\"main\",\"entrypiont\":\"oops\"}}",
        Workflow.class);
    server.stubFor(post("/api/v1/workflows/argo").willReturn(json(workflowJson("x-1", "1", ""))));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.workflows("argo").create(typo))
        .isInstanceOf(InvalidException.class).hasMessageContaining("entrypiont")
        .hasCauseInstanceOf(io.argowf.model.LintException.class);
    assertThat(server.getAllServeEvents()).isEmpty();

    builder().lintBeforeSubmit(false).build().workflows("argo").create(typo);
    server.verify(1, postRequestedFor(urlEqualTo("/api/v1/workflows/argo")));
    server.resetRequests(); // the typo that reached the stub is the point: keep it from the spec check
  }

  @Test
  void localLintResolvesReferencedTemplatesFromTheServer() {
    Workflow viaRef = io.argowf.model.Manifests.read("""
        {"metadata": {"generateName": "r-"},
         "spec": {"workflowTemplateRef": {"name": "report"}, "arguments": {"parameters": [{"name": "kind", "value": "daily"}]}}}
        """, Workflow.class);
    server.stubFor(get("/api/v1/workflow-templates/argo/report").willReturn(json("""
        {"metadata": {"name": "report", "namespace": "argo"},
         "spec": {"entrypoint": "main", "arguments": {"parameters": [{"name": "kind"}]},
                  "templates": [{"name": "main", "container": {"image": "alpine"}}]}}
        """)));
    server.stubFor(post("/api/v1/workflows/argo").willReturn(json(workflowJson("r-1", "1", ""))));

    client.workflows("argo").create(viaRef);

    server.verify(getRequestedFor(urlEqualTo("/api/v1/workflow-templates/argo/report")));
    server.verify(postRequestedFor(urlEqualTo("/api/v1/workflows/argo")));
  }

  @Test
  void localLintRefusesAReferenceTheServerDoesNotHave() {
    Workflow viaRef = io.argowf.model.Manifests.read(
        "{\"metadata\": {\"generateName\": \"r-\"}, \"spec\": {\"workflowTemplateRef\": {\"name\": \"gone\", \"clusterScope\": true}}}",
        Workflow.class);
    server.stubFor(get("/api/v1/cluster-workflow-templates/gone")
        .willReturn(aResponse().withStatus(404).withBody("{\"code\":5,\"message\":\"not found\"}")));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.workflows("argo").create(viaRef))
        .isInstanceOf(InvalidException.class).hasMessageContaining("spec.workflowTemplateRef.name");
    server.verify(0, postRequestedFor(urlEqualTo("/api/v1/workflows/argo")));
  }

  @Test
  void lintPostsToTheLintEndpoint() {
    server.stubFor(post("/api/v1/workflows/argo/lint").willReturn(json(workflowJson("x", "", ""))));

    client.workflows("argo").lint(HELLO);

    server.verify(postRequestedFor(urlEqualTo("/api/v1/workflows/argo/lint"))
        .withRequestBody(equalToJson("{\"namespace\":\"argo\",\"workflow\":{}}", true, true)));
  }

  @Test
  void getReadsTimestampsWithoutFuss() {
    server.stubFor(get("/api/v1/workflows/argo/hello-abc").willReturn(json(workflowJson("hello-abc", "9", "Running"))));

    Workflow wf = client.workflows("argo").get("hello-abc");

    assertThat(wf.status().phase()).isEqualTo("Running");
    assertThat(wf.status().startedAt().toInstant()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
  }

  @Test
  void namesAreEncodedAsOnePathSegment() {
    server.stubFor(get(urlEqualTo("/api/v1/workflows/argo/a%2Fb")).willReturn(json(workflowJson("a", "1", ""))));

    client.workflows("argo").get("a/b");

    server.verify(getRequestedFor(urlEqualTo("/api/v1/workflows/argo/a%2Fb")));
  }

  @Test
  void listSendsSelectorsProjectionAndPageSizeAndFollowsContinueOffsets() {
    server.stubFor(get(urlPathEqualTo("/api/v1/workflows/argo"))
        .withQueryParam("listOptions.continue", absent())
        .willReturn(json("{\"metadata\":{\"continue\":\"2\"},\"items\":[" + workflowJson("a", "1", "Succeeded") + ","
            + workflowJson("b", "2", "Failed") + "]}")));
    server.stubFor(get(urlPathEqualTo("/api/v1/workflows/argo"))
        .withQueryParam("listOptions.continue", equalTo("2"))
        .willReturn(json("{\"metadata\":{},\"items\":[" + workflowJson("c", "3", "Running") + "]}")));

    List<String> names = client.workflows("argo").list()
        .labelSelector("team=data").fieldSelector("metadata.name!=z")
        .fields("metadata.name", "status.phase").pageSize(2)
        .stream().map(w -> w.metadata().name()).collect(Collectors.toList());

    assertThat(names).containsExactly("a", "b", "c");
    server.verify(getRequestedFor(urlPathEqualTo("/api/v1/workflows/argo"))
        .withQueryParam("listOptions.labelSelector", equalTo("team=data"))
        .withQueryParam("listOptions.fieldSelector", equalTo("metadata.name!=z,ext.showRemainingItemCount=true"))
        .withQueryParam("listOptions.limit", equalTo("2"))
        .withQueryParam("fields", equalTo("metadata,items.metadata.name,items.status.phase")));
  }

  @Test
  void listTreatsNullItemsAsEmpty() {
    server.stubFor(get(urlPathEqualTo("/api/v1/workflows/argo")).willReturn(json("{\"metadata\":{},\"items\":null}")));

    assertThat(client.workflows("argo").list().toList()).isEmpty();
  }

  /** The page parser leaves duplicate keys to the model's readers: an item with one is still refused, naming it. */
  @Test
  void aListItemWithAKeyGivenTwiceIsRefused() {
    server.stubFor(get(urlPathEqualTo("/api/v1/workflows/argo")).willReturn(json(
        "{\"metadata\":{},\"items\":[{\"metadata\":{\"name\":\"a\",\"name\":\"b\"}}]}")));

    assertThatThrownBy(() -> client.workflows("argo").list().toList())
        .hasStackTraceContaining("Duplicate field 'name'");
  }

  @Test
  void listFetchesTheNextPageOnlyWhenNeeded() {
    server.stubFor(get(urlPathEqualTo("/api/v1/workflows/argo"))
        .willReturn(json("{\"metadata\":{\"continue\":\"1\"},\"items\":[" + workflowJson("a", "1", "") + "]}")));

    try (Stream<Workflow> s = client.workflows("argo").list().pageSize(1).stream()) {
      assertThat(s.findFirst()).isPresent();
    }

    server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/workflows/argo")));
  }

  @Test
  void listByNameSendsTheNameFilter() {
    server.stubFor(get(urlPathEqualTo("/api/v1/workflows/argo")).willReturn(json("{\"items\":[]}")));

    client.workflows("argo").listByName(NameFilter.PREFIX, "nightly-").toList();

    server.verify(getRequestedFor(urlPathEqualTo("/api/v1/workflows/argo"))
        .withQueryParam("nameFilter", equalTo("Prefix"))
        .withQueryParam("listOptions.fieldSelector", equalTo("metadata.name=nightly-")));
  }

  @Test
  void pageReturnsOnePageAndItsContinueToken() {
    server.stubFor(get(urlPathEqualTo("/api/v1/workflows/argo")).willReturn(json(
        "{\"items\":[" + workflowJson("a", "1", "") + "],\"metadata\":{\"continue\":\"1\",\"remainingItemCount\":4}}")));

    Page<Workflow> page = client.workflows("argo").list().withoutFields("status.nodes").pageSize(1).page(null);

    assertThat(page.items()).hasSize(1);
    assertThat(page.continueToken()).contains("1");
    assertThat(page.remainingItemCount()).contains(4L);
    server.verify(getRequestedFor(urlPathEqualTo("/api/v1/workflows/argo"))
        .withQueryParam("fields", equalTo("-items.status.nodes")));
  }

  @Test
  void deleteSendsADelete() {
    server.stubFor(delete("/api/v1/workflows/argo/old").willReturn(json("{}")));

    client.workflows("argo").delete("old");

    server.verify(deleteRequestedFor(urlEqualTo("/api/v1/workflows/argo/old")));
  }

  @Test
  void actionsPutNameNamespaceAndOptions() {
    for (String action : List.of("retry", "resubmit", "suspend", "resume", "terminate", "stop", "set")) {
      server.stubFor(put("/api/v1/workflows/argo/wf/" + action).willReturn(json(workflowJson("wf", "1", "Running"))));
    }
    Workflows wfs = client.workflows("argo");

    wfs.retry("wf", WorkflowRetryRequest.builder().restartSuccessful(true).nodeFieldSelector("id=x")
        .parameters(List.of("a=1")).build());
    wfs.resubmit("wf", WorkflowResubmitRequest.builder().memoized(true).build());
    wfs.suspend("wf");
    wfs.resume("wf");
    wfs.terminate("wf");
    wfs.stop("wf", WorkflowStopRequest.builder().message("bye").build());
    wfs.set("wf", WorkflowSetRequest.builder().phase("Succeeded").outputParameters("{\"x\":\"1\"}").build());

    server.verify(putRequestedFor(urlEqualTo("/api/v1/workflows/argo/wf/retry")).withRequestBody(equalToJson(
        "{\"name\":\"wf\",\"namespace\":\"argo\",\"restartSuccessful\":true,\"nodeFieldSelector\":\"id=x\","
            + "\"parameters\":[\"a=1\"]}")));
    server.verify(putRequestedFor(urlEqualTo("/api/v1/workflows/argo/wf/resubmit"))
        .withRequestBody(equalToJson("{\"name\":\"wf\",\"namespace\":\"argo\",\"memoized\":true}")));
    server.verify(putRequestedFor(urlEqualTo("/api/v1/workflows/argo/wf/suspend"))
        .withRequestBody(equalToJson("{\"name\":\"wf\",\"namespace\":\"argo\"}")));
    server.verify(putRequestedFor(urlEqualTo("/api/v1/workflows/argo/wf/stop"))
        .withRequestBody(equalToJson("{\"name\":\"wf\",\"namespace\":\"argo\",\"message\":\"bye\"}")));
    server.verify(putRequestedFor(urlEqualTo("/api/v1/workflows/argo/wf/set")).withRequestBody(equalToJson(
        "{\"name\":\"wf\",\"namespace\":\"argo\",\"phase\":\"Succeeded\",\"outputParameters\":\"{\\\"x\\\":\\\"1\\\"}\"}")));
  }

  @Test
  void submitFromATemplateSendsParametersAndLabelsInArgoWireShapes() {
    server.stubFor(post("/api/v1/workflows/argo/submit").willReturn(json(workflowJson("etl-x", "1", ""))));

    Workflow wf = client.workflows("argo").fromTemplate("etl")
        .parameter("date", "2024-01-01").parameter("mode", "full")
        .label("team", "data").label("tier", "batch").annotation("note", "hi")
        .generateName("etl-").serviceAccount("runner").entryPoint("main").priority(3)
        .submit();

    assertThat(wf.metadata().name()).isEqualTo("etl-x");
    server.verify(postRequestedFor(urlEqualTo("/api/v1/workflows/argo/submit")).withRequestBody(equalToJson(
        "{\"namespace\":\"argo\",\"resourceKind\":\"WorkflowTemplate\",\"resourceName\":\"etl\",\"submitOptions\":{"
            + "\"generateName\":\"etl-\",\"serviceAccount\":\"runner\",\"entryPoint\":\"main\","
            + "\"labels\":\"team=data,tier=batch\",\"annotations\":\"note=hi\","
            + "\"parameters\":[\"date=2024-01-01\",\"mode=full\"],\"priority\":3}}")));
  }

  @Test
  void submitFromClusterTemplateAndCronWorkflowNameTheirKinds() {
    server.stubFor(post("/api/v1/workflows/argo/submit").willReturn(json(workflowJson("x", "1", ""))));

    client.workflows("argo").fromClusterTemplate("shared").submit();
    client.workflows("argo").fromCronWorkflow("nightly").serverDryRun().submit();

    server.verify(postRequestedFor(urlEqualTo("/api/v1/workflows/argo/submit")).withRequestBody(equalToJson(
        "{\"resourceKind\":\"ClusterWorkflowTemplate\",\"resourceName\":\"shared\"}", true, true)));
    server.verify(postRequestedFor(urlEqualTo("/api/v1/workflows/argo/submit")).withRequestBody(equalToJson(
        "{\"resourceKind\":\"CronWorkflow\",\"resourceName\":\"nightly\",\"submitOptions\":{\"serverDryRun\":true}}",
        true, true)));
  }

  @Test
  void getSendsFieldsUidAndResourceVersion() {
    server.stubFor(get(urlPathEqualTo("/api/v1/workflows/argo/wf")).willReturn(json("{\"metadata\":{\"name\":\"wf\"}}")));

    Workflow slim = client.workflows("argo").get("wf", GetOptions.defaults()
        .withFields("metadata.name", "status.phase").withUid("u-1").withResourceVersion("42"));

    assertThat(slim.metadata().name()).isEqualTo("wf");
    server.verify(getRequestedFor(urlPathEqualTo("/api/v1/workflows/argo/wf"))
        .withQueryParam("fields", equalTo("metadata.name,status.phase"))
        .withQueryParam("uid", equalTo("u-1"))
        .withQueryParam("getOptions.resourceVersion", equalTo("42")));
  }

  @Test
  void getCanExcludeFields() {
    server.stubFor(get(urlPathEqualTo("/api/v1/workflows/argo/wf")).willReturn(json(workflowJson("wf", "1", ""))));

    client.workflows("argo").get("wf", GetOptions.defaults().withoutFields("status.nodes"));

    server.verify(getRequestedFor(urlPathEqualTo("/api/v1/workflows/argo/wf"))
        .withQueryParam("fields", equalTo("-status.nodes")).withQueryParam("uid", absent()));
  }

  @Test
  void deleteSendsGracePeriodPropagationAndForce() {
    server.stubFor(delete(urlPathEqualTo("/api/v1/workflows/argo/old")).willReturn(json("{}")));

    client.workflows("argo").delete("old", DeleteOptions.defaults().withGracePeriod(java.time.Duration.ofSeconds(30))
        .withPropagation(DeleteOptions.Propagation.FOREGROUND).withForce());

    server.verify(deleteRequestedFor(urlPathEqualTo("/api/v1/workflows/argo/old"))
        .withQueryParam("deleteOptions.gracePeriodSeconds", equalTo("30"))
        .withQueryParam("deleteOptions.propagationPolicy", equalTo("Foreground"))
        .withQueryParam("force", equalTo("true")));
  }

  @Test
  void listByTimeSendsCreatedAfterAndFinishedBeforeInRfc3339() {
    server.stubFor(get(urlPathEqualTo("/api/v1/workflows/argo")).willReturn(json("{\"items\":null}")));

    client.workflows("argo").listByTime(Instant.parse("2024-05-01T10:00:00.123Z"), Instant.parse("2024-05-02T00:00:00Z"))
        .toList();
    client.workflows("argo").listByTime(null, Instant.parse("2024-05-02T00:00:00Z")).toList();

    server.verify(getRequestedFor(urlPathEqualTo("/api/v1/workflows/argo"))
        .withQueryParam("createdAfter", equalTo("2024-05-01T10:00:00Z"))
        .withQueryParam("finishedBefore", equalTo("2024-05-02T00:00:00Z")));
    server.verify(getRequestedFor(urlPathEqualTo("/api/v1/workflows/argo"))
        .withQueryParam("createdAfter", absent()).withQueryParam("finishedBefore", equalTo("2024-05-02T00:00:00Z")));
  }
}
