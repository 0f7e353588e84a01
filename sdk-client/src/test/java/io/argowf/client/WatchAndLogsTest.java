package io.argowf.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.argowf.model.workflow.LogEntry;
import io.argowf.model.workflow.WorkflowWatchEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WatchAndLogsTest extends ArgoStub {
  private static final String EVENTS = "/api/v1/workflow-events/argo";

  private static List<String> take(ArgoStream<WorkflowWatchEvent> events, int n) {
    List<String> seen = new ArrayList<>();
    Iterator<WorkflowWatchEvent> it = events.iterator();
    while (seen.size() < n && it.hasNext()) {
      WorkflowWatchEvent e = it.next();
      seen.add(e.type() + " " + e.object().metadata().name() + "@" + e.object().metadata().resourceVersion()
          + " " + e.object().status().phase());
    }
    return seen;
  }

  @Test
  void readsAChunkedSseWatchWithKeepAlives() {
    server.stubFor(get(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/event-stream")
        .withBody(sse(event("ADDED", "a", "1", "Pending"), event("MODIFIED", "a", "2", "Running")))
        .withChunkedDribbleDelay(6, 200)));

    try (ArgoStream<WorkflowWatchEvent> events = client.workflows("argo").watch().name("a").open()) {
      assertThat(take(events, 2)).containsExactly("ADDED a@1 Pending", "MODIFIED a@2 Running");
    }
    server.verify(getRequestedFor(urlPathEqualTo(EVENTS))
        .withHeader("Accept", equalTo("text/event-stream"))
        .withQueryParam("listOptions.fieldSelector", equalTo("metadata.name=a")));
  }

  @Test
  void readsAnNdjsonWatch() {
    server.stubFor(get(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(ndjson(event("ADDED", "a", "1", "Pending"), event("MODIFIED", "b", "5", "Failed")))
        .withChunkedDribbleDelay(4, 100)));

    try (ArgoStream<WorkflowWatchEvent> events = client.workflows("argo").watch().labelSelector("x=y").open()) {
      assertThat(take(events, 2)).containsExactly("ADDED a@1 Pending", "MODIFIED b@5 Failed");
    }
  }

  @Test
  void reconnectsWhenTheServerEndsTheWatchWithoutLosingOrRepeatingStates() {
    server.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("listOptions.resourceVersion", absent())
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
            .withBody(sse(event("ADDED", "a", "1", "Pending"), event("MODIFIED", "a", "2", "Running"), EOF_ERROR))));
    // a server that replays the last state on reconnect: the client must not deliver it twice
    server.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("listOptions.resourceVersion", equalTo("2"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
            .withBody(sse(event("MODIFIED", "a", "2", "Running"), event("MODIFIED", "a", "3", "Succeeded")))));

    try (ArgoStream<WorkflowWatchEvent> events = client.workflows("argo").watch().open()) {
      assertThat(take(events, 3)).containsExactly("ADDED a@1 Pending", "MODIFIED a@2 Running", "MODIFIED a@3 Succeeded");
    }
  }

  @Test
  void reconnectsWhenTheConnectionDropsMidStream() throws Exception {
    try (ScriptedServer raw = new ScriptedServer(
        chunkedThenDrop(event("ADDED", "a", "1", "Pending")),
        chunked(event("MODIFIED", "a", "2", "Succeeded")))) {
      ArgoClient c = builder().baseUrl(raw.url()).build();
      try (ArgoStream<WorkflowWatchEvent> events = c.workflows("argo").watch().open()) {
        assertThat(take(events, 2)).containsExactly("ADDED a@1 Pending", "MODIFIED a@2 Succeeded");
      }
      assertThat(raw.requestLines.get(1)).contains("listOptions.resourceVersion=1");
    }
  }

  @Test
  void anErrorInsideTheStreamSurfacesAsTheMatchingException() {
    server.stubFor(get(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/event-stream")
        .withBody(sse(event("ADDED", "a", "1", "Pending"),
            "{\"error\":{\"grpc_code\":7,\"http_code\":403,\"message\":\"no watching\",\"http_status\":\"Forbidden\"}}"))));

    try (ArgoStream<WorkflowWatchEvent> events = client.workflows("argo").watch().open()) {
      Iterator<WorkflowWatchEvent> it = events.iterator();
      it.next();
      ForbiddenException e = catchThrowableOfType(ForbiddenException.class, it::hasNext);
      assertThat(e.httpStatus()).isEqualTo(403);
      assertThat(e.grpcCode()).isEqualTo(7);
      assertThat(e.serverMessage()).isEqualTo("no watching");
    }
  }

  @Test
  void anAuthFailureBeforeTheStreamStartsIsUnauthenticated() {
    server.stubFor(get(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":{\"grpc_code\":16,\"http_code\":401,\"message\":\"token not valid\"}}")));

    try (ArgoStream<WorkflowWatchEvent> events = client.workflows("argo").watch().open()) {
      UnauthenticatedException e = catchThrowableOfType(UnauthenticatedException.class, () -> events.iterator().hasNext());
      assertThat(e.serverMessage()).isEqualTo("token not valid");
    }
  }

  @Test
  void aMalformedStreamMessageIsReported() {
    server.stubFor(get(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/event-stream").withBody("data: {\"result\": {\"type\": \n\n")));

    try (ArgoStream<WorkflowWatchEvent> events = client.workflows("argo").watch().open()) {
      assertThatThrownBy(() -> events.iterator().hasNext()).isInstanceOf(MalformedResponseException.class);
    }
  }

  @Test
  void closingFromAnotherThreadUnblocksTheReader() throws Exception {
    server.stubFor(get(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/event-stream")
        .withBody(sse(event("ADDED", "a", "1", "Pending"))).withChunkedDribbleDelay(2, 20_000)));
    ArgoStream<WorkflowWatchEvent> events = client.workflows("argo").watch().open();
    CompletableFuture<Boolean> reader = CompletableFuture.supplyAsync(() -> {
      Iterator<WorkflowWatchEvent> it = events.iterator();
      while (it.hasNext()) {
        it.next();
      }
      return true;
    });
    Thread.sleep(300);

    events.close();

    assertThat(reader.get(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void anExpiredResourceVersionRestartsTheWatchFromTheCurrentState() {
    server.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("listOptions.resourceVersion", equalTo("5"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
            .withBody(sse("{\"result\":{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"code\":410,"
                + "\"message\":\"too old resource version: 5 (9)\"}}}"))));
    server.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("listOptions.resourceVersion", absent())
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
            .withBody(sse(event("ADDED", "a", "9", "Running")))));

    server.stubFor(get(urlPathEqualTo("/api/v1/workflows/argo")).willReturn(json(
        "{\"metadata\":{\"resourceVersion\":\"9\"},\"items\":[" + workflowJson("a", "9", "Running") + "]}")));

    try (ArgoStream<WorkflowWatchEvent> events = client.workflows("argo").watch().sinceResourceVersion("5").open()) {
      assertThat(take(events, 1)).containsExactly("ADDED a@9 Running");
    }
  }

  @Test
  void closingFromAnotherThreadEndsAWaitBeforeReconnecting() throws Exception {
    server.stubFor(get(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(503)));
    try (ArgoClient slow = builder().retries(1).retryBackoff(Duration.ofSeconds(60), Duration.ofSeconds(60)).build()) {
      ArgoStream<WorkflowWatchEvent> events = slow.workflows("argo").watch().open();
      CompletableFuture<Boolean> reader = CompletableFuture.supplyAsync(() -> events.iterator().hasNext());
      Thread.sleep(300); // the first connect failed; the watch now waits about a minute before the next

      events.close();

      assertThat(reader.get(10, TimeUnit.SECONDS)).isFalse();
    }
  }

  @Test
  void aWatchWhoseConnectionsKeepDroppingGivesUpAfterTheConfiguredRetries() throws Exception {
    String dropBeforeAnyMessage = SSE_HEAD + "40\r\ndata: {\"resu";
    try (ScriptedServer raw = new ScriptedServer(dropBeforeAnyMessage, dropBeforeAnyMessage, dropBeforeAnyMessage,
        chunked(event("ADDED", "a", "1", "Pending")))) {
      ArgoClient c = builder().baseUrl(raw.url()).retries(2).build();
      try (ArgoStream<WorkflowWatchEvent> events = c.workflows("argo").watch().open()) {
        assertThatThrownBy(() -> events.iterator().hasNext())
            .isInstanceOf(UnavailableException.class).hasMessageContaining("gave up after 2 reconnects");
      }
      assertThat(raw.requestLines).hasSize(3);
    }
  }

  private static final String LOG = "/api/v1/workflows/argo/wf/log";

  private static String logLine(String pod, String time, String content) {
    return "{\"result\":{\"content\":\"" + time + " " + content + "\",\"podName\":\"" + pod + "\"}}";
  }

  @Test
  void followsWorkflowLogsLineByLineWithTheOptions() {
    server.stubFor(get(urlPathEqualTo(LOG)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/event-stream")
        .withBody(sse(logLine("wf-1", "2024-05-01T10:00:00.1Z", "hello"), logLine("wf-2", "2024-05-01T10:00:00.2Z", "world")))
        .withChunkedDribbleDelay(3, 100)));
    server.stubFor(get(urlPathEqualTo("/api/v1/workflows/argo/wf")).willReturn(json(workflowJson("wf", "9", "Succeeded"))));

    List<String> lines = new ArrayList<>();
    try (ArgoStream<LogEntry> log = client.workflows("argo").logs("wf").follow().grep("o").tail(10)
        .since(Duration.ofMinutes(5)).container("main").timestamps().lines()) {
      log.forEach(l -> lines.add(l.podName() + ": " + l.content()));
    }

    assertThat(lines).containsExactly("wf-1: 2024-05-01T10:00:00.1Z hello", "wf-2: 2024-05-01T10:00:00.2Z world");
    server.verify(getRequestedFor(urlPathEqualTo(LOG))
        .withQueryParam("logOptions.follow", equalTo("true"))
        .withQueryParam("logOptions.container", equalTo("main"))
        .withQueryParam("logOptions.tailLines", equalTo("10"))
        .withQueryParam("logOptions.sinceSeconds", equalTo("300"))
        .withQueryParam("logOptions.timestamps", equalTo("true"))
        .withQueryParam("grep", absent())); // with timestamps the client greps, see followedGrepMatchesTheLineWithoutItsTimestamp
  }

  @Test
  void aFollowedLogResumesAfterADroppedConnectionWithoutRepeatingOrLosingLines() throws Exception {
    String one = logLine("wf-1", "2024-05-01T10:00:00.100000000Z", "one");
    String twoA = logLine("wf-1", "2024-05-01T10:00:00.200000000Z", "two-a");
    String twoB = logLine("wf-1", "2024-05-01T10:00:00.200000000Z", "two-b"); // same instant, not yet delivered
    String three = logLine("wf-1", "2024-05-01T10:00:01.000000000Z", "three");
    try (ScriptedServer raw = new ScriptedServer(
        SSE_HEAD + chunk(one) + chunk(twoA) + "40\r\ndata: {\"resu",
        SSE_HEAD + chunk(one) + chunk(twoA) + chunk(twoB) + chunk(three) + "0\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: 29\r\n\r\n"
            + "{\"status\":{\"phase\":\"Failed\"}}")) {
      ArgoClient c = builder().baseUrl(raw.url()).streamIdleTimeout(Duration.ofSeconds(10)).build();
      List<String> lines = new ArrayList<>();
      try (ArgoStream<LogEntry> log = c.workflows("argo").logs("wf").follow().tail(5).lines()) {
        log.forEach(l -> lines.add(l.content()));
      }

      assertThat(lines).containsExactly("one", "two-a", "two-b", "three");
      assertThat(raw.requestLines.get(0)).contains("logOptions.timestamps=true").contains("logOptions.tailLines=5");
      // argo-server's gateway drops logOptions.sinceTime: the reconnect replays the log and the client skips
      assertThat(raw.requestLines.get(1)).doesNotContain("sinceTime").doesNotContain("tailLines");
      assertThat(raw.requestLines.get(2)).startsWith("GET /api/v1/workflows/argo/wf?fields=status.phase");
    }
  }

  @Test
  void aFollowedLogThatTheServerEndsWhileTheWorkflowRunsIsResumed() {
    String first = logLine("wf-1", "2024-05-01T10:00:00.5Z", "first");
    String second = logLine("wf-2", "2024-05-01T10:00:03Z", "second");
    server.stubFor(get(urlPathEqualTo(LOG)).inScenario("log").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(sse(first)))
        .willSetStateTo("replay"));
    server.stubFor(get(urlPathEqualTo(LOG)).inScenario("log").whenScenarioStateIs("replay")
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(sse(first, second))));
    server.stubFor(get(urlPathEqualTo("/api/v1/workflows/argo/wf")).inScenario("phase").whenScenarioStateIs(STARTED)
        .willReturn(json(workflowJson("wf", "1", "Running"))).willSetStateTo("done"));
    server.stubFor(get(urlPathEqualTo("/api/v1/workflows/argo/wf")).inScenario("phase").whenScenarioStateIs("done")
        .willReturn(json(workflowJson("wf", "2", "Succeeded"))));

    List<String> lines = new ArrayList<>();
    try (ArgoStream<LogEntry> log = client.workflows("argo").logs("wf").follow().timestamps().lines()) {
      log.forEach(l -> lines.add(l.podName() + " " + l.content()));
    }

    assertThat(lines).containsExactly("wf-1 2024-05-01T10:00:00.5Z first", "wf-2 2024-05-01T10:00:03Z second");
    server.verify(2, getRequestedFor(urlPathEqualTo(LOG)));
  }

  @Test
  void anUnfollowedLogIsReadOnceAsSent() {
    server.stubFor(get(urlPathEqualTo(LOG)).willReturn(json(ndjson("{\"result\":{\"content\":\"plain\",\"podName\":\"p\"}}"))));

    try (var lines = client.workflows("argo").logs("wf").lines().stream()) {
      assertThat(lines.map(LogEntry::content)).containsExactly("plain");
    }
    server.verify(getRequestedFor(urlPathEqualTo(LOG)).withQueryParam("logOptions.timestamps", absent())
        .withQueryParam("logOptions.follow", absent()));
  }

  @Test
  void readsOnePodsLogsAsNdjson() {
    server.stubFor(get(urlPathEqualTo("/api/v1/workflows/argo/wf/log")).withQueryParam("podName", equalTo("wf-1"))
        .willReturn(json(ndjson("{\"result\":{\"content\":\"only me\",\"podName\":\"wf-1\"}}"))));

    try (var lines = client.workflows("argo").logs("wf").pod("wf-1").lines().stream()) {
      assertThat(lines.map(LogEntry::content)).containsExactly("only me");
    }
  }

  @Test
  void aLogStreamErrorSurfaces() {
    server.stubFor(get(urlPathEqualTo("/api/v1/workflows/argo/wf/log")).willReturn(json(ndjson(
        "{\"result\":{\"content\":\"a\",\"podName\":\"p\"}}",
        "{\"error\":{\"grpc_code\":5,\"http_code\":404,\"message\":\"pod gone\"}}"))));

    try (ArgoStream<LogEntry> lines = client.workflows("argo").logs("wf").lines()) {
      Iterator<LogEntry> it = lines.iterator();
      it.next();
      assertThatThrownBy(it::hasNext).isInstanceOf(NotFoundException.class).hasMessageContaining("pod gone");
    }
  }

  // ---- a tiny HTTP/1.1 server that can drop a connection in the middle of a chunked body

  private static final String SSE_HEAD =
      "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n";

  /** One SSE message as one HTTP chunk. */
  private static String chunk(String message) {
    String data = "data: " + message + " \n\n";
    return Integer.toHexString(data.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + data + "\r\n";
  }

  private static String chunked(String message) {
    return SSE_HEAD + chunk(message);
  }

  private static String chunkedThenDrop(String message) {
    return chunked(message) + "40\r\ndata: {\"resu"; // half a chunk, then the socket closes
  }
}
