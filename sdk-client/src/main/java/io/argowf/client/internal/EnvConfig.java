package io.argowf.client.internal;

import io.argowf.client.ArgoException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.Locale;
import java.util.function.Function;

/**
 * The argo CLI's environment variables, read once: {@code ARGO_SERVER}, {@code ARGO_SECURE},
 * {@code ARGO_INSECURE_SKIP_VERIFY}, {@code ARGO_BASE_HREF}, {@code ARGO_TOKEN}, {@code ARGO_NAMESPACE}
 * (else the kubeconfig context's, {@code POD_NAMESPACE} or the service account's namespace), and the proxy
 * variables {@code HTTPS_PROXY}/{@code HTTP_PROXY}/{@code NO_PROXY} (either case), which Go's HTTP
 * client, and so the CLI, honours.
 *
 * @param baseUrl the server URL
 * @param insecureSkipTlsVerify whether TLS verification is off
 * @param authorization the {@code Authorization} value, or null
 * @param namespace the default namespace, or null
 * @param proxy the proxy to use for the server, or null for a direct connection
 */
public record EnvConfig(String baseUrl, boolean insecureSkipTlsVerify, String authorization, String namespace,
    Proxy proxy) {

  /** Reads the variables; fails with a message saying what to set when {@code ARGO_SERVER} is missing. */
  public static EnvConfig read(Function<String, String> env) {
    String server = env.apply("ARGO_SERVER");
    if (server == null || server.isBlank()) {
      throw new ArgoException("ARGO_SERVER is not set: set it to argo-server's host:port, e.g. localhost:2746 "
          + "(with ARGO_SECURE=false for a plain-http server)", ArgoException.NO_STATUS, ArgoException.NO_GRPC_CODE,
          "", null);
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
        ns != null && !ns.isBlank() ? ns : Kubeconfig.namespace(env), proxy(env, url));
  }

  /** The proxy Go's {@code ProxyFromEnvironment} would pick for {@code url}, or null. */
  static Proxy proxy(Function<String, String> env, String url) {
    URI uri = URI.create(url);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    String value = "https".equals(uri.getScheme()) ? either(env, "HTTPS_PROXY") : either(env, "HTTP_PROXY");
    if (value == null || bypassed(host, uri.getPort(), either(env, "NO_PROXY"))) {
      return null;
    }
    URI proxy = URI.create(value.contains("://") ? value : "http://" + value);
    if (proxy.getHost() == null) {
      throw new ArgoException("the proxy variable is not a URL: " + proxy.getScheme() + "://...",
          ArgoException.NO_STATUS, ArgoException.NO_GRPC_CODE, "", null);
    }
    int port = proxy.getPort() > 0 ? proxy.getPort() : "https".equals(proxy.getScheme()) ? 443 : 80;
    Proxy.Type type = proxy.getScheme().startsWith("socks") ? Proxy.Type.SOCKS : Proxy.Type.HTTP;
    return new Proxy(type, InetSocketAddress.createUnresolved(proxy.getHost(), port));
  }

  /** NO_PROXY: {@code *}, or comma-separated hosts, domain suffixes ({@code .example.com} or {@code example.com}), optional {@code :port}. */
  static boolean bypassed(String host, int port, String noProxy) {
    if (noProxy == null || noProxy.isBlank()) {
      return false;
    }
    for (String raw : noProxy.split(",")) {
      String entry = raw.strip().toLowerCase(Locale.ROOT);
      if (entry.equals("*")) {
        return true;
      }
      int colon = entry.lastIndexOf(':');
      if (colon > 0 && !entry.contains("]") && entry.indexOf(':') == colon) {
        if (port > 0 && !entry.substring(colon + 1).equals(String.valueOf(port))) {
          continue;
        }
        entry = entry.substring(0, colon);
      }
      String domain = entry.startsWith(".") ? entry.substring(1) : entry;
      if (!domain.isEmpty() && (host.equals(domain) || host.endsWith("." + domain))) {
        return true;
      }
    }
    return false;
  }

  private static String either(Function<String, String> env, String name) {
    String upper = env.apply(name);
    String value = upper == null || upper.isBlank() ? env.apply(name.toLowerCase(Locale.ROOT)) : upper;
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Override
  public String toString() {
    return "EnvConfig{" + baseUrl + ", insecureSkipTlsVerify=" + insecureSkipTlsVerify + ", namespace=" + namespace
        + ", proxy=" + proxy + "}";
  }
}
