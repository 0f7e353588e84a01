package io.argowf.client;

/**
 * The server rejected the request as invalid (HTTP 400: gRPC InvalidArgument, FailedPrecondition or OutOfRange), e.g. a workflow that fails the server's lint.
 *
 * <pre>{@code
 * try {
 *   client.workflows("argo").create(brokenWorkflow);
 * } catch (InvalidException e) {
 *   log.warn("{} (HTTP {}, gRPC {})", e.serverMessage(), e.httpStatus(), e.grpcCode());
 * }
 * }</pre>
 */
public class InvalidException extends ArgoException {
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
  public InvalidException(String message, int httpStatus, int grpcCode, String serverMessage, Throwable cause) {
    super(message, httpStatus, grpcCode, serverMessage, cause);
  }
}
