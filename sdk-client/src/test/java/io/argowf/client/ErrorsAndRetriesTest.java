package io.argowf.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.workflow.Workflow;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ErrorsAndRetriesTest extends ArgoStub {

  @Test
  void grpcErrorBodiesBecomeExceptionsByMeaningWithStatusCodeAndMessage() {
    Object[][] cases = {
        {404, 5, NotFoundException.class}, {409, 6, AlreadyExistsException.class},
        {409, 10, ConflictException.class}, {401, 16, UnauthenticatedException.class},
        {403, 7, ForbiddenException.class}, {400, 3, InvalidException.class},
        {400, 9, InvalidException.class}, {503, 14, UnavailableException.class},
        {500, 13, ServerErrorException.class}, {501, 12, ServerErrorException.class},
        {504, 4, ArgoTimeoutException.class},
    };
    for (Object[] c : cases) {
      int http = (Integer) c[0];
      int grpc = (Integer) c[1];
      server.stubFor(get("/api/v1/workflows/argo/w" + grpc + "-" + http)
          .willReturn(grpcError(http, grpc, "reason " + grpc)));
      ArgoException e = catchThrowableOfType(ArgoException.class,
          () -> builder().retries(0).build().workflows("argo").get("w" + grpc + "-" + http));
      assertThat(e).as("HTTP %d gRPC %d", http, grpc).isInstanceOf((Class<?>) c[2]);
      assertThat(e.httpStatus()).isEqualTo(http);
      assertThat(e.grpcCode()).isEqualTo(grpc);
      assertThat(e.serverMessage()).isEqualTo("reason " + grpc);
      assertThat(e.getMessage()).contains("GET /api/v1/workflows/argo/w" + grpc, "reason " + grpc);
    }
  }

  @Test
  void plainTextErrorsKeepTheirTextAndMapByStatus() {
    server.stubFor(get("/api/v1/version").willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "text/plain").withBody("forbidden by proxy\n")));

    ForbiddenException e = catchThrowableOfType(ForbiddenException.class, () -> client.version());

    assertThat(e.serverMessage()).isEqualTo("forbidden by proxy");
    assertThat(e.grpcCode()).isEqualTo(ArgoException.NO_GRPC_CODE);
  }

  @Test
  void aBurstOf5xxIsRetriedWithBackoffForReads() {
    server.stubFor(get("/api/v1/version").inScenario("burst").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(502)).willSetStateTo("2"));
    server.stubFor(get("/api/v1/version").inScenario("burst").whenScenarioStateIs("2")
        .willReturn(grpcError(503, 14, "no endpoints")).willSetStateTo("3"));
    server.stubFor(get("/api/v1/version").inScenario("burst").whenScenarioStateIs("3")
        .willReturn(aResponse().withStatus(504)).willSetStateTo("4"));
    server.stubFor(get("/api/v1/version").inScenario("burst").whenScenarioStateIs("4")
        .willReturn(json("{\"version\":\"v4.1.2\"}")));

    assertThat(client.version().version()).isEqualTo("v4.1.2");
    assertThat(sleeps).hasSize(3);
  }

  @Test
  void retriesAreBounded() {
    server.stubFor(get("/api/v1/version").willReturn(aResponse().withStatus(503).withBody("down")));

    assertThatThrownBy(() -> builder().retries(2).build().version()).isInstanceOf(UnavailableException.class);

    server.verify(3, getRequestedFor(urlEqualTo("/api/v1/version")));
  }

  @Test
  void rateLimitHonoursRetryAfterAndReportsItWhenRetriesRunOut() {
    server.stubFor(get("/api/v1/info").willReturn(aResponse().withStatus(429)
        .withHeader("Content-Type", "text/plain; charset=utf-8").withHeader("Retry-After", "7")
        .withHeader("X-RateLimit-Limit", "1000").withBody("Too Many Requests\n")));

    RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> client.info());

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    assertThat(e.httpStatus()).isEqualTo(429);
    assertThat(e.serverMessage()).isEqualTo("Too Many Requests");
    assertThat(sleeps).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7), Duration.ofSeconds(7));
  }

  @Test
  void aRetryAfterLongerThanTheLimitFailsAtOnce() {
    server.stubFor(get("/api/v1/info").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "600")));

    assertThatThrownBy(() -> client.info()).isInstanceOf(RateLimitedException.class);

    assertThat(sleeps).isEmpty();
  }

  @Test
  void aCreateWithGenerateNameIsNotRepeatedAfterA503() {
    server.stubFor(post("/api/v1/workflows/argo").willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> client.workflows("argo").create(WorkflowsTest.HELLO))
        .isInstanceOf(UnavailableException.class);

    server.verify(1, postRequestedFor(urlEqualTo("/api/v1/workflows/argo")));
  }

  @Test
  void aCreateIsRepeatedAfterARateLimitOrWhenItHasAFixedName() {
    server.stubFor(post("/api/v1/workflows/argo").inScenario("c").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("503"));
    server.stubFor(post("/api/v1/workflows/argo").inScenario("c").whenScenarioStateIs("503")
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    server.stubFor(post("/api/v1/workflows/argo").inScenario("c").whenScenarioStateIs("ok")
        .willReturn(json(workflowJson("fixed", "1", ""))));
    Workflow named = WorkflowsTest.HELLO.withMetadata(ObjectMeta.builder().name("fixed").build());

    assertThat(client.workflows("argo").create(named).metadata().name()).isEqualTo("fixed");

    server.verify(3, postRequestedFor(urlEqualTo("/api/v1/workflows/argo")));
  }

  @Test
  void connectionFailuresAreRetriedThenReportedAsUnavailable() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ArgoClient dead = builder().baseUrl("http://127.0.0.1:" + port).retries(2).build();

    UnavailableException e = catchThrowableOfType(UnavailableException.class, dead::version);

    assertThat(e.httpStatus()).isEqualTo(ArgoException.NO_STATUS);
    assertThat(sleeps).hasSize(2);
  }

  @Test
  void aDroppedConnectionIsRetriedForReads() {
    server.stubFor(get("/api/v1/version").inScenario("drop").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
    server.stubFor(get("/api/v1/version").inScenario("drop").whenScenarioStateIs("ok")
        .willReturn(json("{\"version\":\"v4.1.2\"}")));

    assertThat(client.version().version()).isEqualTo("v4.1.2");
  }

  @Test
  void malformedJsonIsReportedWithItsPosition() {
    server.stubFor(get("/api/v1/workflows/argo/x").willReturn(json("{\"metadata\": {\"name\": oops}")));

    assertThatThrownBy(() -> client.workflows("argo").get("x"))
        .isInstanceOf(MalformedResponseException.class).hasMessageContaining("line 1");
  }

  @Test
  void aTruncatedBodyIsMalformedNotAHang() {
    server.stubFor(get("/api/v1/workflows/argo/x").willReturn(json("{\"metadata\": {\"name\": \"x\"")));
    server.stubFor(get(urlPathEqualTo("/api/v1/workflows/argo"))
        .willReturn(json("{\"metadata\":{},\"items\":[" + workflowJson("a", "1", "") + ",{\"metadata\":")));

    assertThatThrownBy(() -> client.workflows("argo").get("x")).isInstanceOf(MalformedResponseException.class);
    assertThatThrownBy(() -> client.workflows("argo").list().toList()).isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void garbageInsteadOfAResponseIsAnError() {
    server.stubFor(get("/api/v1/version").willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

    assertThatThrownBy(() -> builder().retries(0).build().version()).isInstanceOf(ArgoException.class);
  }

  @Test
  void aSlowResponseHitsTheReadTimeout() {
    server.stubFor(get("/api/v1/version").willReturn(json("{}").withFixedDelay(3_000)));

    assertThatThrownBy(() -> builder().readTimeout(Duration.ofMillis(200)).build().version())
        .isInstanceOf(ArgoTimeoutException.class).hasMessageContaining("timed out");
  }

  @Test
  void theTokenNeverAppearsInExceptionsOrToString() {
    server.stubFor(get("/api/v1/userinfo").willReturn(grpcError(401, 16, "token not valid")));

    UnauthenticatedException e = catchThrowableOfType(UnauthenticatedException.class, () -> client.userInfo());

    assertThat(e.getMessage()).contains("token not valid").doesNotContain("s3cr3t");
    assertThat(client.toString()).doesNotContain("s3cr3t");
    assertThat(builder().toString()).doesNotContain("s3cr3t");
  }

  @Test
  void aTokenSupplierIsAskedOnEveryRequest() {
    server.stubFor(get("/api/v1/version").willReturn(json("{}")));
    int[] n = {0};
    ArgoClient rotating = builder().authorization(() -> "Bearer t" + (++n[0])).build();

    rotating.version();
    rotating.version();

    server.verify(getRequestedFor(urlEqualTo("/api/v1/version"))
        .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer t1")));
    server.verify(getRequestedFor(urlEqualTo("/api/v1/version"))
        .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer t2")));
  }

  @Test
  void extraHeadersAndUserAgentAreSent() {
    server.stubFor(get("/api/v1/version").willReturn(json("{}")));

    builder().header("X-Team", "data").userAgent("my-service/1.0").build().version();

    server.verify(getRequestedFor(urlEqualTo("/api/v1/version"))
        .withHeader("X-Team", com.github.tomakehurst.wiremock.client.WireMock.equalTo("data"))
        .withHeader("User-Agent", com.github.tomakehurst.wiremock.client.WireMock.equalTo("my-service/1.0")));
  }
}
