package io.argowf.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.workflow.LogEntry;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowStopRequest;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowTemplate;
import io.argowf.model.workflow.WorkflowWatchEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One test per behaviour of the real argo-server (v4.1.2 and v3.5.5) that the client got wrong; each
 * comment says, in our words, what the server does.
 */
class RealServerBehaviourTest extends ArgoStub {
  private static final String LIST = "/api/v1/workflows/argo";
  private static final String EVENTS = "/api/v1/workflow-events/argo";

  @Override
  WireMockConfiguration options() {
    return super.options().extensions(new SubmittedWorkflow());
  }

  private static String list(String meta, String... items) {
    return "{\"metadata\":" + meta + ",\"items\":[" + String.join(",", items) + "]}";
  }

  private static String sseBody(String... messages) {
    return sse(messages);
  }

  private void v35() {
    serverVersion = "v3.5.5";
    server.stubFor(get("/api/v1/version").willReturn(json("{\"version\":\"v3.5.5\"}")));
  }

  private static final WorkflowSpec SPEC = WorkflowSpec.builder().entrypoint("main").build();

  // 1. Lists

  /** The argo CLI lists without a limit; a limit on v4 without the archive ends the list at the first page. */
  @Test
  void aListAsksForNoLimitUnlessPagingIsRequested() {
    server.stubFor(get(urlPathEqualTo(LIST)).willReturn(json(list("{}", workflowJson("a", "1", "")))));

    client.workflows("argo").list().toList();

    server.verify(getRequestedFor(urlPathEqualTo(LIST)).withQueryParam("listOptions.limit", absent()));
  }

  /**
   * argo-server v4 sets metadata.continue only when its archive reports more rows: with the archive
   * off, a full page comes back without it, but with ext.showRemainingItemCount=true it reports how
   * many items remain; the next page is then asked for by offset.
   */
  @Test
  void pagedListsOnV4FollowTheRemainingCountWhenTheServerLeavesOutTheContinueToken() {
    server.stubFor(get(urlPathEqualTo(LIST)).withQueryParam("listOptions.continue", absent())
        .willReturn(json(list("{\"remainingItemCount\":1}", workflowJson("a", "1", ""), workflowJson("b", "2", "")))));
    server.stubFor(get(urlPathEqualTo(LIST)).withQueryParam("listOptions.continue", equalTo("2"))
        .willReturn(json(list("{\"remainingItemCount\":0}", workflowJson("c", "3", "")))));

    List<String> names = client.workflows("argo").list().pageSize(2).stream().map(w -> w.metadata().name()).toList();

    assertThat(names).containsExactly("a", "b", "c");
    server.verify(getRequestedFor(urlPathEqualTo(LIST))
        .withQueryParam("listOptions.fieldSelector", equalTo("ext.showRemainingItemCount=true")));
  }

  /** argo-server v3.5 merges archived workflows into every page of the live list: paging there loses or repeats them. */
  @Test
  void pagedStreamsOnV35AskForEverythingInOneStreamedReply() {
    v35();
    server.stubFor(get(urlPathEqualTo(LIST)).willReturn(json(list("{}", workflowJson("a", "1", ""), workflowJson("b", "2", "")))));

    assertThat(client.workflows("argo").list().pageSize(1).toList()).hasSize(2);

    server.verify(getRequestedFor(urlPathEqualTo(LIST)).withQueryParam("listOptions.limit", absent()));
  }

  // 2. Expired resourceVersion

  /**
   * When the watch resumes from a compacted resourceVersion, argo-server answers HTTP 400 before any
   * event, with an SSE-framed body: data: {"error": {"grpc_code": 3, "http_code": 400, "message":
   * "too old resource version: ..."}}. The watch must list again and go on from the list's version,
   * delivering only what it had not delivered.
   */
  @Test
  void anExpiredResourceVersionOnReconnectRelistsAndGoesOnWithoutRepeats() {
    server.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("listOptions.resourceVersion", absent())
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
            .withBody(sseBody(event("ADDED", "a", "5", "Running"), EOF_ERROR))));
    server.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("listOptions.resourceVersion", equalTo("5"))
        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "text/event-stream")
            .withBody("data: {\"error\":{\"grpc_code\":3,\"http_code\":400,\"message\":\"too old resource version: 5 (90)\","
                + "\"http_status\":\"Bad Request\"}} \n\n")));
    server.stubFor(get(urlPathEqualTo(LIST)).willReturn(json(list("{\"resourceVersion\":\"90\"}",
        workflowJson("a", "5", "Running"), workflowJson("b", "80", "Pending")))));
    server.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("listOptions.resourceVersion", equalTo("90"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
            .withBody(sseBody(event("MODIFIED", "a", "91", "Succeeded")))));

    try (ArgoStream<WorkflowWatchEvent> events = client.workflows("argo").watch().open()) {
      assertThat(take(events, 3)).containsExactly("ADDED a@5", "ADDED b@80", "MODIFIED a@91");
    }
  }

  /** An error answered in place of a stream is reported with the server's gRPC code and message, not the raw SSE text. */
  @Test
  void anSseFramedErrorBeforeTheFirstEventKeepsTheServersCodeAndMessage() {
    server.stubFor(get(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "text/event-stream")
        .withBody("data: {\"error\":{\"grpc_code\":7,\"http_code\":403,\"message\":\"not allowed to watch\"}} \n\n")));

    try (ArgoStream<WorkflowWatchEvent> events = client.workflows("argo").watch().open()) {
      assertThatThrownBy(() -> events.iterator().hasNext()).isInstanceOfSatisfying(ForbiddenException.class, e -> {
        assertThat(e.grpcCode()).isEqualTo(7);
        assertThat(e.serverMessage()).isEqualTo("not allowed to watch");
      });
    }
  }

  private static List<String> take(ArgoStream<WorkflowWatchEvent> events, int n) {
    List<String> seen = new ArrayList<>();
    Iterator<WorkflowWatchEvent> it = events.iterator();
    while (seen.size() < n && it.hasNext()) {
      WorkflowWatchEvent e = it.next();
      seen.add(e.type() + " " + e.object().metadata().name() + "@" + e.object().metadata().resourceVersion());
    }
    return seen;
  }

  // 3 and 16: see ManageTest (artifact paths) and NamedCreateTest (request id)

  // 4. close() from another thread

  /** A watch the server keeps open (keep-alives only) is closed from another thread while a reader waits in it. */
  @Test
  void closingAStreamFromAnotherThreadWhileItIsReadIsSafeAndIdempotent() throws Exception {
    server.stubFor(get(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/event-stream")
        .withBody(sseBody(event("ADDED", "a", "1", "Running")) + ": keep-alive\n\n".repeat(200))
        .withChunkedDribbleDelay(200, 20_000)));
    for (int i = 0; i < 10; i++) {
      ArgoStream<WorkflowWatchEvent> events = client.workflows("argo").watch().open();
      Iterator<WorkflowWatchEvent> it = events.iterator();
      CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(() -> {
        int n = 0;
        for (; it.hasNext(); n++) {
          it.next();
        }
        return n;
      });
      Thread.sleep(150);
      events.close();
      events.close();
      assertThat(reader.get(10, TimeUnit.SECONDS)).isBetween(0, 1); // ended, no exception
      events.close();
    }
  }

  // 5. ArgoClient.close() ends open streams

  @Test
  void closingTheClientEndsItsOpenStreams() throws Exception {
    server.stubFor(get(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/event-stream")
        .withBody(sseBody(event("ADDED", "a", "1", "Running")) + ": keep-alive\n\n".repeat(200))
        .withChunkedDribbleDelay(200, 20_000)));
    ArgoClient own = builder().build();
    ArgoStream<WorkflowWatchEvent> events = own.workflows("argo").watch().open();
    Iterator<WorkflowWatchEvent> it = events.iterator();
    CompletableFuture<Object> reader = CompletableFuture.supplyAsync(() -> {
      try {
        while (it.hasNext()) {
          it.next();
        }
        return "ended without saying why";
      } catch (ArgoException e) {
        return e;
      }
    });
    Thread.sleep(200);

    own.close();

    Object outcome = reader.get(10, TimeUnit.SECONDS);
    assertThat(outcome).isInstanceOfSatisfying(ArgoException.class,
        e -> assertThat(e).hasMessageContaining("client was closed"));
  }

  // 6. Retry sleeps: interruptible, bounded by the caller's deadline; HTTP-date Retry-After

  /** argo-server's rate limiter answers 429 with Retry-After in seconds; waitFor(2 s) must not sleep through 20 s. */
  @Test
  void aWaitForWithADeadlineDoesNotSleepThroughALongRetryAfter() throws Exception {
    server.stubFor(get(urlPathEqualTo(LIST + "/wf")).willReturn(json(workflowJson("wf", "1", "Running"))));
    server.stubFor(get(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(429)
        .withHeader("Content-Type", "text/plain").withHeader("Retry-After", "20").withBody("Too Many Requests")));
    try (ArgoClient real = ArgoClient.builder().baseUrl(server.baseUrl()).namespace("argo").build()) {
      CompletableFuture<Throwable> waiting = CompletableFuture.supplyAsync(() -> {
        try {
          real.workflows("argo").waitFor("wf", WaitOptions.defaults().withTimeout(Duration.ofSeconds(2)));
          return null;
        } catch (ArgoException e) {
          return e;
        }
      });

      assertThat(waiting.get(10, TimeUnit.SECONDS)).isInstanceOf(ArgoTimeoutException.class);
    }
  }

  /**
   * The rate limiter answers before any handler, so the very first read of a waitFor can be the 429 (with
   * Retry-After in seconds): waitFor(2 s) must not spend three retries of 20 s on it.
   */
  @Test
  void aWaitForWithADeadlineDoesNotSleepThroughALongRetryAfterOnItsFirstRead() throws Exception {
    server.stubFor(get(urlPathEqualTo(LIST + "/wf")).willReturn(aResponse().withStatus(429)
        .withHeader("Content-Type", "text/plain").withHeader("Retry-After", "20").withBody("Too Many Requests")));
    try (ArgoClient real = ArgoClient.builder().baseUrl(server.baseUrl()).namespace("argo").build()) {
      CompletableFuture<Throwable> waiting = CompletableFuture.supplyAsync(() -> {
        try {
          real.workflows("argo").waitFor("wf", WaitOptions.defaults().withTimeout(Duration.ofSeconds(2)));
          return null;
        } catch (ArgoException e) {
          return e;
        }
      });

      assertThat(waiting.get(10, TimeUnit.SECONDS)).isInstanceOf(ArgoTimeoutException.class)
          .hasMessageContaining("did not finish within PT2S");
    }
  }

  /** Go's time.RFC1123 (as argo-server writes dates) ends in a zone name: "Mon, 02 Jan 2006 15:04:05 UTC". */
  @Test
  void aRetryAfterDateInTheZoneNameFormIsHonoured() {
    String at = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(30)
        .format(DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'UTC'", Locale.US));
    server.stubFor(get("/api/v1/info").inScenario("rl").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", at)).willSetStateTo("ok"));
    server.stubFor(get("/api/v1/info").inScenario("rl").whenScenarioStateIs("ok").willReturn(json("{}")));

    client.info();

    assertThat(sleeps).hasSize(1);
    assertThat(sleeps.get(0)).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(31));
  }

  // 7. Named submit that landed

  /** Answers GET of the submitted workflow as the server stored it: with the annotations the first submit sent. */
  final class SubmittedWorkflow implements ResponseDefinitionTransformerV2 {
    @Override
    public ResponseDefinition transform(ServeEvent event) {
      try {
        String body = server.findAll(postRequestedFor(urlEqualTo(LIST + "/submit"))).get(0).getBodyAsString();
        String annotations = new ObjectMapper().readTree(body).path("submitOptions").path("annotations").asText();
        Matcher id = Pattern.compile(ResourceCalls.REQUEST_ID + "=([^,]+)").matcher(annotations);
        String value = id.find() ? id.group(1) : "";
        return json("{\"metadata\":{\"name\":\"nightly-1\",\"namespace\":\"argo\",\"annotations\":{\""
            + ResourceCalls.REQUEST_ID + "\":\"" + value + "\"}},\"spec\":{}}").build();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public String getName() {
      return "submitted-workflow";
    }
  }

  /** The first submit lands but its reply is lost; the repeat gets 409 AlreadyExists for the workflow it made itself. */
  @Test
  void aNamedSubmitRetriedAfterALostReplyReturnsItsOwnWorkflow() {
    server.stubFor(post(LIST + "/submit").inScenario("s").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("exists"));
    server.stubFor(post(LIST + "/submit").inScenario("s").whenScenarioStateIs("exists")
        .willReturn(grpcError(409, 6, "workflows.argoproj.io \\\"nightly-1\\\" already exists")));
    server.stubFor(get(urlPathEqualTo(LIST + "/nightly-1")).willReturn(aResponse().withTransformers("submitted-workflow")));

    Workflow wf = client.workflows("argo").fromTemplate("nightly").name("nightly-1").submit();

    assertThat(wf.metadata().name()).isEqualTo("nightly-1");
    assertThat(wf.metadata().annotations() == null ? java.util.Map.of() : wf.metadata().annotations())
        .doesNotContainKey(ResourceCalls.REQUEST_ID);
  }

  // 8. grep with follow

  /** Followed logs carry timestamps, and argo-server greps the timestamped line: "^ERROR" would match nothing there. */
  @Test
  void followedGrepMatchesTheLineWithoutItsTimestamp() {
    server.stubFor(get(urlPathEqualTo(LIST + "/wf/log")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/event-stream")
        .withBody(sseBody("{\"result\":{\"content\":\"2024-05-01T10:00:00.1Z ERROR disk full\",\"podName\":\"p\"}}",
            "{\"result\":{\"content\":\"2024-05-01T10:00:00.2Z INFO an ERROR later\",\"podName\":\"p\"}}"))));
    server.stubFor(get(urlPathEqualTo(LIST + "/wf")).willReturn(json(workflowJson("wf", "2", "Succeeded"))));

    List<String> lines = new ArrayList<>();
    try (ArgoStream<LogEntry> log = client.workflows("argo").logs("wf").follow().grep("^ERROR").lines()) {
      log.forEach(l -> lines.add(l.content()));
    }

    assertThat(lines).containsExactly("ERROR disk full");
    server.verify(getRequestedFor(urlPathEqualTo(LIST + "/wf/log")).withQueryParam("grep", absent()));
  }

  // 10. Out-of-order events

  /** An event with an older resourceVersion after a newer one must not move the resume point back. */
  @Test
  void anOlderEventAfterANewerOneIsDroppedAndTheResumeKeepsTheNewestVersion() {
    server.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("listOptions.resourceVersion", absent())
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
            .withBody(sseBody(event("MODIFIED", "a", "7", "Running"), event("MODIFIED", "a", "6", "Pending"), EOF_ERROR))));
    server.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("listOptions.resourceVersion", equalTo("7"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
            .withBody(sseBody(event("MODIFIED", "a", "8", "Succeeded")))));

    try (ArgoStream<WorkflowWatchEvent> events = client.workflows("argo").watch().open()) {
      assertThat(take(events, 2)).containsExactly("MODIFIED a@7", "MODIFIED a@8");
    }
  }

  // 11. Stale update

  /** argo-server maps every Kubernetes 409 to gRPC 6; a stale update says "the object has been modified". */
  @Test
  void aStaleUpdateIsAConflictNotAlreadyExists() {
    server.stubFor(put(urlPathEqualTo("/api/v1/workflow-templates/argo/t")).willReturn(grpcError(409, 6,
        "Operation cannot be fulfilled on workflowtemplates.argoproj.io \\\"t\\\": the object has been modified; "
            + "please apply your changes to the latest version and try again")));
    WorkflowTemplate t = WorkflowTemplate.builder().metadata(ObjectMeta.builder().name("t").resourceVersion("1").build())
        .spec(SPEC).build();

    assertThatThrownBy(() -> client.workflowTemplates("argo").update(t)).isInstanceOf(ConflictException.class)
        .hasMessageContaining("the object has been modified");
  }

  // 12. Redirects

  @Test
  void aRedirectToAnotherHostIsNotFollowedAndSendsNothingThere() {
    WireMockServer other = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    other.start();
    try {
      other.stubFor(get(anyUrl()).willReturn(json("{}")));
      server.stubFor(get("/api/v1/info").willReturn(aResponse().withStatus(302)
          .withHeader("Location", "http://localhost:" + other.port() + "/api/v1/info")));
      try (ArgoClient withHeader = builder().header("X-Gateway-Key", "k3y").build()) {
        assertThatThrownBy(withHeader::info).isInstanceOf(ArgoException.class);
      }
      assertThat(other.getAllServeEvents()).isEmpty();
    } finally {
      other.stop();
    }
  }

  @Test
  void aRedirectOnTheSameHostIsFollowedWithTheSameCredentials() {
    server.stubFor(get("/api/v1/info").willReturn(aResponse().withStatus(307).withHeader("Location", "/argo/api/v1/info")));
    server.stubFor(get("/argo/api/v1/info").withHeader("Authorization", equalTo(TOKEN)).willReturn(json("{}")));

    client.info();

    server.verify(getRequestedFor(urlEqualTo("/argo/api/v1/info")));
  }

  // 13. v3.5 ignores listByName, listByTime and uid

  @Test
  void nameFiltersAreAppliedByTheClientOnV35() {
    v35();
    server.stubFor(get(urlPathEqualTo(LIST)).willReturn(json(list("{}",
        workflowJson("nightly-1", "1", ""), workflowJson("adhoc", "2", ""), workflowJson("nightly-2", "3", "")))));

    List<String> names = client.workflows("argo").listByName(NameFilter.PREFIX, "nightly-").stream()
        .map(w -> w.metadata().name()).toList();

    assertThat(names).containsExactly("nightly-1", "nightly-2");
    server.verify(getRequestedFor(urlPathEqualTo(LIST)).withQueryParam("nameFilter", absent())
        .withQueryParam("listOptions.fieldSelector", absent()));
  }

  @Test
  void aUidThatAV35ServerIgnoredIsCheckedByTheClient() {
    v35();
    server.stubFor(get(urlPathEqualTo(LIST + "/wf")).willReturn(json(workflowJson("wf", "1", "Running"))));

    assertThatThrownBy(() -> client.workflows("argo").get("wf", GetOptions.defaults().withUid("other-uid")))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("other-uid");
    assertThat(client.workflows("argo").get("wf", GetOptions.defaults().withUid("uid-wf")).metadata().name())
        .isEqualTo("wf");
  }

  // 14. Message cap

  @Test
  void aStreamMessageAboveTheCapFailsClearly() {
    String big = "{\"result\":{\"content\":\"" + "x".repeat(5000) + "\",\"podName\":\"p\"}}";
    server.stubFor(get(urlPathEqualTo(LIST + "/wf/log")).willReturn(json(ndjson(big))));

    try (ArgoClient capped = builder().maxStreamMessageBytes(1000).build();
        ArgoStream<LogEntry> lines = capped.workflows("argo").logs("wf").lines()) {
      assertThatThrownBy(() -> lines.iterator().hasNext()).isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("larger than 1000 bytes");
    }
  }

  // 16. Smaller ones

  @Test
  void credentialsInTheBaseUrlAreRefusedWithoutShowingThem() {
    assertThatThrownBy(() -> ArgoClient.builder().baseUrl("https://user:hunter2@argo.example.com:2746"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user:password@")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void aTokenWithALineBreakIsAnArgoExceptionThatDoesNotShowIt() {
    try (ArgoClient bad = builder().authorization("Bearer abc\ndef").build()) {
      assertThatThrownBy(bad::info).isInstanceOf(ArgoException.class).hasMessageContaining("line break")
          .hasMessageNotContaining("abc");
    }
  }

  @Test
  void aNamedTemplateCreateCarriesNoRequestIdAnnotation() {
    server.stubFor(post("/api/v1/workflow-templates/argo").willReturn(json("{\"metadata\":{\"name\":\"t\"}}")));

    client.workflowTemplates("argo").create(WorkflowTemplate.builder().metadata(ObjectMeta.builder().name("t").build())
        .spec(SPEC).build());

    assertThat(server.findAll(postRequestedFor(urlEqualTo("/api/v1/workflow-templates/argo"))).get(0).getBodyAsString())
        .doesNotContain(ResourceCalls.REQUEST_ID);
  }

  @Test
  void anHttpsClientMeetingAPlainHttpServerSuggestsArgoSecureFalse() {
    try (ArgoClient tls = builder().baseUrl("https://localhost:" + server.port()).retries(0).build()) {
      assertThatThrownBy(tls::info).isInstanceOf(UnavailableException.class).hasMessageContaining("ARGO_SECURE=false");
    }
  }

  @Test
  void anUnknownHostSaysSo() {
    try (ArgoClient nowhere = builder().baseUrl("http://no-such-host.invalid:2746").retries(0).build()) {
      assertThatThrownBy(nowhere::info).isInstanceOf(UnavailableException.class).hasMessageContaining("unknown host");
    }
  }

  /** A TLS handshake cut short (the peer closes the connection) is retried, even for a call that is sent once (an event). */
  @Test
  void aFailedTlsHandshakeIsRetried() throws Exception {
    AtomicInteger connections = new AtomicInteger();
    try (ServerSocket tcp = new ServerSocket(0)) {
      Thread acceptor = new Thread(() -> {
        while (!tcp.isClosed()) {
          try (Socket s = tcp.accept()) {
            connections.incrementAndGet();
          } catch (IOException closed) {
            return;
          }
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      try (ArgoClient tls = builder().baseUrl("https://127.0.0.1:" + tcp.getLocalPort()).retries(2)
          .lintBeforeSubmit(false).build()) {
        assertThatThrownBy(() -> tls.events("argo").send("d", java.util.Map.of("a", 1)))
            .isInstanceOf(UnavailableException.class);
      }
    }
    assertThat(connections.get()).isEqualTo(3);
  }

  /** Issue 15: the server acts on the workflow of the path; a request naming another one is a mistake, not to be hidden. */
  @Test
  void anActionRequestNamingAnotherWorkflowIsRefused() {
    assertThatThrownBy(() -> client.workflows("argo").stop("a", WorkflowStopRequest.builder().name("b").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"b\"").hasMessageContaining("\"a\"");
    assertThatThrownBy(() -> client.workflows("argo").stop("a", WorkflowStopRequest.builder().namespace("prod").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prod");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  // Submit targets the server's version

  /** A v3.5 server knows CronWorkflowSpec.schedule (one string); v4's schedules list is written in that form. */
  @Test
  void aCronWorkflowIsWrittenInV35FormForAV35Server() {
    v35();
    server.stubFor(post("/api/v1/cron-workflows/argo").willReturn(json("{\"metadata\":{\"name\":\"nightly\"}}")));

    client.cronWorkflows("argo").create(cron(List.of("0 2 * * *")));

    String sent = server.findAll(postRequestedFor(urlEqualTo("/api/v1/cron-workflows/argo"))).get(0).getBodyAsString();
    assertThat(sent).contains("\"schedule\":\"0 2 * * *\"").doesNotContain("schedules");
    server.resetRequests(); // v3.5's form is not v4.1.2's spec, which the after-test check reads
  }

  /** What v3.5 cannot express (two schedules) is refused before anything is sent. */
  @Test
  void whatAV35ServerCannotTakeIsRefusedBeforeSending() {
    v35();

    assertThatThrownBy(() -> client.cronWorkflows("argo").create(cron(List.of("0 2 * * *", "0 14 * * *"))))
        .isInstanceOf(InvalidException.class).hasMessageContaining("v3.5.5");
    server.verify(0, postRequestedFor(urlEqualTo("/api/v1/cron-workflows/argo")));
  }

  private static io.argowf.model.workflow.CronWorkflow cron(List<String> schedules) {
    return io.argowf.model.workflow.CronWorkflow.builder().metadata(ObjectMeta.builder().name("nightly").build())
        .spec(io.argowf.model.workflow.CronWorkflowSpec.builder().schedules(schedules).workflowSpec(SPEC).build())
        .build();
  }

  @Test
  void theUiLinkPointsAtTheWorkflowsPageOnTheServer() {
    Workflow wf = Workflow.builder().metadata(ObjectMeta.builder().name("hello-x").namespace("argo").uid("u-1").build())
        .build();

    assertThat(client.uiLink(wf)).isEqualTo(server.baseUrl() + "/workflows/argo/hello-x?uid=u-1");
  }
}
