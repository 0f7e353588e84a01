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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The request check really rejects what the spec forbids (so a green test run means something). */
class SpecValidatorTest {
  @Test
  void aRequestThatBreaksTheSpecIsReported() throws Exception {
    assumeTrue(SpecValidator.specFile() != null,
        "skipped: ../shared/argo/v4.1.2/swagger.json is not present (fresh clone without reference data)");
    WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
    try {
      HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/workflows/argo/x/stop"))
          .header("Content-Type", "application/json").header("Authorization", "Bearer x")
          .PUT(HttpRequest.BodyPublishers.ofString("{\"message\": {\"not\": \"a string\"}}")).build(),
          HttpResponse.BodyHandlers.discarding());

      assertThat(SpecValidator.problems(server.getAllServeEvents().stream().map(ServeEvent::getRequest)
          .collect(Collectors.toList()))).isNotEmpty();
    } finally {
      server.stop();
    }
  }
}
