package io.argowf.client;

import java.time.Duration;
import java.util.Optional;

/**
 * The server refused the request because of its rate limit (HTTP 429, gRPC ResourceExhausted).
 * Thrown only after the client's own retries gave up.
 *
 * <pre>{@code
 * try {
 *   client.workflows("argo").list().toList();
 * } catch (RateLimitedException e) {
 *   Duration wait = e.retryAfter().orElse(Duration.ofSeconds(1));
 * }
 * }</pre>
 */
public class RateLimitedException extends ArgoException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param message what the client was doing and what happened
   * @param httpStatus HTTP status (429)
   * @param grpcCode gRPC code, {@link ArgoException#NO_GRPC_CODE} without one
   * @param serverMessage the server's message verbatim
   * @param retryAfter the server's {@code Retry-After}, or {@code null} when absent
   */
  public RateLimitedException(String message, int httpStatus, int grpcCode, String serverMessage, Duration retryAfter) {
    super(message, httpStatus, grpcCode, serverMessage, null);
    this.retryAfter = retryAfter;
  }

  /** @return how long the server asked the client to wait, when it said so */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
