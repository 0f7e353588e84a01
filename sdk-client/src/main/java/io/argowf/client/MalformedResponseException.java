package io.argowf.client;

/**
 * The server's answer could not be read: malformed or truncated JSON, a wrong shape, or an unexpected content type.
 *
 * <pre>{@code
 * try {
 *   client.workflows("argo").get("x");
 * } catch (MalformedResponseException e) {
 *   log.warn("{} (HTTP {}, gRPC {})", e.serverMessage(), e.httpStatus(), e.grpcCode());
 * }
 * }</pre>
 */
public class MalformedResponseException extends ArgoException {
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
  public MalformedResponseException(String message, int httpStatus, int grpcCode, String serverMessage, Throwable cause) {
    super(message, httpStatus, grpcCode, serverMessage, cause);
  }
}
