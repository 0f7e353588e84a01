package io.argowf.client;

import io.argowf.client.internal.ApiRequest;
import io.argowf.client.internal.EnvConfig;
import io.argowf.client.internal.Json;
import io.argowf.client.internal.RetryPolicy;
import io.argowf.client.internal.Scheduler;
import io.argowf.client.internal.Tls;
import io.argowf.client.internal.Transport;
import io.argowf.model.Manifests;
import io.argowf.model.workflow.GetUserInfoResponse;
import io.argowf.model.workflow.InfoResponse;
import io.argowf.model.workflow.Version;
import io.argowf.model.workflow.Workflow;
import java.io.IOException;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The front door to argo-server: immutable, thread-safe, closeable. Create one per server and share it.
 *
 * <pre>{@code
 * try (ArgoClient argo = ArgoClient.fromEnv()) {          // ARGO_SERVER, ARGO_TOKEN, ...
 *   Workflow created = argo.workflows("argo").create(wf);
 *   Workflow done = argo.waitFor(created);
 *   System.out.println(done.status().phase());
 * }
 * }</pre>
 *
 * <p>Everything else is reached from here: {@link #workflows(String)}, {@link #workflowTemplates(String)},
 * {@link #clusterWorkflowTemplates()}, {@link #cronWorkflows(String)}, {@link #archivedWorkflows()},
 * {@link #events(String)}, {@link #artifacts(String)}, {@link #info()}, {@link #version()},
 * {@link #userInfo()}.
 */
public final class ArgoClient implements AutoCloseable {
  private final Transport transport;
  private final HttpUrl baseUrl;
  private final String namespace;
  private final boolean lintBeforeSubmit;
  private final Scheduler scheduler = new Scheduler();

  private ArgoClient(Transport transport, HttpUrl baseUrl, String namespace, boolean lintBeforeSubmit) {
    this.transport = transport;
    this.baseUrl = baseUrl;
    this.namespace = namespace;
    this.lintBeforeSubmit = lintBeforeSubmit;
  }

  /**
   * A builder for a client.
   *
   * <pre>{@code
   * ArgoClient argo = ArgoClient.builder()
   *     .baseUrl("https://argo.example.com:2746")
   *     .authorization(() -> "Bearer " + tokens.current())
   *     .caCertificates(Path.of("ca.pem"))
   *     .build();
   * }</pre>
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from the environment like the argo CLI: {@code ARGO_SERVER} ({@code host:port}),
   * {@code ARGO_SECURE} (https unless exactly {@code false}), {@code ARGO_INSECURE_SKIP_VERIFY}
   * (only exactly {@code true}), {@code ARGO_BASE_HREF}, {@code ARGO_TOKEN} (sent verbatim as
   * {@code Authorization}) and {@code ARGO_NAMESPACE} (else the kubeconfig context's, else {@code default}).
   *
   * <pre>{@code
   * try (ArgoClient argo = ArgoClient.fromEnv()) { ... }
   * }</pre>
   *
   * @throws IllegalStateException when {@code ARGO_SERVER} is not set
   */
  public static ArgoClient fromEnv() {
    return fromEnv(System::getenv);
  }

  /**
   * {@link #fromEnv()} reading variables from a map instead of the process environment.
   *
   * @param env variables
   */
  public static ArgoClient fromEnv(Map<String, String> env) {
    return fromEnv(env::get);
  }

  /**
   * {@link #fromEnv()} reading variables through a lookup function.
   *
   * @param env variable lookup (returns null when unset)
   */
  public static ArgoClient fromEnv(Function<String, String> env) {
    return builder().environment(env).build();
  }

  /** @return the default namespace (builder, {@code ARGO_NAMESPACE}, kubeconfig, else {@code default}) */
  public String namespace() {
    return namespace;
  }

  /** @return the server URL the client talks to (including the base href) */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /**
   * Workflows of a namespace.
   *
   * <pre>{@code
   * Workflow wf = argo.workflows("argo").get("hello-abc12");
   * }</pre>
   *
   * @return the operations on its workflows
   */
  public Workflows workflows(String namespace) {
    return new Workflows(this, requireNamespace(namespace));
  }

  /** @return {@link #workflows(String)} of the default namespace */
  public Workflows workflows() {
    return workflows(namespace);
  }

  /**
   * WorkflowTemplates of a namespace.
   *
   * <pre>{@code
   * argo.workflowTemplates("argo").create(template);
   * }</pre>
   *
   * @return the operations
   */
  public WorkflowTemplates workflowTemplates(String namespace) {
    return new WorkflowTemplates(transport, requireNamespace(namespace));
  }

  /**
   * ClusterWorkflowTemplates (cluster-scoped).
   *
   * <pre>{@code
   * argo.clusterWorkflowTemplates().list().toList();
   * }</pre>
   *
   * @return the operations
   */
  public ClusterWorkflowTemplates clusterWorkflowTemplates() {
    return new ClusterWorkflowTemplates(transport);
  }

  /**
   * CronWorkflows of a namespace.
   *
   * <pre>{@code
   * argo.cronWorkflows("argo").suspend("nightly");
   * }</pre>
   *
   * @return the operations
   */
  public CronWorkflows cronWorkflows(String namespace) {
    return new CronWorkflows(transport, requireNamespace(namespace));
  }

  /**
   * The workflow archive (all namespaces; filter in the calls).
   *
   * <pre>{@code
   * argo.archivedWorkflows().list().stream().forEach(wf -> ...);
   * }</pre>
   *
   * @return the operations
   */
  public ArchivedWorkflows archivedWorkflows() {
    return new ArchivedWorkflows(transport);
  }

  /**
   * Events for WorkflowEventBindings of a namespace.
   *
   * <pre>{@code
   * argo.events("argo").send("my-discriminator", Map.of("message", "hello"));
   * }</pre>
   *
   * @return the operations
   */
  public Events events(String namespace) {
    return new Events(transport, requireNamespace(namespace));
  }

  /**
   * Artifact downloads of a namespace.
   *
   * <pre>{@code
   * argo.artifacts("argo").output("wf-name", "wf-name-123", "result").saveTo(Path.of("out.tgz"));
   * }</pre>
   *
   * @return the operations
   */
  public Artifacts artifacts(String namespace) {
    return new Artifacts(transport, requireNamespace(namespace));
  }

  /**
   * The server's UI/info settings ({@code GET /api/v1/info}).
   *
   * <pre>{@code
   * String managed = argo.info().managedNamespace();
   * }</pre>
   */
  public InfoResponse info() {
    return transport.call(ApiRequest.get("api", "v1", "info"), InfoResponse.class);
  }

  /**
   * The server's version.
   *
   * <pre>{@code
   * System.out.println(argo.version().version());
   * }</pre>
   */
  public Version version() {
    return transport.call(ApiRequest.get("api", "v1", "version"), Version.class);
  }

  /**
   * Who the server thinks the caller is.
   *
   * <pre>{@code
   * System.out.println(argo.userInfo().serviceAccountName());
   * }</pre>
   */
  public GetUserInfoResponse userInfo() {
    return transport.call(ApiRequest.get("api", "v1", "userinfo"), GetUserInfoResponse.class);
  }

  /**
   * Waits until a workflow (as returned by create or submit) has finished.
   *
   * <pre>{@code
   * Workflow done = argo.waitFor(argo.workflows("argo").create(wf));
   * }</pre>
   *
   * @param workflow the workflow; its namespace and name are used
   * @return the finished workflow
   */
  public Workflow waitFor(Workflow workflow) {
    return waitFor(workflow, WaitOptions.defaults());
  }

  /**
   * Waits until a workflow has finished, with a timeout and progress callback.
   *
   * <pre>{@code
   * Workflow done = argo.waitFor(created, WaitOptions.defaults()
   *     .withTimeout(Duration.ofMinutes(30))
   *     .withProgress(p -> System.out.println(p)));
   * }</pre>
   *
   * @param workflow the workflow; its namespace and name are used
   * @param options timeout, progress callback, poll interval
   * @return the finished workflow
   * @throws ArgoTimeoutException when the timeout passes first
   */
  public Workflow waitFor(Workflow workflow, WaitOptions options) {
    Objects.requireNonNull(workflow.metadata(), "workflow has no metadata");
    String ns = workflow.metadata().namespace() == null ? namespace : workflow.metadata().namespace();
    return workflows(ns).waitFor(Objects.requireNonNull(workflow.metadata().name(), "workflow has no name"), options);
  }

  /** Releases connections and threads. Calls in progress fail. */
  @Override
  public void close() {
    scheduler.close();
    transport.close();
  }

  /** No credentials: the URL and default namespace only. */
  @Override
  public String toString() {
    return "ArgoClient{" + baseUrl + ", namespace=" + namespace + "}";
  }

  Transport transport() {
    return transport;
  }

  boolean lintBeforeSubmit() {
    return lintBeforeSubmit;
  }

  ScheduledExecutorService scheduler() {
    return scheduler.get();
  }

  private static String requireNamespace(String namespace) {
    if (namespace == null || namespace.isBlank()) {
      throw new IllegalArgumentException("namespace must not be empty");
    }
    return namespace;
  }

  /**
   * Configures an {@link ArgoClient}. Not thread-safe; the client it builds is.
   *
   * <pre>{@code
   * ArgoClient argo = ArgoClient.builder()
   *     .baseUrl("https://localhost:2746")
   *     .authorization("Bearer " + token)
   *     .namespace("argo")
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private String baseUrl;
    private String namespace;
    private Supplier<String> authorization = () -> null;
    private KeyStore trustStore;
    private KeyStore clientKeys;
    private char[] clientKeyPassword;
    private boolean insecureSkipTlsVerify;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private Duration streamIdleTimeout = Duration.ofMinutes(1);
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String userAgent = "argowf-sdk-client/" + Objects.requireNonNullElse(
        ArgoClient.class.getPackage().getImplementationVersion(), "dev");
    private Proxy proxy;
    private RetryPolicy retry = RetryPolicy.defaults();
    private boolean lintBeforeSubmit = true;

    private Builder() {}

    /**
     * Applies the argo CLI's environment variables (see {@link ArgoClient#fromEnv()}); later builder
     * calls override them.
     *
     * @param env variable lookup
     */
    public Builder environment(Function<String, String> env) {
      EnvConfig config = EnvConfig.read(env);
      baseUrl(config.baseUrl());
      if (config.insecureSkipTlsVerify()) {
        insecureSkipTlsVerify();
      }
      if (config.authorization() != null) {
        authorization(config.authorization());
      }
      namespace = config.namespace();
      return this;
    }

    /**
     * The server URL, e.g. {@code https://localhost:2746} or {@code https://host/argo/} with a base href.
     */
    public Builder baseUrl(String url) {
      HttpUrl parsed = HttpUrl.parse(url);
      if (parsed == null) {
        throw new IllegalArgumentException("not an http(s) URL: " + url);
      }
      this.baseUrl = parsed.toString();
      return this;
    }

    /**
     * The namespace used by {@link ArgoClient#workflows()} and {@link ArgoClient#waitFor(Workflow)}.
     */
    public Builder namespace(String namespace) {
      this.namespace = namespace;
      return this;
    }

    /**
     * A fixed {@code Authorization} header value, sent verbatim (e.g. {@code "Bearer eyJ..."}, like ARGO_TOKEN).
     */
    public Builder authorization(String headerValue) {
      Objects.requireNonNull(headerValue, "headerValue");
      this.authorization = () -> headerValue;
      return this;
    }

    /**
     * A supplier of the {@code Authorization} value, asked before every request (rotating tokens).
     *
     * @param headerValue supplies the whole value, or null for none
     */
    public Builder authorization(Supplier<String> headerValue) {
      this.authorization = Objects.requireNonNull(headerValue, "headerValue");
      return this;
    }

    /**
     * A bearer token: sends {@code Authorization: Bearer <token>}.
     *
     * @param token the token without the scheme
     */
    public Builder bearerToken(String token) {
      Objects.requireNonNull(token, "token");
      return authorization("Bearer " + token);
    }

    /**
     * Trusts the CA certificates of a PEM file (instead of the JDK's default trust store).
     *
     * @param pemFile one or more {@code BEGIN CERTIFICATE} blocks
     */
    public Builder caCertificates(Path pemFile) {
      try {
        return caCertificatesPem(Files.readString(pemFile, StandardCharsets.US_ASCII));
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read CA certificates from " + pemFile + ": " + e.getMessage(), e);
      }
    }

    /**
     * Trusts the CA certificates of PEM text.
     *
     * @param pem one or more {@code BEGIN CERTIFICATE} blocks
     */
    public Builder caCertificatesPem(String pem) {
      try {
        this.trustStore = Tls.trustStoreFromPem(pem);
      } catch (GeneralSecurityException e) {
        throw new IllegalArgumentException("cannot read CA certificates: " + e.getMessage(), e);
      }
      return this;
    }

    /**
     * Trusts the certificates of a key store (instead of the JDK's default trust store).
     */
    public Builder trustStore(KeyStore trustStore) {
      this.trustStore = Objects.requireNonNull(trustStore, "trustStore");
      return this;
    }

    /**
     * Presents a client certificate from a key store (mutual TLS).
     *
     * @param keyStore store holding the key and its chain
     * @param password the key's password
     */
    public Builder clientCertificate(KeyStore keyStore, char[] password) {
      this.clientKeys = Objects.requireNonNull(keyStore, "keyStore");
      this.clientKeyPassword = password == null ? new char[0] : password.clone();
      return this;
    }

    /**
     * Presents a client certificate from PEM files (mutual TLS).
     *
     * @param certificateChain the certificate chain (PEM)
     * @param privateKey the key as unencrypted PKCS#8 PEM ({@code BEGIN PRIVATE KEY})
     */
    public Builder clientCertificate(Path certificateChain, Path privateKey) {
      try {
        char[] password = new char[0];
        return clientCertificate(Tls.keyStoreFromPem(certificateChain, privateKey, password), password);
      } catch (IOException | GeneralSecurityException e) {
        throw new IllegalArgumentException("cannot read the client certificate: " + e.getMessage(), e);
      }
    }

    /**
     * Turns TLS verification off: any certificate and host name is accepted. Logged as a warning.
     * Prefer {@link #caCertificates(Path)} for a self-signed server.
     */
    public Builder insecureSkipTlsVerify() {
      this.insecureSkipTlsVerify = true;
      return this;
    }

    /**
     * @param timeout connect timeout (default 10 s)
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout);
      return this;
    }

    /**
     * @param timeout read timeout of ordinary calls, between two bytes (default 30 s)
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Objects.requireNonNull(timeout);
      return this;
    }

    /**
     * @param timeout write timeout (default 30 s)
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = Objects.requireNonNull(timeout);
      return this;
    }

    /**
     * How long a stream (watch, logs, large list, artifact) may stay silent before the client gives
     * up on the connection (default 1 min; argo-server sends an SSE keep-alive every 15 s). A watch
     * then reconnects by itself.
     */
    public Builder streamIdleTimeout(Duration timeout) {
      this.streamIdleTimeout = Objects.requireNonNull(timeout);
      return this;
    }

    /**
     * Adds a header to every request (e.g. {@code X-Forwarded-For} or a gateway key).
     */
    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
      return this;
    }

    /**
     * @param userAgent the {@code User-Agent} (default {@code argowf-sdk-client/<version>})
     */
    public Builder userAgent(String userAgent) {
      this.userAgent = Objects.requireNonNull(userAgent);
      return this;
    }

    /**
     * @param proxy an HTTP or SOCKS proxy
     */
    public Builder proxy(Proxy proxy) {
      this.proxy = Objects.requireNonNull(proxy);
      return this;
    }

    /**
     * How many times a failed call is repeated when that is safe (default 3; 0 turns retries off).
     *
     * @param maxRetries retries after the first attempt
     */
    public Builder retries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be >= 0");
      }
      retry = new RetryPolicy(maxRetries, retry.initialBackoff(), retry.maxBackoff(), retry.maxRetryAfter(), retry.sleeper());
      return this;
    }

    /**
     * The exponential backoff between retries (default 250 ms doubling up to 5 s, with jitter).
     *
     * @param initial first backoff
     * @param max largest backoff
     */
    public Builder retryBackoff(Duration initial, Duration max) {
      retry = new RetryPolicy(retry.maxRetries(), initial, max, retry.maxRetryAfter(), retry.sleeper());
      return this;
    }

    /**
     * The longest {@code Retry-After} the client waits for on 429 (default 60 s); longer requests fail
     * at once with {@link RateLimitedException}.
     *
     * @param max the limit
     */
    public Builder maxRetryAfter(Duration max) {
      retry = new RetryPolicy(retry.maxRetries(), retry.initialBackoff(), retry.maxBackoff(), max, retry.sleeper());
      return this;
    }

    /**
     * Whether create and submit lint the workflow locally first (default on).
     *
     * @param lint false to send workflows unchecked
     */
    public Builder lintBeforeSubmit(boolean lint) {
      this.lintBeforeSubmit = lint;
      return this;
    }

    /** Replaces how the client sleeps between retries; for tests. */
    Builder sleeper(RetryPolicy.Sleeper sleeper) {
      retry = new RetryPolicy(retry.maxRetries(), retry.initialBackoff(), retry.maxBackoff(), retry.maxRetryAfter(), sleeper);
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException when no base URL was given
     */
    public ArgoClient build() {
      if (baseUrl == null) {
        throw new IllegalStateException("no server: call baseUrl(...) or use ArgoClient.fromEnv()");
      }
      HttpUrl url = HttpUrl.get(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
      OkHttpClient.Builder http = new OkHttpClient.Builder()
          .connectTimeout(connectTimeout)
          .readTimeout(readTimeout)
          .writeTimeout(writeTimeout)
          .retryOnConnectionFailure(false);
      if (proxy != null) {
        http.proxy(proxy);
      }
      Tls.configure(http, url.host(), trustStore, clientKeys, clientKeyPassword, insecureSkipTlsVerify);
      OkHttpClient unary = http.build();
      OkHttpClient streaming = unary.newBuilder().readTimeout(streamIdleTimeout).build();
      Transport transport = new Transport(unary, streaming, url, authorization, headers, userAgent, retry,
          new Json(Manifests.jsonMapper()));
      String ns = namespace == null || namespace.isBlank() ? "default" : namespace;
      return new ArgoClient(transport, url, ns, lintBeforeSubmit);
    }
  }
}
