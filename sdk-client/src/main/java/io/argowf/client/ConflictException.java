package io.argowf.client;

/**
 * The request lost a race or hit a precondition (HTTP 409, gRPC Aborted; e.g. an update with a stale resourceVersion).
 *
 * <pre>{@code
 * try {
 *   client.workflowTemplates("argo").update(staleTemplate);
 * } catch (ConflictException e) {
 *   log.warn("{} (HTTP {}, gRPC {})", e.serverMessage(), e.httpStatus(), e.grpcCode());
 * }
 * }</pre>
 */
public class ConflictException extends ArgoException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; see {@link ArgoException#ArgoException(String, int, int, String, Throwable)}.
   *
   * @param message what the client was doing and what happened
   * @param httpStatus HTTP status, {@link ArgoException#NO_STATUS} without a response
   * @param grpcCode gRPC code, {@link ArgoException#NO_GRPC_CODE} without one
   * @param serverMessage the server's message verbatim
   * @param cause underlying failure, or {@code null}
   */
  public ConflictException(String message, int httpStatus, int grpcCode, String serverMessage, Throwable cause) {
    super(message, httpStatus, grpcCode, serverMessage, cause);
  }
}
