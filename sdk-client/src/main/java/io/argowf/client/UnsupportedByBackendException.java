package io.argowf.client;

/**
 * The backend the client talks through cannot do this call (e.g. the workflow archive or retry
 * without argo-server). The message says which backend can.
 *
 * <pre>{@code
 * try {
 *   argo.archivedWorkflows().list().toList();
 * } catch (UnsupportedByBackendException e) {
 *   System.err.println(e.getMessage());   // "... needs argo-server (set ARGO_SERVER) ..."
 * }
 * }</pre>
 */
public class UnsupportedByBackendException extends ArgoException {
  private static final long serialVersionUID = 1L;

  /** @param message what was asked, which backend refused it and which can do it */
  public UnsupportedByBackendException(String message) {
    super(message, NO_STATUS, 12, "", null);
  }
}
