package io.argowf.client.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.client.ArgoClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The backend contract for the argo-server backend, against an in-memory argo-server. */
class ServerContractTest extends BackendContract {
  private FakeArgoServer server;

  @Override
  protected ArgoClient newClient() {
    try {
      server = new FakeArgoServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ArgoClient.builder().baseUrl(server.url()).namespace(NS).build();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Override
  protected void finish(String name, String phase) {
    server.setPhase(NS, name, phase);
  }

  @Test
  void theBackendSaysWhatItTalksTo() {
    assertThat(client().backend()).isEqualTo("argo-server " + server.url() + "/");
  }
}
