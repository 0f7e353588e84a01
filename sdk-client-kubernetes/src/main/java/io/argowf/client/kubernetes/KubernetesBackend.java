package io.argowf.client.kubernetes;

import io.argowf.client.ArgoException;
import io.argowf.client.Backend;
import io.argowf.client.ClusterWorkflowTemplates;
import io.argowf.client.CronWorkflows;
import io.argowf.client.WorkflowTemplates;
import io.argowf.client.Workflows;
import io.argowf.client.spi.BackendSupport;
import io.argowf.model.workflow.Version;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The client's Kubernetes backend: Workflows, WorkflowTemplates, ClusterWorkflowTemplates and
 * CronWorkflows as custom resources through the Kubernetes API, pod logs from the pods, and the
 * actions the argo CLI performs by patching when it has no {@code ARGO_SERVER} (suspend, resume, stop,
 * terminate, resubmit; CronWorkflow suspend and resume). Retry, set, the archive, events, artifacts and
 * info need argo-server and throw {@code UnsupportedByBackendException}. Built on fabric8's
 * kubernetes-client, which reads kubeconfigs (every file of {@code KUBECONFIG}, tokens, client
 * certificates, exec plugins) and in-cluster service accounts.
 *
 * <pre>{@code
 * try (ArgoClient argo = ArgoClient.of(KubernetesBackend.fromKubeconfig())) {
 *   Workflow wf = argo.workflows("argo-jobs").create(workflow);
 *   argo.waitFor(wf);
 * }
 * }</pre>
 *
 * <p>{@code ArgoClient.fromEnv()} picks this backend by itself when {@code ARGO_SERVER} is not set and a
 * kubeconfig or a service account is found.
 */
public final class KubernetesBackend implements Backend {
  private final KubernetesClient client;
  private final String namespace;
  private final boolean lintBeforeSubmit;
  private final boolean ownsClient;

  private KubernetesBackend(KubernetesClient client, String namespace, boolean lintBeforeSubmit, boolean ownsClient) {
    this.client = Objects.requireNonNull(client, "client");
    this.namespace = namespace == null || namespace.isBlank() ? "default" : namespace;
    this.lintBeforeSubmit = lintBeforeSubmit;
    this.ownsClient = ownsClient;
  }

  /**
   * A backend from the kubeconfig (or the pod's service account), as {@code kubectl} finds it; the
   * namespace is {@code ARGO_NAMESPACE}, else the current context's (or the service account's).
   *
   * <pre>{@code
   * ArgoClient argo = ArgoClient.of(KubernetesBackend.fromKubeconfig());
   * }</pre>
   */
  public static KubernetesBackend fromKubeconfig() {
    return fromEnv(System::getenv).orElseThrow(() -> new ArgoException("no kubeconfig (KUBECONFIG or ~/.kube/config) "
        + "and no in-cluster service account found", ArgoException.NO_STATUS, ArgoException.NO_GRPC_CODE, "", null));
  }

  /**
   * A backend on a fabric8 client you configured; closing the backend leaves the client open.
   *
   * <pre>{@code
   * ArgoClient argo = ArgoClient.of(KubernetesBackend.of(new KubernetesClientBuilder().build(), "argo"));
   * }</pre>
   */
  public static KubernetesBackend of(KubernetesClient client, String namespace) {
    return new KubernetesBackend(client, namespace, true, false);
  }

  /**
   * A backend from the environment when it has a kubeconfig ({@code KUBECONFIG}, every file of it merged as
   * kubectl merges them, or {@code ~/.kube/config}) or an in-cluster service account
   * ({@code KUBERNETES_SERVICE_HOST} and the token under {@code /var/run/secrets/kubernetes.io/serviceaccount});
   * empty otherwise. The namespace, as the argo CLI chooses it: {@code ARGO_NAMESPACE}, else the current context's,
   * else in a pod {@code POD_NAMESPACE} or the service account's, else {@code default}. The kubeconfig files are
   * the ones {@code env} names; with the process environment fabric8 reads them itself (and its
   * {@code KUBERNETES_*} variables and proxies); with another lookup they are parsed and merged here, and the
   * service account is fabric8's.
   *
   * <pre>{@code
   * Optional<KubernetesBackend> k8s = KubernetesBackend.fromEnv(System::getenv);
   * }</pre>
   */
  public static Optional<KubernetesBackend> fromEnv(Function<String, String> env) {
    if (!KubeEnv.configured(env)) {
      return Optional.empty();
    }
    Config config = KubeEnv.config(env);
    String ns = firstNonBlank(env.apply("ARGO_NAMESPACE"), BackendSupport.defaultNamespace(env), config.getNamespace());
    return Optional.of(new KubernetesBackend(new KubernetesClientBuilder().withConfig(config).build(), ns, true, true));
  }

  /**
   * fabric8's configuration as {@link #fromEnv} finds it (the kubeconfig files {@code env} names, merged, else the
   * in-cluster service account); empty when there is neither. For a fabric8 client of your own, or credentials.
   *
   * <pre>{@code
   * Config config = KubernetesBackend.fabric8Config(System::getenv).orElseThrow();
   * }</pre>
   */
  public static Optional<Config> fabric8Config(Function<String, String> env) {
    return KubeEnv.configured(env) ? Optional.of(KubeEnv.config(env)) : Optional.empty();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  /**
   * A copy that does not lint workflows locally before creating them.
   *
   * <pre>{@code
   * ArgoClient argo = ArgoClient.of(KubernetesBackend.fromKubeconfig().withoutLint());
   * }</pre>
   */
  public KubernetesBackend withoutLint() {
    return new KubernetesBackend(client, namespace, false, ownsClient);
  }

  KubernetesClient client() {
    return client;
  }

  boolean lintBeforeSubmit() {
    return lintBeforeSubmit;
  }

  @Override
  public String description() {
    String context = null;
    try {
      context = client.getConfiguration().getCurrentContext() == null ? null
          : client.getConfiguration().getCurrentContext().getName();
    } catch (RuntimeException ignored) {
      // a client configured by hand has no context
    }
    return "kubernetes " + client.getMasterUrl() + (context == null ? "" : " (context " + context + ")");
  }

  @Override
  public String namespace() {
    return namespace;
  }

  @Override
  public Workflows workflows(String namespace) {
    return new KubeWorkflows(this, namespace);
  }

  @Override
  public WorkflowTemplates workflowTemplates(String namespace) {
    return new KubeTemplates(this, namespace);
  }

  @Override
  public ClusterWorkflowTemplates clusterWorkflowTemplates() {
    return new KubeClusterTemplates(this);
  }

  @Override
  public CronWorkflows cronWorkflows(String namespace) {
    return new KubeCrons(this, namespace);
  }

  /** The Kubernetes API server's version (Argo's own version is known only to argo-server). */
  @Override
  public Version version() {
    try {
      var v = client.getKubernetesVersion();
      return Version.builder().version(v.getGitVersion()).gitCommit(v.getGitCommit()).platform(v.getPlatform())
          .goVersion(v.getGoVersion()).build();
    } catch (KubernetesClientException e) {
      throw Crd.failure("GET /version", e);
    }
  }

  @Override
  public void close() {
    if (ownsClient) {
      client.close();
    }
  }

  @Override
  public String toString() {
    return "KubernetesBackend{" + description() + ", namespace=" + namespace + "}";
  }
}
