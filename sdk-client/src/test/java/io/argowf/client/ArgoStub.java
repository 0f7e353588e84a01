package io.argowf.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the WireMock tests: a stand-in argo-server answering as API-NOTES describes, a client
 * pointed at it that records retry sleeps instead of sleeping, and a check after every test that
 * each request the client sent conforms to argo-server's OpenAPI spec.
 */
abstract class ArgoStub {
  static final String TOKEN = "Bearer s3cr3t-t0ken";

  WireMockServer server;
  ArgoClient client;
  final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

  /** The version the stand-in's replies carry in Grpc-Metadata-Argo-Version (a test of v3.5 changes it). */
  static volatile String serverVersion = "v4.1.2";

  @BeforeEach
  void startServer() {
    serverVersion = "v4.1.2";
    server = new WireMockServer(options());
    server.start();
    // argo-server answers its version; a test of another version replaces this stub
    server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/api/v1/version")
        .willReturn(json("{\"version\":\"v4.1.2\"}")));
    client = builder().build();
  }

  /** The stub's configuration; a test class may add extensions. */
  WireMockConfiguration options() {
    return WireMockConfiguration.options().dynamicPort().containerThreads(20).jettyIdleTimeout(5_000L);
  }

  /** A builder pointed at the stub, with fast fake retry sleeps. */
  ArgoClient.Builder builder() {
    return ArgoClient.builder()
        .baseUrl(server.baseUrl())
        .authorization(TOKEN)
        .namespace("argo")
        .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(4))
        .sleeper(sleeps::add);
  }

  @AfterEach
  void checkRequestsAgainstSpec() {
    try {
      List<LoggedRequest> requests = new ArrayList<>();
      for (ServeEvent e : server.getAllServeEvents()) {
        requests.add(e.getRequest());
      }
      assertThat(SpecValidator.problems(requests)).as("requests not matching argo-server's OpenAPI spec").isEmpty();
    } finally {
      client.close();
      server.stop();
    }
  }

  static ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withHeader("Grpc-Metadata-Argo-Version", serverVersion).withBody(body);
  }

  static ResponseDefinitionBuilder grpcError(int http, int code, String message) {
    return aResponse().withStatus(http).withHeader("Content-Type", "application/json")
        .withBody("{\"code\":" + code + ",\"message\":\"" + message + "\"}");
  }

  /** An SSE body: each JSON message as {@code data: <json> \n\n} (with the server's trailing space). */
  static String sse(String... messages) {
    StringBuilder b = new StringBuilder(": keep-alive\n\n");
    for (String m : messages) {
      b.append("data: ").append(m).append(" \n\n");
    }
    return b.toString();
  }

  /** An NDJSON body. */
  static String ndjson(String... messages) {
    return String.join("\n", messages) + "\n";
  }

  static String workflowJson(String name, String rv, String phase) {
    return "{\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"argo\",\"uid\":\"uid-" + name
        + "\",\"resourceVersion\":\"" + rv + "\"},\"spec\":{\"entrypoint\":\"main\"},\"status\":{\"phase\":\""
        + phase + "\",\"startedAt\":\"2024-05-01T10:00:00Z\"}}";
  }

  static String event(String type, String name, String rv, String phase) {
    return "{\"result\":{\"type\":\"" + type + "\",\"object\":" + workflowJson(name, rv, phase) + "}}";
  }

  static final String EOF_ERROR =
      "{\"error\":{\"grpc_code\":8,\"http_code\":429,\"message\":\"EOF\",\"http_status\":\"Too Many Requests\"}}";
}
