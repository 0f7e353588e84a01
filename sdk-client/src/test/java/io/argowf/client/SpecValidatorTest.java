package io.argowf.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request check really rejects what the spec forbids (so a green test run means something). */
class SpecValidatorTest {
  private WireMockServer server;

  @BeforeEach
  void start() {
    assumeTrue(SpecValidator.specFile() != null,
        "skipped: ../shared/argo/v4.1.2/swagger.json is not present (fresh clone without reference data)");
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  private List<String> problemsOf(String method, String path, String body) throws Exception {
    HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .header("Content-Type", "application/json").header("Authorization", "Bearer x")
        .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
    return SpecValidator.problems(server.getAllServeEvents().stream().map(ServeEvent::getRequest)
        .collect(Collectors.toList()));
  }

  @Test
  void aBadEnvelopeFieldIsReported() throws Exception {
    assertThat(problemsOf("PUT", "/api/v1/workflows/argo/x/stop", "{\"message\": {\"not\": \"a string\"}}"))
        .isNotEmpty();
  }

  @Test
  void aMisspeltFieldDeepInsideACreatedWorkflowIsReportedWithItsPath() throws Exception {
    assertThat(problemsOf("POST", "/api/v1/workflows/argo", "{\"namespace\":\"argo\",\"workflow\":{"
        + "\"metadata\":{\"generateName\":\"x-\"},\"spec\":{\"entrypoint\":\"main\","
        + "\"templates\":[{\"name\":\"main\",\"container\":{\"image\":\"alpine\",\"comand\":[\"echo\"]}}]}}}"))
        .singleElement().asString().contains("/spec/templates/0/container").contains("comand");
  }

  @Test
  void aCronWorkflowWithAWrongTypeIsReported() throws Exception {
    assertThat(problemsOf("POST", "/api/v1/cron-workflows/argo", "{\"namespace\":\"argo\",\"cronWorkflow\":{"
        + "\"metadata\":{\"name\":\"c\"},\"spec\":{\"schedules\":\"* * * * *\",\"workflowSpec\":{}}}}"))
        .singleElement().asString().contains("CronWorkflow /spec/schedules");
  }

  @Test
  void intOrStringTakesANumberAsTheServerDoes() throws Exception {
    assertThat(problemsOf("POST", "/api/v1/workflow-templates/argo", "{\"namespace\":\"argo\",\"template\":{"
        + "\"metadata\":{\"name\":\"t\"},\"spec\":{\"templates\":[{\"name\":\"main\","
        + "\"retryStrategy\":{\"limit\":3},\"container\":{\"image\":\"alpine\"}}]}}}")).isEmpty();
  }
}
