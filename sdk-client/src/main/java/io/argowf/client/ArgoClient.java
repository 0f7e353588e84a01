package io.argowf.client;

import io.argowf.client.internal.EnvConfig;
import io.argowf.client.internal.Json;
import io.argowf.client.internal.RetryPolicy;
import io.argowf.client.internal.Tls;
import io.argowf.client.internal.Transport;
import io.argowf.model.Manifests;
import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.GetUserInfoResponse;
import io.argowf.model.workflow.InfoResponse;
import io.argowf.model.workflow.Version;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowTemplate;
import java.io.IOException;
import java.net.Proxy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front door of the client: immutable, thread-safe, closeable. Create one and share it. It talks
 * through one {@link Backend}, chosen at construction; every other call is the same whatever it is:
 *
 * <ul>
 *   <li><b>argo-server</b> over HTTP/JSON: {@link #builder()}, or {@link #fromEnv()} when
 *       {@code ARGO_SERVER} is set;
 *   <li><b>Kubernetes</b> directly, as the argo CLI does without {@code ARGO_SERVER} (module
 *       {@code sdk-client-kubernetes}): {@link #fromEnv()} when a kubeconfig or service account is found;
 *   <li><b>the local runner</b> (module {@code local-runner}), for tests without a cluster:
 *       {@link #local()}, or {@code ArgoClient.of(LocalBackend.builder()...build())} with stand-ins.
 * </ul>
 *
 * <pre>{@code
 * try (ArgoClient argo = ArgoClient.fromEnv()) {          // ARGO_SERVER, else the kubeconfig
 *   System.out.println("using " + argo.backend());
 *   Workflow created = argo.workflows("argo").create(wf);
 *   Workflow done = argo.waitFor(created);
 *   System.out.println(done.status().phase() + " " + argo.uiLink(done));
 * }
 * }</pre>
 *
 * <p>Everything else is reached from here: {@link #workflows(String)}, {@link #workflowTemplates(String)},
 * {@link #clusterWorkflowTemplates()}, {@link #cronWorkflows(String)}, {@link #apply(Object)}, and on
 * argo-server {@link #archivedWorkflows()}, {@link #events(String)}, {@link #artifacts(String)},
 * {@link #info()}, {@link #version()}, {@link #userInfo()}.
 */
public final class ArgoClient implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ArgoClient.class);

  /** The name of the local runner's {@link BackendProvider}. */
  private static final String LOCAL = "local";

  private final Backend backend;

  private ArgoClient(Backend backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
  }

  /**
   * A client that talks through {@code backend} (the Kubernetes or local backend, or a fake).
   *
   * <pre>{@code
   * ArgoClient argo = ArgoClient.of(KubernetesBackend.fromKubeconfig());
   * }</pre>
   */
  public static ArgoClient of(Backend backend) {
    return new ArgoClient(backend);
  }

  /**
   * A builder for an argo-server client.
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
   * A client configured from the environment like the argo CLI. With {@code ARGO_SERVER}
   * ({@code host:port}) it talks to argo-server: {@code ARGO_SECURE} (https unless exactly
   * {@code false}), {@code ARGO_INSECURE_SKIP_VERIFY} (only exactly {@code true}), {@code ARGO_BASE_HREF},
   * {@code ARGO_TOKEN} (sent verbatim as {@code Authorization}; without it, the kubeconfig's credentials
   * when {@code sdk-client-kubernetes} is present), {@code ARGO_NAMESPACE} (else the kubeconfig
   * context's, else {@code default}), {@code HTTPS_PROXY}/{@code NO_PROXY}. Without {@code ARGO_SERVER}
   * it asks each {@link BackendProvider} on the class path (the Kubernetes backend finds a kubeconfig
   * or an in-cluster service account). The choice is logged at INFO and told by {@link #backend()}.
   *
   * <pre>{@code
   * try (ArgoClient argo = ArgoClient.fromEnv()) { ... }
   * }</pre>
   *
   * @throws ArgoException when the environment names no backend, saying what to set
   */
  public static ArgoClient fromEnv() {
    return fromEnv(System::getenv);
  }

  /**
   * {@link #fromEnv()} reading variables from a map instead of the process environment.
   *
   * <pre>{@code
   * ArgoClient argo = ArgoClient.fromEnv(Map.of("ARGO_SERVER", "localhost:2746", "ARGO_SECURE", "false"));
   * }</pre>
   */
  public static ArgoClient fromEnv(Map<String, String> env) {
    return fromEnv(env::get);
  }

  /**
   * {@link #fromEnv()} reading variables through a lookup function (returning null when unset).
   *
   * <pre>{@code
   * ArgoClient argo = ArgoClient.fromEnv(name -> settings.get(name));
   * }</pre>
   */
  public static ArgoClient fromEnv(Function<String, String> env) {
    String server = env.apply("ARGO_SERVER");
    ArgoClient client;
    if (server != null && !server.isBlank()) {
      client = builder().environment(env).build();
    } else {
      client = fromProviders(env);
    }
    LOG.info("argo client: using {}", client.backend());
    return client;
  }

  private static ArgoClient fromProviders(Function<String, String> env) {
    List<BackendProvider> providers = providers();
    for (BackendProvider provider : providers) {
      Optional<Backend> found = provider.fromEnv(env);
      if (found.isPresent()) {
        return of(found.get());
      }
    }
    String tried = providers.stream().filter(p -> !p.name().equals(LOCAL)).map(BackendProvider::name)
        .collect(Collectors.joining(", "));
    throw new ArgoException("no Argo backend configured: set ARGO_SERVER to argo-server's host:port (e.g. "
        + "localhost:2746)" + (tried.isEmpty()
            ? ", or add io.argowf:sdk-client-kubernetes to talk to Kubernetes through a kubeconfig"
            : ", or provide what these backends look for: " + tried + " (e.g. a kubeconfig: KUBECONFIG or ~/.kube/config)")
        + "; to run workflows on this machine instead, use ArgoClient.local()",
        ArgoException.NO_STATUS, ArgoException.NO_GRPC_CODE, "", null);
  }

  /**
   * A client of the local backend (module {@code local-runner} on the class or module path): workflows run on
   * this machine with the local runner, and templates and cron workflows are kept in memory, so code written
   * against the client runs in {@code mvn test} with no cluster. Namespace {@code default}; for stand-ins,
   * another namespace or a working folder use {@code ArgoClient.of(LocalBackend.builder()...build())}.
   *
   * <pre>{@code
   * try (ArgoClient argo = ArgoClient.local()) {
   *   Workflow done = argo.waitFor(argo.workflows().create(wf));
   *   assertThat(done.status().phase()).isEqualTo("Succeeded");
   * }
   * }</pre>
   *
   * @throws ArgoException when no local backend is on the path, saying which dependency to add
   */
  public static ArgoClient local() {
    for (BackendProvider provider : providers()) {
      if (provider.name().equals(LOCAL)) {
        Optional<Backend> local = provider.standalone();
        if (local.isPresent()) {
          LOG.info("argo client: using {}", local.get().description());
          return of(local.get());
        }
      }
    }
    throw new ArgoException("no local backend: add io.argowf:local-runner (it provides the local backend) to the "
        + "class or module path", ArgoException.NO_STATUS, ArgoException.NO_GRPC_CODE, "", null);
  }

  static List<BackendProvider> providers() {
    return ServiceLoader.load(BackendProvider.class, ArgoClient.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get).collect(Collectors.toList());
  }

  /** @return what the client talks to, e.g. {@code argo-server https://localhost:2746/} or {@code kubernetes ...} */
  public String backend() {
    return backend.description();
  }

  /** @return the default namespace (builder, {@code ARGO_NAMESPACE}, kubeconfig, else {@code default}) */
  public String namespace() {
    return backend.namespace();
  }

  /**
   * The argo-server URL the client talks to (including the base href).
   *
   * <pre>{@code
   * System.out.println(argo.baseUrl());   // https://localhost:2746/
   * }</pre>
   *
   * @throws UnsupportedByBackendException when the client does not talk to argo-server
   */
  public String baseUrl() {
    if (backend instanceof ServerBackend server) {
      return server.transport().url(io.argowf.client.internal.ApiRequest.get()).toString();
    }
    throw Backend.unsupported(backend, "baseUrl");
  }

  /**
   * Workflows of a namespace.
   *
   * <pre>{@code
   * Workflow wf = argo.workflows("argo").get("hello-abc12");
   * }</pre>
   */
  public Workflows workflows(String namespace) {
    return backend.workflows(requireNamespace(namespace));
  }

  /**
   * {@link #workflows(String)} of the default namespace.
   *
   * <pre>{@code
   * argo.workflows().list().toList();
   * }</pre>
   */
  public Workflows workflows() {
    return workflows(namespace());
  }

  /**
   * WorkflowTemplates of a namespace.
   *
   * <pre>{@code
   * argo.workflowTemplates("argo").create(template);
   * }</pre>
   */
  public WorkflowTemplates workflowTemplates(String namespace) {
    return backend.workflowTemplates(requireNamespace(namespace));
  }

  /**
   * ClusterWorkflowTemplates (cluster-scoped).
   *
   * <pre>{@code
   * argo.clusterWorkflowTemplates().list().toList();
   * }</pre>
   */
  public ClusterWorkflowTemplates clusterWorkflowTemplates() {
    return backend.clusterWorkflowTemplates();
  }

  /**
   * CronWorkflows of a namespace.
   *
   * <pre>{@code
   * argo.cronWorkflows("argo").suspend("nightly");
   * }</pre>
   */
  public CronWorkflows cronWorkflows(String namespace) {
    return backend.cronWorkflows(requireNamespace(namespace));
  }

  /**
   * Creates a WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow, or updates it when it
   * differs from the live one (spec, and the labels and annotations it gives), fetching the
   * {@code resourceVersion} itself; does nothing when nothing differs. A Workflow is created when
   * absent and left alone when its spec is the same (workflows cannot be updated; a different spec is
   * an {@link InvalidException}). The namespace is the manifest's, else the client's.
   *
   * <pre>{@code
   * for (Object manifest : Manifests.readAll(Path.of("argo/"))) {
   *   argo.apply(manifest);
   * }
   * }</pre>
   *
   * @return the live object afterwards
   */
  public Object apply(Object manifest) {
    Objects.requireNonNull(manifest, "manifest");
    if (manifest instanceof WorkflowTemplate t) {
      return workflowTemplates(namespaceOf(t.metadata())).apply(t);
    }
    if (manifest instanceof ClusterWorkflowTemplate t) {
      return clusterWorkflowTemplates().apply(t);
    }
    if (manifest instanceof CronWorkflow c) {
      return cronWorkflows(namespaceOf(c.metadata())).apply(c);
    }
    if (manifest instanceof Workflow w) {
      Workflows wfs = workflows(namespaceOf(w.metadata()));
      return Applied.apply(w, Workflow.class, wfs::get, wfs::create, changed -> {
        throw new InvalidException("workflow " + wfs.namespace() + "/" + changed.metadata().name()
            + " exists with another spec; a workflow cannot be updated (delete it, or use generateName)",
            ArgoException.NO_STATUS, ArgoException.NO_GRPC_CODE, "", null);
      });
    }
    throw new IllegalArgumentException("apply takes a Workflow, WorkflowTemplate, ClusterWorkflowTemplate or "
        + "CronWorkflow, not " + manifest.getClass().getName());
  }

  /**
   * The workflow's page in the Argo UI: {@code <ui>/workflows/<namespace>/<name>} (with {@code ?uid=}
   * when known, so an archived run of the same name is told apart). On argo-server the UI is the
   * server's own address; other backends know it when configured with one.
   *
   * <pre>{@code
   * System.out.println("see " + argo.uiLink(created));
   * }</pre>
   *
   * @throws UnsupportedByBackendException when the backend knows no UI address
   */
  public String uiLink(Workflow workflow) {
    Objects.requireNonNull(workflow.metadata(), "workflow has no metadata");
    String name = Objects.requireNonNull(workflow.metadata().name(), "workflow has no name");
    String ui = backend.uiUrl().orElseThrow(() -> Backend.unsupported(backend, "a UI link"));
    String uid = workflow.metadata().uid();
    return ui + "workflows/" + encode(namespaceOf(workflow.metadata())) + "/" + encode(name)
        + (uid == null || uid.isEmpty() ? "" : "?uid=" + encode(uid));
  }

  /**
   * The workflow archive (all namespaces; filter in the calls). argo-server only.
   *
   * <pre>{@code
   * argo.archivedWorkflows().list().stream().forEach(wf -> ...);
   * }</pre>
   */
  public ArchivedWorkflows archivedWorkflows() {
    return backend.archivedWorkflows();
  }

  /**
   * Events for WorkflowEventBindings of a namespace. argo-server only.
   *
   * <pre>{@code
   * argo.events("argo").send("my-discriminator", Map.of("message", "hello"));
   * }</pre>
   */
  public Events events(String namespace) {
    return backend.events(requireNamespace(namespace));
  }

  /**
   * Artifact downloads of a namespace. argo-server only.
   *
   * <pre>{@code
   * argo.artifacts("argo").output("wf-name", "wf-name-123", "result").saveTo(Path.of("out.tgz"));
   * }</pre>
   */
  public Artifacts artifacts(String namespace) {
    return backend.artifacts(requireNamespace(namespace));
  }

  /**
   * The server's UI/info settings ({@code GET /api/v1/info}). argo-server only.
   *
   * <pre>{@code
   * String managed = argo.info().managedNamespace();
   * }</pre>
   */
  public InfoResponse info() {
    return backend.info();
  }

  /**
   * The server's version.
   *
   * <pre>{@code
   * System.out.println(argo.version().version());
   * }</pre>
   */
  public Version version() {
    return backend.version();
  }

  /**
   * Who the server thinks the caller is. argo-server only.
   *
   * <pre>{@code
   * System.out.println(argo.userInfo().serviceAccountName());
   * }</pre>
   */
  public GetUserInfoResponse userInfo() {
    return backend.userInfo();
  }

  /**
   * Waits until a workflow (as returned by create or submit) has finished.
   *
   * <pre>{@code
   * Workflow done = argo.waitFor(argo.workflows("argo").create(wf));
   * }</pre>
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
   * @throws ArgoTimeoutException when the timeout passes first
   */
  public Workflow waitFor(Workflow workflow, WaitOptions options) {
    Objects.requireNonNull(workflow.metadata(), "workflow has no metadata");
    return workflows(namespaceOf(workflow.metadata()))
        .waitFor(Objects.requireNonNull(workflow.metadata().name(), "workflow has no name"), options);
  }

  /**
   * Ends every stream still open (their iterators end, or throw an {@link ArgoException} saying the
   * client was closed), fails calls in progress, and releases connections and threads.
   */
  @Override
  public void close() {
    backend.close();
  }

  /** No credentials: the backend and default namespace only. */
  @Override
  public String toString() {
    return "ArgoClient{" + backend.description() + ", namespace=" + namespace() + "}";
  }

  private String namespaceOf(io.argowf.model.k8s.ObjectMeta meta) {
    return meta == null || meta.namespace() == null || meta.namespace().isBlank() ? namespace() : meta.namespace();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
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
    private long maxStreamMessageBytes = 64L << 20;

    private Builder() {}

    /**
     * Applies the argo CLI's environment variables (see {@link ArgoClient#fromEnv()}); later builder
     * calls override them.
     *
     * @param env variable lookup
     * @return this
     */
    public Builder environment(Function<String, String> env) {
      EnvConfig config = EnvConfig.read(env);
      baseUrl(config.baseUrl());
      if (config.insecureSkipTlsVerify()) {
        insecureSkipTlsVerify();
      }
      if (config.authorization() != null) {
        authorization(config.authorization());
      } else {
        lendCredentials(env);
      }
      if (config.proxy() != null) {
        proxy(config.proxy());
      }
      namespace = config.namespace();
      return this;
    }

    /** Without ARGO_TOKEN the argo CLI sends the kubeconfig's credentials: so does a backend module that can read them. */
    private void lendCredentials(Function<String, String> env) {
      for (BackendProvider provider : providers()) {
        if (provider.lendCredentials(this, env)) {
          LOG.debug("argo-server credentials from {}", provider.name());
          return;
        }
      }
    }

    /**
     * The server URL, e.g. {@code https://localhost:2746} or {@code https://host/argo/} with a base href.
     *
     * @param url the URL
     * @return this
     */
    public Builder baseUrl(String url) {
      HttpUrl parsed = HttpUrl.parse(url);
      if (parsed == null) {
        throw new IllegalArgumentException("not an http(s) URL: " + url);
      }
      if (!parsed.username().isEmpty() || !parsed.password().isEmpty()) {
        throw new IllegalArgumentException("the server URL must not carry credentials (user:password@): give them "
            + "with authorization(...) instead; URL given: " + parsed.newBuilder().username("").password("").build());
      }
      this.baseUrl = parsed.toString();
      return this;
    }

    /**
     * The namespace used by {@link ArgoClient#workflows()} and {@link ArgoClient#waitFor(Workflow)}.
     *
     * @param namespace the namespace
     * @return this
     */
    public Builder namespace(String namespace) {
      this.namespace = namespace;
      return this;
    }

    /**
     * A fixed {@code Authorization} header value, sent verbatim (e.g. {@code "Bearer eyJ..."}, like ARGO_TOKEN).
     *
     * @param headerValue the value
     * @return this
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
     * @return this
     */
    public Builder authorization(Supplier<String> headerValue) {
      this.authorization = Objects.requireNonNull(headerValue, "headerValue");
      return this;
    }

    /**
     * A bearer token: sends {@code Authorization: Bearer <token>}.
     *
     * @param token the token without the scheme
     * @return this
     */
    public Builder bearerToken(String token) {
      Objects.requireNonNull(token, "token");
      return authorization("Bearer " + token);
    }

    /**
     * Trusts the CA certificates of a PEM file (instead of the JDK's default trust store).
     *
     * @param pemFile one or more {@code BEGIN CERTIFICATE} blocks
     * @return this
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
     * @return this
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
     *
     * @param trustStore the store
     * @return this
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
     * @return this
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
     * @return this
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
     *
     * @return this
     */
    public Builder insecureSkipTlsVerify() {
      this.insecureSkipTlsVerify = true;
      return this;
    }

    /**
     * @param timeout connect timeout (default 10 s)
     * @return this
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout);
      return this;
    }

    /**
     * @param timeout read timeout of ordinary calls, between two bytes (default 30 s)
     * @return this
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Objects.requireNonNull(timeout);
      return this;
    }

    /**
     * @param timeout write timeout (default 30 s)
     * @return this
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = Objects.requireNonNull(timeout);
      return this;
    }

    /**
     * How long a stream (watch, logs, large list, artifact) may stay silent before the client gives
     * up on the connection (default 1 min; argo-server sends an SSE keep-alive every 15 s). A watch
     * then reconnects by itself.
     *
     * @param timeout the idle timeout
     * @return this
     */
    public Builder streamIdleTimeout(Duration timeout) {
      this.streamIdleTimeout = Objects.requireNonNull(timeout);
      return this;
    }

    /**
     * Adds a header to every request (e.g. {@code X-Forwarded-For} or a gateway key).
     *
     * @param name header name
     * @param value header value
     * @return this
     */
    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
      return this;
    }

    /**
     * @param userAgent the {@code User-Agent} (default {@code argowf-sdk-client/<version>})
     * @return this
     */
    public Builder userAgent(String userAgent) {
      this.userAgent = Objects.requireNonNull(userAgent);
      return this;
    }

    /**
     * @param proxy an HTTP or SOCKS proxy
     * @return this
     */
    public Builder proxy(Proxy proxy) {
      this.proxy = Objects.requireNonNull(proxy);
      return this;
    }

    /**
     * How many times a failed call is repeated when that is safe (default 3; 0 turns retries off).
     *
     * @param maxRetries retries after the first attempt
     * @return this
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
     * @return this
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
     * @return this
     */
    public Builder maxRetryAfter(Duration max) {
      retry = new RetryPolicy(retry.maxRetries(), retry.initialBackoff(), retry.maxBackoff(), max, retry.sleeper());
      return this;
    }

    /**
     * Whether create and submit lint the workflow locally first (default on).
     *
     * @param lint false to send workflows unchecked
     * @return this
     */
    public Builder lintBeforeSubmit(boolean lint) {
      this.lintBeforeSubmit = lint;
      return this;
    }

    /**
     * The largest single stream message (one watch event or log line) the client accepts (default
     * 64 MiB); a larger one fails the stream with {@link MalformedResponseException}.
     *
     * @param bytes the limit
     * @return this
     */
    public Builder maxStreamMessageBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxStreamMessageBytes must be positive");
      }
      this.maxStreamMessageBytes = bytes;
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
     * @return the client
     * @throws ArgoException when no base URL was given
     */
    public ArgoClient build() {
      if (baseUrl == null) {
        throw new ArgoException("no server: call baseUrl(...) or use ArgoClient.fromEnv() with ARGO_SERVER set",
            ArgoException.NO_STATUS, ArgoException.NO_GRPC_CODE, "", null);
      }
      HttpUrl url = HttpUrl.get(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
      OkHttpClient.Builder http = new OkHttpClient.Builder()
          .connectTimeout(connectTimeout)
          .readTimeout(readTimeout)
          .writeTimeout(writeTimeout)
          .retryOnConnectionFailure(false)
          // redirects are followed by the transport, and only to the same host (never https to http)
          .followRedirects(false)
          .followSslRedirects(false);
      if (proxy != null) {
        http.proxy(proxy);
      }
      Tls.configure(http, url.host(), trustStore, clientKeys, clientKeyPassword, insecureSkipTlsVerify);
      OkHttpClient unary = http.build();
      OkHttpClient streaming = unary.newBuilder().readTimeout(streamIdleTimeout).build();
      Transport transport = new Transport(unary, streaming, url, authorization, headers, userAgent, retry,
          new Json(Manifests.jsonMapper()), maxStreamMessageBytes);
      String ns = namespace == null || namespace.isBlank() ? "default" : namespace;
      return new ArgoClient(new ServerBackend(transport, ns, lintBeforeSubmit));
    }
  }
}
