package io.argowf.client.internal;

import java.util.function.Function;

/**
 * The argo CLI's environment variables, read the way the CLI reads them: {@code ARGO_SERVER}
 * ({@code host:port}, a full URL accepted), {@code ARGO_SECURE} (https unless exactly {@code false}),
 * {@code ARGO_BASE_HREF}, {@code ARGO_INSECURE_SKIP_VERIFY} (only exactly {@code true}),
 * {@code ARGO_TOKEN} (verbatim) and {@code ARGO_NAMESPACE} (else the kubeconfig context's).
 *
 * @param baseUrl the server URL including the base href
 * @param insecureSkipTlsVerify whether TLS verification is off
 * @param authorization the {@code Authorization} value, or null
 * @param namespace the default namespace, or null
 */
public record EnvConfig(String baseUrl, boolean insecureSkipTlsVerify, String authorization, String namespace) {
  /** @throws IllegalStateException when {@code ARGO_SERVER} is not set */
  public static EnvConfig read(Function<String, String> env) {
    String server = env.apply("ARGO_SERVER");
    if (server == null || server.isBlank()) {
      throw new IllegalStateException("ARGO_SERVER is not set: expected host:port of argo-server, e.g. localhost:2746");
    }
    boolean secure = !"false".equals(env.apply("ARGO_SECURE"));
    String url = server.contains("://") ? server : (secure ? "https://" : "http://") + server;
    String href = env.apply("ARGO_BASE_HREF");
    if (href != null && !href.isBlank()) {
      url = url.replaceAll("/+$", "") + "/" + href.replaceAll("^/+", "");
    }
    String token = env.apply("ARGO_TOKEN");
    String ns = env.apply("ARGO_NAMESPACE");
    return new EnvConfig(url, "true".equals(env.apply("ARGO_INSECURE_SKIP_VERIFY")),
        token == null || token.isBlank() ? null : token,
        ns != null && !ns.isBlank() ? ns : Kubeconfig.namespace(env));
  }

  /** No token: it must never reach logs. */
  @Override
  public String toString() {
    return "EnvConfig{" + baseUrl + ", insecureSkipTlsVerify=" + insecureSkipTlsVerify + ", namespace=" + namespace + "}";
  }
}
