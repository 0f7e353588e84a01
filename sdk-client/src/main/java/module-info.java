/**
 * The argo-server client; the front door is {@link io.argowf.client.ArgoClient}.
 *
 * <pre>{@code
 * module my.app {
 *   requires io.argowf.client;   // brings io.argowf.model
 * }
 * }</pre>
 */
module io.argowf.client {
  requires transitive io.argowf.model;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires okhttp3;
  requires okio;
  // okhttp3 and okio are automatic modules, which require nothing: without this line the Kotlin runtime they run
  // on is not resolved on a user's module path (NoClassDefFoundError: kotlin/jvm/internal/Intrinsics)
  requires kotlin.stdlib;
  requires org.slf4j;

  exports io.argowf.client;
  // what the Kubernetes and local backends share with the built-in one
  exports io.argowf.client.spi;

  // ArgoClient.fromEnv() asks the backend modules on the path (sdk-client-kubernetes)
  uses io.argowf.client.BackendProvider;

  // Jackson binds the client's own response types
  opens io.argowf.client to com.fasterxml.jackson.databind;
  opens io.argowf.client.internal to com.fasterxml.jackson.databind;
}
