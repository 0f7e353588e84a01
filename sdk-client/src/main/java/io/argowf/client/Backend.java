package io.argowf.client;

import io.argowf.model.workflow.GetUserInfoResponse;
import io.argowf.model.workflow.InfoResponse;
import io.argowf.model.workflow.Version;
import java.util.Optional;

/**
 * What {@link ArgoClient} talks through: argo-server (built in, {@link ArgoClient#builder()}), the
 * Kubernetes API (module {@code sdk-client-kubernetes}) or the local runner (module
 * {@code local-runner}). The service-provider interface for backends; users choose one at construction
 * and then make the same calls whatever it is.
 *
 * <pre>{@code
 * ArgoClient argo = ArgoClient.of(myBackend);
 * System.out.println(argo.backend());     // the backend's description
 * }</pre>
 *
 * <p>The calls only argo-server offers (archive, events, artifacts, info) default to
 * {@link UnsupportedByBackendException}.
 */
public interface Backend extends AutoCloseable {
  /** @return what the client talks to, for people: e.g. {@code argo-server https://localhost:2746/ (v4.1.2)} */
  String description();

  /** @return the namespace used when the caller names none */
  String namespace();

  /** @return the workflows of a namespace */
  Workflows workflows(String namespace);

  /** @return the WorkflowTemplates of a namespace */
  WorkflowTemplates workflowTemplates(String namespace);

  /** @return the ClusterWorkflowTemplates */
  ClusterWorkflowTemplates clusterWorkflowTemplates();

  /** @return the CronWorkflows of a namespace */
  CronWorkflows cronWorkflows(String namespace);

  /** @return the Argo UI's address (with its base href, ending in {@code /}), when known */
  default Optional<String> uiUrl() {
    return Optional.empty();
  }

  /** @return the workflow archive (argo-server only) */
  default ArchivedWorkflows archivedWorkflows() {
    throw unsupported(this, "the workflow archive");
  }

  /** @return events for WorkflowEventBindings (argo-server only) */
  default Events events(String namespace) {
    throw unsupported(this, "events");
  }

  /** @return artifact downloads (argo-server only) */
  default Artifacts artifacts(String namespace) {
    throw unsupported(this, "artifact downloads");
  }

  /** @return argo-server's info (argo-server only) */
  default InfoResponse info() {
    throw unsupported(this, "info");
  }

  /** @return the server's version */
  default Version version() {
    throw unsupported(this, "version");
  }

  /** @return who argo-server takes the caller for (argo-server only) */
  default GetUserInfoResponse userInfo() {
    throw unsupported(this, "userinfo");
  }

  /** Releases the backend's connections and threads; open streams end. */
  @Override
  void close();

  /**
   * The exception for a call {@code backend} cannot do.
   *
   * <pre>{@code
   * throw Backend.unsupported(this, "retry");
   * }</pre>
   */
  static UnsupportedByBackendException unsupported(Backend backend, String what) {
    return new UnsupportedByBackendException(what + " needs argo-server (set ARGO_SERVER, or build the client with "
        + "ArgoClient.builder().baseUrl(...)); this client talks to " + backend.description());
  }
}
