package io.argowf.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.workflow.Workflow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A create with a fixed name that is retried after its connection dropped must not fail on its own success. */
class NamedCreateTest extends ArgoStub {
  private static final String PATH = "/api/v1/workflows/argo";
  private static final Workflow NAMED = WorkflowsTest.HELLO.withMetadata(ObjectMeta.builder().name("fixed").build());

  /** Answers a GET of the workflow with what the first POST sent, as a server that stored it would. */
  final class StoredByFirstPost implements ResponseDefinitionTransformerV2 {
    @Override
    public ResponseDefinition transform(ServeEvent event) {
      try {
        String body = server.findAll(postRequestedFor(urlEqualTo(PATH))).get(0).getBodyAsString();
        String stored = new ObjectMapper().readTree(body).get("workflow").toString();
        return json(stored).build();
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
      return "stored-by-first-post";
    }
  }

  @Override
  WireMockConfiguration options() {
    return super.options().extensions(new StoredByFirstPost());
  }

  private void postDropsThenAlreadyExists() {
    server.stubFor(post(PATH).inScenario("c").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("exists"));
    server.stubFor(post(PATH).inScenario("c").whenScenarioStateIs("exists")
        .willReturn(grpcError(409, 6, "workflows.argoproj.io \\\"fixed\\\" already exists")));
  }

  @Test
  void aRetryThatMeetsTheWorkflowItsFirstAttemptCreatedReturnsIt() {
    postDropsThenAlreadyExists();
    server.stubFor(get(urlPathEqualTo(PATH + "/fixed")).willReturn(aResponse().withTransformers("stored-by-first-post")));

    Workflow created = client.workflows("argo").create(NAMED);

    assertThat(created.metadata().name()).isEqualTo("fixed");
    // the request-id annotation only tells our object from someone else's: the caller does not get it back
    assertThat(java.util.Objects.requireNonNullElse(created.metadata().annotations(), java.util.Map.of()))
        .doesNotContainKey(ResourceCalls.REQUEST_ID);
    server.verify(2, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void aRetryThatMeetsSomeoneElsesWorkflowOfThatNameFailsWithAlreadyExists() {
    postDropsThenAlreadyExists();
    server.stubFor(get(urlPathEqualTo(PATH + "/fixed")).willReturn(json(workflowJson("fixed", "3", "Running"))));

    assertThatThrownBy(() -> client.workflows("argo").create(NAMED)).isInstanceOf(AlreadyExistsException.class);
  }

  @Test
  void twoCallsCreatingTheSameNameGetDifferentIdsSoTheSecondStillFails() {
    server.stubFor(post(PATH).inScenario("twice").whenScenarioStateIs(STARTED)
        .willReturn(json(workflowJson("fixed", "1", ""))).willSetStateTo("exists"));
    server.stubFor(post(PATH).inScenario("twice").whenScenarioStateIs("exists")
        .willReturn(grpcError(409, 6, "already exists")));
    server.stubFor(get(urlPathEqualTo(PATH + "/fixed")).willReturn(aResponse().withTransformers("stored-by-first-post")));

    client.workflows("argo").create(NAMED);

    assertThatThrownBy(() -> client.workflows("argo").create(NAMED)).isInstanceOf(AlreadyExistsException.class);
    List<String> ids = server.findAll(postRequestedFor(urlEqualTo(PATH))).stream()
        .map(r -> r.getBodyAsString().replaceAll(".*\"" + ResourceCalls.REQUEST_ID + "\":\"([^\"]+)\".*", "$1"))
        .distinct().toList();
    assertThat(ids).hasSize(2);
  }
}
