/**
 * The client's Kubernetes backend: Argo's resources through the Kubernetes API, as the argo CLI does
 * without {@code ARGO_SERVER}; the front door is {@link io.argowf.client.kubernetes.KubernetesBackend}.
 *
 * <pre>{@code
 * module my.app {
 *   requires io.argowf.client.kubernetes;   // brings io.argowf.client
 * }
 * }</pre>
 */
module io.argowf.client.kubernetes {
  requires transitive io.argowf.client;
  requires kubernetes.client.api;
  requires kubernetes.model.core;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports io.argowf.client.kubernetes;

  provides io.argowf.client.BackendProvider with io.argowf.client.kubernetes.internal.KubernetesProvider;
}
