package io.argowf.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
  @TempDir
  Path home;

  private Map<String, String> env(String... kv) {
    Map<String, String> env = new HashMap<>();
    env.put("HOME", home.toString());
    for (int i = 0; i < kv.length; i += 2) {
      env.put(kv[i], kv[i + 1]);
    }
    return env;
  }

  @Test
  void argoServerIsHttpsUnlessSecureIsExactlyFalse() {
    assertThat(ArgoClient.fromEnv(env("ARGO_SERVER", "localhost:2746")).baseUrl()).isEqualTo("https://localhost:2746/");
    assertThat(ArgoClient.fromEnv(env("ARGO_SERVER", "localhost:2746", "ARGO_SECURE", "False")).baseUrl())
        .startsWith("https://");
    assertThat(ArgoClient.fromEnv(env("ARGO_SERVER", "localhost:2746", "ARGO_SECURE", "false")).baseUrl())
        .isEqualTo("http://localhost:2746/");
  }

  @Test
  void baseHrefGoesBetweenHostAndApi() {
    assertThat(ArgoClient.fromEnv(env("ARGO_SERVER", "h:1", "ARGO_BASE_HREF", "/argo/")).baseUrl())
        .isEqualTo("https://h:1/argo/");
  }

  @Test
  void namespaceComesFromArgoNamespaceThenKubeconfigThenDefault() throws Exception {
    assertThat(ArgoClient.fromEnv(env("ARGO_SERVER", "h:1", "ARGO_NAMESPACE", "team")).namespace()).isEqualTo("team");
    assertThat(ArgoClient.fromEnv(env("ARGO_SERVER", "h:1")).namespace()).isEqualTo("default");
    Files.createDirectories(home.resolve(".kube"));
    Files.writeString(home.resolve(".kube/config"), "apiVersion: v1\ncurrent-context: b\ncontexts:\n"
        + "- name: a\n  context: {namespace: wrong}\n- name: b\n  context: {cluster: c, namespace: from-kube}\n");
    assertThat(ArgoClient.fromEnv(env("ARGO_SERVER", "h:1")).namespace()).isEqualTo("from-kube");
  }

  @Test
  void missingServerIsAClearError() {
    // without ARGO_SERVER and without a backend module on the class path there is nothing to talk to
    assertThatThrownBy(() -> ArgoClient.fromEnv(env())).isInstanceOf(ArgoException.class)
        .hasMessageContaining("set ARGO_SERVER");
    assertThatThrownBy(() -> ArgoClient.builder().build()).isInstanceOf(ArgoException.class)
        .hasMessageContaining("baseUrl");
  }

  @Test
  void theTokenIsNotShownAnywhere() {
    ArgoClient c = ArgoClient.fromEnv(env("ARGO_SERVER", "h:1", "ARGO_TOKEN", "Bearer hush"));
    assertThat(c.toString()).doesNotContain("hush").contains("h:1");
  }

  @Test
  void insecureSkipVerifyOnlyWhenExactlyTrue() {
    // building succeeds either way; the TLS test checks the effect against a real TLS server
    assertThat(ArgoClient.fromEnv(env("ARGO_SERVER", "h:1", "ARGO_INSECURE_SKIP_VERIFY", "true"))).isNotNull();
    assertThat(ArgoClient.fromEnv(env("ARGO_SERVER", "h:1", "ARGO_INSECURE_SKIP_VERIFY", "yes"))).isNotNull();
  }

  @Test
  void inAPodTheNamespaceIsPodNamespace() {
    assertThat(ArgoClient.fromEnv(env("ARGO_SERVER", "h:1", "POD_NAMESPACE", "argo-jobs")).namespace())
        .isEqualTo("argo-jobs");
  }

  /** client-go: a namespace the kubeconfig's context names wins over the pod's. */
  @Test
  void theKubeconfigContextsNamespaceWinsOverPodNamespace() throws Exception {
    Path kubeconfig = home.resolve("config.yaml");
    Files.writeString(kubeconfig, "apiVersion: v1\ncurrent-context: b\ncontexts:\n"
        + "- name: b\n  context: {cluster: c, namespace: from-kube}\n");

    assertThat(ArgoClient.fromEnv(env("ARGO_SERVER", "h:1", "KUBECONFIG", kubeconfig.toString(),
        "POD_NAMESPACE", "argo-jobs")).namespace()).isEqualTo("from-kube");
  }

  /** kubectl reads every file of KUBECONFIG: the first current-context wins, contexts may live in a later file. */
  @Test
  void everyFileOfKubeconfigIsRead() throws Exception {
    Path first = home.resolve("a.yaml");
    Path second = home.resolve("b.yaml");
    Files.writeString(first, "apiVersion: v1\ncurrent-context: prod\n");
    Files.writeString(second, "apiVersion: v1\ncurrent-context: dev\ncontexts:\n"
        + "- name: prod\n  context: {cluster: p, namespace: from-second-file}\n");

    String list = first + java.io.File.pathSeparator + home.resolve("missing.yaml") + java.io.File.pathSeparator + second;
    assertThat(ArgoClient.fromEnv(env("ARGO_SERVER", "h:1", "KUBECONFIG", list)).namespace())
        .isEqualTo("from-second-file");
  }

  /** Go's HTTP client (so the argo CLI) honours HTTPS_PROXY unless NO_PROXY names the host. */
  @Test
  void httpsProxyIsUsedUnlessNoProxyNamesTheHost() {
    assertThat(io.argowf.client.internal.EnvConfig.read(env("ARGO_SERVER", "argo.example.com:2746",
        "HTTPS_PROXY", "http://proxy.corp:3128")::get).proxy()).hasToString("HTTP @ proxy.corp/<unresolved>:3128");
    assertThat(io.argowf.client.internal.EnvConfig.read(env("ARGO_SERVER", "argo.example.com:2746",
        "https_proxy", "proxy.corp:3128", "NO_PROXY", "localhost,.example.com")::get).proxy()).isNull();
  }
}
