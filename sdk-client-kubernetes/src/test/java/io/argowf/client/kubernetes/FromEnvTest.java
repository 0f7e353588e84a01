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
      assertThat(argo.backend()).isEqualTo("kubernetes https://127.0.0.1:6443/ (context c)");
      assertThat(argo.namespace()).isEqualTo("argo-jobs");
    }
  }

  /**
   * As kubectl and the argo CLI: every file of KUBECONFIG is read (the first current-context wins; its context,
   * cluster and user may live in a later file), and the context's namespace wins over POD_NAMESPACE.
   */
  @Test
  void everyFileOfKubeconfigIsMergedAndTheContextNamesTheNamespace() throws Exception {
    Path first = home.resolve("first.yaml");
    Path second = home.resolve("second.yaml");
    Files.writeString(first, "apiVersion: v1\nkind: Config\ncurrent-context: prod\n");
    Files.writeString(second, "apiVersion: v1\nkind: Config\ncurrent-context: dev\nclusters:\n"
        + "- name: p\n  cluster: {server: 'https://10.1.2.3:6443'}\ncontexts:\n"
        + "- name: prod\n  context: {cluster: p, user: u, namespace: argo-jobs}\nusers:\n- name: u\n  user: {token: s3cr3t}\n");
    String list = first + java.io.File.pathSeparator + home.resolve("missing.yaml") + java.io.File.pathSeparator + second;

    KubernetesBackend backend = KubernetesBackend.fromEnv(Map.of("KUBECONFIG", list, "HOME", home.toString(),
        "POD_NAMESPACE", "elsewhere")::get).orElseThrow();
    try (ArgoClient argo = ArgoClient.of(backend)) {
      assertThat(argo.backend()).isEqualTo("kubernetes https://10.1.2.3:6443/ (context prod)");
      assertThat(argo.namespace()).isEqualTo("argo-jobs");
      var config = backend.client().getConfiguration();
      assertThat(config.getOauthToken() != null ? config.getOauthToken() : config.getAutoOAuthToken()).isEqualTo("s3cr3t");
    }
  }

  /** The argo CLI without ARGO_TOKEN sends argo-server the kubeconfig's credentials: those of the file env names. */
  @Test
  void anArgoServerClientWithoutArgoTokenSendsTheKubeconfigsToken() throws Exception {
    Path kubeconfig = home.resolve("config.yaml");
    Files.writeString(kubeconfig, "apiVersion: v1\nkind: Config\ncurrent-context: c\nclusters:\n"
        + "- name: k\n  cluster: {server: 'https://127.0.0.1:6443'}\ncontexts:\n"
        + "- name: c\n  context: {cluster: k, user: u}\nusers:\n- name: u\n  user: {token: t0k3n}\n");
    var seen = new java.util.concurrent.CopyOnWriteArrayList<String>();
    com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/v1/info", exchange -> {
      seen.add(exchange.getRequestHeaders().getFirst("Authorization"));
      byte[] body = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try (ArgoClient argo = ArgoClient.fromEnv(Map.of("ARGO_SERVER", "127.0.0.1:" + server.getAddress().getPort(),
        "ARGO_SECURE", "false", "KUBECONFIG", kubeconfig.toString(), "HOME", home.toString()))) {
      argo.info();
    } finally {
      server.stop(0);
    }

    assertThat(seen).containsExactly("Bearer t0k3n");
  }

  @Test
  void withNeitherAKubeconfigNorAServiceAccountThereIsNoKubernetesBackend() {
    assertThat(KubernetesBackend.fromEnv(Map.of("HOME", home.toString(), "KUBERNETES_SERVICE_HOST", "10.0.0.1",
        "KUBERNETES_SERVICE_PORT", "443")::get)).isEmpty();
  }

  @Test
  void withArgoServerItIsArgoServer() {
    try (ArgoClient argo = ArgoClient.fromEnv(Map.of("ARGO_SERVER", "localhost:2746", "ARGO_TOKEN", "Bearer x"))) {
      assertThat(argo.backend()).isEqualTo("argo-server https://localhost:2746/");
    }
  }
}
