package io.argowf.examples.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.argowf.examples.catalogue.Catalogue;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code submit hello-hello-hello} against a stand-in argo-server that behaves as the wire notes say:
 * plain HTTP JSON, the token checked verbatim, a watch that the server ends early with its
 * {@code EOF}/429 stream error, and a client that must reconnect to see the end.
 */
class SubmitCommandTest {
  private static final String NAME = "hello-hello-hello-x7k2p";
  private static final String WATCH = "/api/v1/workflow-events/argo";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private WireMockServer server;

  @BeforeEach
  void standIn() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
    server.stubFor(post("/api/v1/workflows/argo").atPriority(9).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"code\":16,\"message\":\"token not valid. see https://argo-workflows.readthedocs.io/\"}")));
    server.stubFor(post("/api/v1/workflows/argo").atPriority(1).withHeader("Authorization", equalTo("Bearer good"))
        .willReturn(json(workflow("1", "", ""))));
    server.stubFor(get("/api/v1/workflows/argo/" + NAME).willReturn(json(workflow("1", "Pending", "0/3"))));
    server.stubFor(get(urlPathEqualTo(WATCH)).withQueryParam("listOptions.resourceVersion", absent())
        .willReturn(sse(event("ADDED", workflow("2", "Running", "0/3")),
            event("MODIFIED", workflow("3", "Running", "1/3")),
            "{\"error\":{\"grpc_code\":8,\"http_code\":429,\"message\":\"EOF\",\"http_status\":\"Too Many Requests\"}}")));
    server.stubFor(get(urlPathEqualTo(WATCH)).withQueryParam("listOptions.resourceVersion", equalTo("3"))
        .willReturn(sse(event("MODIFIED", workflow("4", "Running", "2/3")),
            event("MODIFIED", workflow("5", "Succeeded", "3/3")))));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private int submit(String token) {
    Map<String, String> env = Map.of("ARGO_SERVER", "localhost:" + server.port(), "ARGO_SECURE", "false",
        "ARGO_TOKEN", token);
    return SubmitCommand.run(Catalogue.find("hello-hello-hello").orElseThrow().manifests(),
        new PrintWriter(out, true, StandardCharsets.UTF_8), new PrintWriter(err, true, StandardCharsets.UTF_8), env::get);
  }

  @Test
  void submitsWithTheTokenFollowsAWatchTheServerEndsEarlyAndReportsSucceeded() {
    assertThat(submit("Bearer good")).isZero();

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("using argo-server http://localhost:" + server.port() + "/", "submitted argo/" + NAME,
        "1/3", "3/3").endsWith(NAME + " Succeeded" + System.lineSeparator());
    server.verify(postRequestedFor(urlEqualTo("/api/v1/workflows/argo")).withHeader("Authorization", equalTo("Bearer good")));
    server.verify(2, getRequestedFor(urlPathEqualTo(WATCH)));
  }

  @Test
  void aWrongTokenExitsNonZeroWithAClearMessage() {
    assertThat(submit("Bearer wrong")).isNotZero();

    assertThat(err.toString(StandardCharsets.UTF_8)).contains("refused the credentials", "401", "token not valid", "ARGO_TOKEN")
        .doesNotContain("Bearer wrong");
  }

  @Test
  void noServerConfiguredIsAClearError() {
    int exit = SubmitCommand.run(Catalogue.find("hello-hello-hello").orElseThrow().manifests(),
        new PrintWriter(out, true, StandardCharsets.UTF_8), new PrintWriter(err, true, StandardCharsets.UTF_8),
        k -> null);

    assertThat(exit).isNotZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("ARGO_SERVER");
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder sse(String... messages) {
    StringBuilder b = new StringBuilder();
    for (String m : messages) {
      b.append("data: ").append(m).append(" \n\n");
    }
    return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(b.toString())
        .withChunkedDribbleDelay(messages.length + 1, 100);
  }

  private static String event(String type, String wf) {
    return "{\"result\":{\"type\":\"" + type + "\",\"object\":" + wf + "}}";
  }

  private static String workflow(String rv, String phase, String progress) {
    return "{\"metadata\":{\"name\":\"" + NAME + "\",\"namespace\":\"argo\",\"uid\":\"u-1\",\"resourceVersion\":\"" + rv
        + "\"},\"status\":{\"phase\":\"" + phase + "\",\"progress\":\"" + progress + "\",\"startedAt\":\"2024-05-01T10:00:00Z\"}}";
  }
}
