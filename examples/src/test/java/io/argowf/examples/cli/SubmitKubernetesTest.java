package io.argowf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.examples.catalogue.Catalogue;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code submit hello-hello-hello} without {@code ARGO_SERVER}: the kubeconfig names a Kubernetes API (fabric8's
 * mock server in CRUD mode), the client talks to it as the argo CLI does, and a stand-in for the workflow
 * controller marks the workflow Succeeded.
 */
class SubmitKubernetesTest {
  private static final String WORKFLOWS = "/apis/argoproj.io/v1alpha1/namespaces/argo/workflows";

  @TempDir Path home;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private KubernetesMockServer server;
  private Thread controller;

  @BeforeEach
  void start() {
    server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
        new KubernetesCrudDispatcher(), false);
    server.init();
    registerTheWorkflowCrd();
    controller = new Thread(this::succeedTheFirstWorkflow, "stand-in-controller");
    controller.setDaemon(true);
    controller.start();
  }

  @AfterEach
  void stop() {
    controller.interrupt();
    server.destroy();
  }

  /** As installing Argo does: the mock server learns the kind from the CustomResourceDefinition created. */
  private void registerTheWorkflowCrd() {
    String crd = "{\"apiVersion\":\"apiextensions.k8s.io/v1\",\"kind\":\"CustomResourceDefinition\","
        + "\"metadata\":{\"name\":\"workflows.argoproj.io\"},\"spec\":{\"group\":\"argoproj.io\","
        + "\"names\":{\"kind\":\"Workflow\",\"plural\":\"workflows\",\"singular\":\"workflow\"},"
        + "\"scope\":\"Namespaced\",\"versions\":[{\"name\":\"v1alpha1\",\"served\":true,\"storage\":true}]}}";
    try {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(server.url("/apis/apiextensions.k8s.io/v1/customresourcedefinitions")))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(crd)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits for a workflow to appear, then sets its phase, as the workflow controller would. */
  private void succeedTheFirstWorkflow() {
    HttpClient http = HttpClient.newHttpClient();
    try {
      while (!Thread.currentThread().isInterrupted()) {
        String list = http.send(HttpRequest.newBuilder(URI.create(server.url(WORKFLOWS))).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        Matcher name = Pattern.compile("\"name\"\\s*:\\s*\"(argo-vci-demo-[a-z0-9-]+)\"").matcher(list);
        if (name.find()) {
          HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url(WORKFLOWS + "/" + name.group(1))))
              .header("Content-Type", "application/merge-patch+json")
              .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"status\":{\"phase\":\"Succeeded\","
                  + "\"progress\":\"3/3\"}}")).build(), HttpResponse.BodyHandlers.ofString());
          assertThat(r.statusCode()).as(r.body()).isLessThan(300);
          return;
        }
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  @Timeout(60)
  void withoutArgoServerTheKubeconfigsClusterIsUsedAndNamed() throws Exception {
    Path kubeconfig = home.resolve("config");
    Files.writeString(kubeconfig, "apiVersion: v1\nkind: Config\ncurrent-context: mock\nclusters:\n"
        + "- name: m\n  cluster: {server: '" + server.url("/") + "'}\ncontexts:\n"
        + "- name: mock\n  context: {cluster: m, user: u, namespace: argo}\nusers:\n- name: u\n  user: {token: t}\n");
    Map<String, String> env = Map.of("KUBECONFIG", kubeconfig.toString(), "HOME", home.toString());

    int exit = SubmitCommand.run(Catalogue.find("hello-hello-hello").orElseThrow().manifests(),
        new PrintWriter(out, true, StandardCharsets.UTF_8), new PrintWriter(err, true, StandardCharsets.UTF_8),
        env::get);

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(printed + err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(printed).startsWith("using kubernetes http://").contains("(context mock)", "submitted argo/argo-vci-demo-")
        .endsWith(" Succeeded" + System.lineSeparator());
  }
}
