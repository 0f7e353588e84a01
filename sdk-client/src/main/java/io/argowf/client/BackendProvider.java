package io.argowf.client;

import java.util.Optional;
import java.util.function.Function;

/**
 * Found through {@link java.util.ServiceLoader} by {@link ArgoClient#fromEnv()}: a backend module
 * (e.g. {@code sdk-client-kubernetes}) that can make a backend from the environment when
 * {@code ARGO_SERVER} is not set, and may lend argo-server clients its credentials (the argo CLI sends
 * the kubeconfig's credentials to argo-server when {@code ARGO_TOKEN} is not set).
 *
 * <pre>{@code
 * // META-INF/services/io.argowf.client.BackendProvider, or in module-info:
 * provides io.argowf.client.BackendProvider with MyProvider;
 * }</pre>
 */
public interface BackendProvider {
  /** @return a short name, e.g. {@code kubernetes} */
  String name();

  /**
   * @param env the environment
   * @return a backend when the environment has what it needs (e.g. a kubeconfig or a service account), else empty
   */
  Optional<Backend> fromEnv(Function<String, String> env);

  /**
   * A backend that needs nothing from the environment (the local runner's), for {@link ArgoClient#local()};
   * empty by default. Such a backend is never chosen by {@link ArgoClient#fromEnv()} unless its
   * {@link #fromEnv} says so.
   *
   * @return the backend, or empty when this provider needs an environment
   */
  default Optional<Backend> standalone() {
    return Optional.empty();
  }

  /**
   * Adds credentials to an argo-server client that the environment gave none ({@code ARGO_TOKEN}
   * unset); does nothing by default.
   *
   * @param builder the client being configured
   * @param env the environment
   * @return true when credentials were added
   */
  default boolean lendCredentials(ArgoClient.Builder builder, Function<String, String> env) {
    return false;
  }
}
