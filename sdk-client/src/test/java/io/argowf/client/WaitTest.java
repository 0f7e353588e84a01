package io.argowf.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitTest extends ArgoStub {
  private static final String EVENTS = "/api/v1/workflow-events/argo";

  private static String running(String rv, String progress, String... nodePhases) {
    StringBuilder nodes = new StringBuilder();
    for (int i = 0; i < nodePhases.length; i++) {
      nodes.append(i == 0 ? "" : ",").append("\"n").append(i).append("\":{\"id\":\"n").append(i)
          .append("\",\"type\":\"Pod\",\"phase\":\"").append(nodePhases[i]).append("\"}");
    }
    nodes.append(nodePhases.length == 0 ? "" : ",").append("\"root\":{\"id\":\"root\",\"type\":\"Steps\",\"phase\":\"Running\"}");
    return "{\"metadata\":{\"name\":\"wf\",\"namespace\":\"argo\",\"uid\":\"u\",\"resourceVersion\":\"" + rv
        + "\"},\"status\":{\"phase\":\"" + (rv.equals("9") ? "Succeeded" : "Running") + "\",\"progress\":\""
        + progress + "\",\"nodes\":{" + nodes + "}}}";
  }

  @Test
  void followsTheWorkflowThroughAWatchThatEndsEarlyAndReportsProgress() {
    server.stubFor(get("/api/v1/workflows/argo/wf").willReturn(json(running("1", "0/2"))));
    server.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("listOptions.resourceVersion", absent())
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(sse(
            "{\"result\":{\"type\":\"ADDED\",\"object\":" + running("1", "0/2") + "}}",
            "{\"result\":{\"type\":\"MODIFIED\",\"object\":" + running("2", "0/2", "Running", "Pending") + "}}",
            EOF_ERROR))));
    server.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("listOptions.resourceVersion", com.github.tomakehurst.wiremock.client.WireMock.equalTo("2"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(sse(
            "{\"result\":{\"type\":\"MODIFIED\",\"object\":" + running("3", "1/2", "Succeeded", "Running") + "}}",
            "{\"result\":{\"type\":\"MODIFIED\",\"object\":" + running("9", "2/2", "Succeeded", "Succeeded") + "}}"))));
    List<String> progress = new ArrayList<>();

    Workflow done = client.workflows("argo").waitFor("wf", WaitOptions.defaults()
        .withTimeout(Duration.ofMinutes(1)).withProgress(p -> progress.add(p.toString())));

    assertThat(done.status().phase()).isEqualTo("Succeeded");
    assertThat(progress).containsExactly(
        "wf Running 0/2 (running 0, succeeded 0, failed 0)",
        "wf Running 0/2 (running 2, succeeded 0, failed 0)",
        "wf Running 1/2 (running 1, succeeded 1, failed 0)",
        "wf Succeeded 2/2 (running 0, succeeded 2, failed 0)");
  }

  @Test
  void ignoresOtherWorkflowsWhenTheServerDoesNotFilterTheWatch() {
    server.stubFor(get("/api/v1/workflows/argo/wf").willReturn(json(running("1", "0/2"))));
    String other = running("5", "0/1").replace("\"name\":\"wf\"", "\"name\":\"other\"").replace("\"uid\":\"u\"", "\"uid\":\"o\"");
    server.stubFor(get(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/event-stream").withBody(sse(
            "{\"result\":{\"type\":\"DELETED\",\"object\":" + other + "}}",
            "{\"result\":{\"type\":\"MODIFIED\",\"object\":" + running("9", "2/2", "Succeeded", "Succeeded") + "}}"))));

    Workflow done = client.workflows("argo").waitFor("wf", WaitOptions.defaults().withTimeout(Duration.ofMinutes(1)));

    assertThat(done.metadata().name()).isEqualTo("wf");
    assertThat(done.status().phase()).isEqualTo("Succeeded");
  }

  @Test
  void returnsAtOnceWhenTheWorkflowHasAlreadyFinished() {
    server.stubFor(get("/api/v1/workflows/argo/wf").willReturn(json(running("9", "2/2"))));

    assertThat(client.waitFor(Workflow.builder().metadata(io.argowf.model.k8s.ObjectMeta.builder()
        .name("wf").namespace("argo").build()).build()).status().phase()).isEqualTo("Succeeded");
  }

  @Test
  void fallsBackToPollingWhenTheServerCannotWatch() {
    server.stubFor(get("/api/v1/workflows/argo/wf").inScenario("poll").whenScenarioStateIs(STARTED)
        .willReturn(json(running("1", "0/1"))).willSetStateTo("done"));
    server.stubFor(get("/api/v1/workflows/argo/wf").inScenario("poll").whenScenarioStateIs("done")
        .willReturn(json(running("9", "1/1"))));
    server.stubFor(get(urlPathEqualTo(EVENTS)).willReturn(grpcError(501, 12, "Not Implemented")));

    Workflow done = client.workflows("argo").waitFor("wf", WaitOptions.defaults().withPollInterval(Duration.ofMillis(10)));

    assertThat(done.status().phase()).isEqualTo("Succeeded");
  }

  @Test
  void givesUpAtTheTimeoutWithTheLastStateSeen() {
    server.stubFor(get("/api/v1/workflows/argo/wf").willReturn(json(running("1", "0/1"))));
    server.stubFor(get(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/event-stream").withBody(sse()).withChunkedDribbleDelay(2, 10_000)));

    // the deadline bounds the first read too: leave it time to answer on a busy machine
    assertThatThrownBy(() -> client.workflows("argo").waitFor("wf", WaitOptions.defaults()
        .withTimeout(Duration.ofMillis(1500))))
        .isInstanceOf(ArgoTimeoutException.class).hasMessageContaining("did not finish").hasMessageContaining("0/1");
  }

  @Test
  void aDeletedWorkflowEndsTheWaitWithNotFound() {
    server.stubFor(get("/api/v1/workflows/argo/wf").willReturn(json(running("1", "0/1"))));
    server.stubFor(get(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/event-stream")
        .withBody(sse("{\"result\":{\"type\":\"DELETED\",\"object\":" + running("2", "0/1") + "}}"))));

    assertThatThrownBy(() -> client.workflows("argo").waitFor("wf"))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("deleted");
  }

  @Test
  void aMissingWorkflowIsNotFound() {
    server.stubFor(get("/api/v1/workflows/argo/nope").willReturn(grpcError(404, 5, "workflows.argoproj.io \\\"nope\\\" not found")));

    assertThatThrownBy(() -> client.workflows("argo").waitFor("nope")).isInstanceOf(NotFoundException.class);
  }
}
