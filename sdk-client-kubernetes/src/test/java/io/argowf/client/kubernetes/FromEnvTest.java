package io.argowf.client.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.client.ArgoClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ArgoClient.fromEnv()} picks the backend as the argo CLI does, and says which. */
class FromEnvTest {
  @TempDir
  Path home;

  @Test
  void withoutArgoServerAKubeconfigMeansKubernetes() throws Exception {
    Path kubeconfig = home.resolve("config");
    Files.writeString(kubeconfig, "apiVersion: v1\nkind: Config\ncurrent-context: c\nclusters:\n"
        + "- name: k\n  cluster: {server: 'https://127.0.0.1:6443'}\ncontexts:\n"
        + "- name: c\n  context: {cluster: k, user: u, namespace: jobs}\nusers:\n- name: u\n  user: {token: t0k3n}\n");

    try (ArgoClient argo = ArgoClient.fromEnv(Map.of("KUBECONFIG", kubeconfig.toString(), "ARGO_NAMESPACE", "argo-jobs"))) {
      assertThat(argo.backend()).startsWith("kubernetes ");
      assertThat(argo.namespace()).isEqualTo("argo-jobs");
    }
  }

  @Test
  void withArgoServerItIsArgoServer() {
    try (ArgoClient argo = ArgoClient.fromEnv(Map.of("ARGO_SERVER", "localhost:2746", "ARGO_TOKEN", "Bearer x"))) {
      assertThat(argo.backend()).isEqualTo("argo-server https://localhost:2746/");
    }
  }
}
