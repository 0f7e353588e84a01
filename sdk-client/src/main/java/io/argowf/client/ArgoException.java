package io.argowf.client;

import java.util.Objects;

/**
 * Base of every error the client reports: an HTTP failure answered by argo-server, an error sent
 * inside a stream, a connection failure, or a response the client could not read.
 *
 * <p>Subclasses say what went wrong; each carries the HTTP status ({@code 0} when no response
 * arrived), the gRPC code argo-server reported ({@code -1} when it reported none) and the
 * server's own message.
 *
 * <pre>{@code
 * try {
 *   client.workflows("argo").get("missing");
 * } catch (NotFoundException e) {
 *   System.out.println(e.httpStatus() + " " + e.serverMessage());
 * } catch (ArgoException e) {
 *   System.out.println("argo-server: " + e.getMessage());
 * }
 * }</pre>
 */
public class ArgoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** HTTP status meaning "no response was received". */
  public static final int NO_STATUS = 0;
  /** gRPC code meaning "the server sent none". */
  public static final int NO_GRPC_CODE = -1;

  private final int httpStatus;
  private final int grpcCode;
  private final String serverMessage;

  /**
   * Creates an exception.
   *
   * @param message what the client was doing and what happened
   * @param httpStatus HTTP status of the response, {@link #NO_STATUS} without one
   * @param grpcCode gRPC code from the body, {@link #NO_GRPC_CODE} without one
   * @param serverMessage the server's message verbatim, empty without one
   * @param cause underlying failure, or {@code null}
   */
  public ArgoException(String message, int httpStatus, int grpcCode, String serverMessage, Throwable cause) {
    super(message, cause);
    this.httpStatus = httpStatus;
    this.grpcCode = grpcCode;
    this.serverMessage = Objects.requireNonNullElse(serverMessage, "");
  }

  /** @return HTTP status of the failed response, or {@link #NO_STATUS} when none arrived */
  public int httpStatus() {
    return httpStatus;
  }

  /** @return gRPC status code reported by argo-server, or {@link #NO_GRPC_CODE} */
  public int grpcCode() {
    return grpcCode;
  }

  /** @return the server's message verbatim (empty when there was none) */
  public String serverMessage() {
    return serverMessage;
  }
}
