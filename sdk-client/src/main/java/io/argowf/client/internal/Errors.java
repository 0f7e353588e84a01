package io.argowf.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.argowf.client.AlreadyExistsException;
import io.argowf.client.ArgoException;
import io.argowf.client.ArgoTimeoutException;
import io.argowf.client.ConflictException;
import io.argowf.client.ForbiddenException;
import io.argowf.client.InvalidException;
import io.argowf.client.MalformedResponseException;
import io.argowf.client.NotFoundException;
import io.argowf.client.RateLimitedException;
import io.argowf.client.ServerErrorException;
import io.argowf.client.UnauthenticatedException;
import io.argowf.client.UnavailableException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javax.net.ssl.SSLException;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Turns what argo-server answered (unary {@code {code, message}} bodies, snake_case stream errors,
 * plain text from the rate limiter and artifact endpoints) into the {@link ArgoException} family.
 */
public final class Errors {
  /** Error bodies are read up to this many bytes; the rest is dropped. */
  static final int MAX_ERROR_BODY = 16 * 1024;

  private static final String[] GRPC_NAMES = {
    "OK", "Canceled", "Unknown", "InvalidArgument", "DeadlineExceeded", "NotFound", "AlreadyExists",
    "PermissionDenied", "ResourceExhausted", "FailedPrecondition", "Aborted", "OutOfRange",
    "Unimplemented", "Internal", "Unavailable", "DataLoss", "Unauthenticated"
  };

  /**
   * {@code Retry-After} dates: RFC 1123 with {@code GMT} or an offset, and the zone-name form Go's
   * {@code time.RFC1123} writes ({@code Mon, 02 Jan 2006 15:04:05 UTC}), as argo-server's limiter does.
   */
  private static final DateTimeFormatter[] HTTP_DATES = {
    DateTimeFormatter.RFC_1123_DATE_TIME,
    DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss zzz", java.util.Locale.US),
  };

  private Errors() {}

  /** Reads the (bounded) body of a failed response and maps it; closes the response. */
  public static ArgoException fromResponse(String what, Response response, Json json) {
    try (response) {
      String text = boundedText(response.body());
      int grpc = ArgoException.NO_GRPC_CODE;
      String message = text.strip();
      JsonNode node = json.tryParse(sseData(text));
      if (node != null && node.isObject()) {
        JsonNode streamError = node.get("error");
        if (streamError != null && streamError.isObject()) {
          node = streamError;
          grpc = node.path("grpc_code").asInt(ArgoException.NO_GRPC_CODE);
        } else {
          grpc = node.path("code").asInt(ArgoException.NO_GRPC_CODE);
        }
        if (node.hasNonNull("message")) {
          message = node.get("message").asText();
        }
      }
      return of(what, response.code(), grpc, message, retryAfter(response.header("Retry-After")), null);
    }
  }

  /**
   * The payload of the first Server-Sent Event in {@code text} (a stream that failed before its first
   * event answers with its HTTP status and an SSE-framed {@code data: {"error": ...}} body), or
   * {@code text} itself when it is not SSE.
   */
  static String sseData(String text) {
    StringBuilder data = null;
    for (String line : text.split("\r?\n", -1)) {
      if (line.startsWith("data:")) {
        String chunk = line.substring(line.startsWith("data: ") ? 6 : 5);
        data = data == null ? new StringBuilder(chunk) : data.append('\n').append(chunk);
      } else if (line.isEmpty() && data != null) {
        break;
      } else if (data == null && !line.startsWith(":") && !line.isBlank()) {
        return text; // not SSE
      }
    }
    return data == null ? text : data.toString();
  }

  /** True when an error says the watch's {@code resourceVersion} has expired (410 Gone, or gRPC 3 saying so). */
  public static boolean expiredResourceVersion(int http, String message) {
    return http == 410 || (message != null && message.contains("too old resource version"));
  }

  /** Maps an error message received inside a stream ({@code {"error": {"grpc_code", "http_code", "message"}}}). */
  public static ArgoException fromStreamError(String what, JsonNode error) {
    int grpc = error.path("grpc_code").asInt(ArgoException.NO_GRPC_CODE);
    int http = error.path("http_code").asInt(ArgoException.NO_STATUS);
    return of(what + " (error inside the stream)", http, grpc, error.path("message").asText(""), null, null);
  }

  /** Maps a failure to talk to the server at all. */
  public static ArgoException fromIo(String what, IOException e) {
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof UnknownHostException) {
      return new UnavailableException(what + ": unknown host " + detail + " (check ARGO_SERVER or the base URL)",
          ArgoException.NO_STATUS, ArgoException.NO_GRPC_CODE, "", e);
    }
    if (e instanceof SSLException) {
      String hint = plainHttpPeer(e)
          ? "the server does not speak TLS: if it runs with --secure=false, set ARGO_SECURE=false (or use an http:// URL)"
          : "if the server uses a private CA, trust it with ArgoClient.builder().caCertificates(...)";
      return new UnavailableException(what + ": TLS failed (" + detail + "); " + hint, ArgoException.NO_STATUS,
          ArgoException.NO_GRPC_CODE, "", e);
    }
    if (e instanceof InterruptedIOException && !(e instanceof java.net.SocketTimeoutException)
        && !"timeout".equals(e.getMessage())) {
      return new ArgoException(what + ": cancelled", ArgoException.NO_STATUS, 1, "", e);
    }
    if (e instanceof InterruptedIOException) {
      return new ArgoTimeoutException(what + ": timed out (" + detail + ")", ArgoException.NO_STATUS,
          ArgoException.NO_GRPC_CODE, "", e);
    }
    return new UnavailableException(what + ": " + detail, ArgoException.NO_STATUS, ArgoException.NO_GRPC_CODE, "", e);
  }

  /**
   * True when the request cannot have reached the server (safe to repeat even if not idempotent): no
   * connection, or a TLS handshake that failed for a reason other than the certificate.
   */
  static boolean neverSent(IOException e) {
    return e instanceof ConnectException || e instanceof UnknownHostException
        || (e instanceof javax.net.ssl.SSLHandshakeException && !permanentTlsFailure(e));
  }

  /** A TLS failure that repeating cannot fix: the certificate was refused, or the peer speaks no TLS. */
  public static boolean permanentTlsFailure(IOException e) {
    if (!(e instanceof SSLException)) {
      return false;
    }
    if (e instanceof javax.net.ssl.SSLPeerUnverifiedException || plainHttpPeer(e)) {
      return true;
    }
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof java.security.cert.CertificateException || t instanceof java.security.GeneralSecurityException) {
        return true;
      }
    }
    return false;
  }

  /** The JDK's words when an https client meets a plain-http server. */
  private static boolean plainHttpPeer(IOException e) {
    String m = String.valueOf(e.getMessage());
    return m.contains("Unsupported or unrecognized SSL message") || m.contains("plaintext connection");
  }

  /** A response the client could not read. */
  public static MalformedResponseException malformed(String what, String detail, Throwable cause) {
    return new MalformedResponseException(what + ": unreadable response: " + detail, ArgoException.NO_STATUS,
        ArgoException.NO_GRPC_CODE, "", cause);
  }

  /** Builds the exception matching a gRPC code (preferred) or an HTTP status. */
  public static ArgoException of(String what, int http, int grpc, String serverMessage, Duration retryAfter, Throwable cause) {
    String msg = what + ": " + describe(http, grpc) + (serverMessage.isEmpty() ? "" : ": " + serverMessage);
    switch (grpc) {
      case 5: return new NotFoundException(msg, http, grpc, serverMessage, cause);
      case 6:
        // argo-server maps every Kubernetes 409 to AlreadyExists: a stale update is a conflict
        return staleUpdate(serverMessage) ? new ConflictException(msg, http, grpc, serverMessage, cause)
            : new AlreadyExistsException(msg, http, grpc, serverMessage, cause);
      case 10: return new ConflictException(msg, http, grpc, serverMessage, cause);
      case 16: return new UnauthenticatedException(msg, http, grpc, serverMessage, cause);
      case 7: return new ForbiddenException(msg, http, grpc, serverMessage, cause);
      case 3: case 9: case 11: return new InvalidException(msg, http, grpc, serverMessage, cause);
      case 8: return new RateLimitedException(msg, http, grpc, serverMessage, retryAfter);
      case 14: return new UnavailableException(msg, http, grpc, serverMessage, cause);
      case 1: case 4: return new ArgoTimeoutException(msg, http, grpc, serverMessage, cause);
      case 2: case 12: case 13: case 15: return new ServerErrorException(msg, http, grpc, serverMessage, cause);
      default: break;
    }
    switch (http) {
      case 401: return new UnauthenticatedException(msg, http, grpc, serverMessage, cause);
      case 403: return new ForbiddenException(msg, http, grpc, serverMessage, cause);
      case 404: return new NotFoundException(msg, http, grpc, serverMessage, cause);
      case 409: return new ConflictException(msg, http, grpc, serverMessage, cause);
      case 408: case 504: return new ArgoTimeoutException(msg, http, grpc, serverMessage, cause);
      case 429: return new RateLimitedException(msg, http, grpc, serverMessage, retryAfter);
      case 502: case 503: return new UnavailableException(msg, http, grpc, serverMessage, cause);
      default: break;
    }
    if (http >= 500) {
      return new ServerErrorException(msg, http, grpc, serverMessage, cause);
    }
    if (http >= 400) {
      return new InvalidException(msg, http, grpc, serverMessage, cause);
    }
    return new ArgoException(msg, http, grpc, serverMessage, cause);
  }

  /** Kubernetes' message for an update whose resourceVersion is not the live one. */
  static boolean staleUpdate(String serverMessage) {
    return serverMessage.contains("the object has been modified") || serverMessage.startsWith("Operation cannot be fulfilled");
  }

  private static String describe(int http, int grpc) {
    String s = http == ArgoException.NO_STATUS ? "no HTTP status" : "HTTP " + http;
    if (grpc >= 0) {
      s += " (gRPC " + (grpc < GRPC_NAMES.length ? GRPC_NAMES[grpc] : String.valueOf(grpc)) + ")";
    }
    return s;
  }

  /** Parses {@code Retry-After} as seconds or an HTTP date; {@code null} when absent or unreadable. */
  static Duration retryAfter(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
    } catch (NumberFormatException notSeconds) {
      for (DateTimeFormatter format : HTTP_DATES) {
        try {
          ZonedDateTime at = ZonedDateTime.parse(header.strip(), format);
          Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
          return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException notThisForm) {
          // try the next form
        }
      }
      return null;
    }
  }

  private static String boundedText(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try {
      BufferedSource source = body.source();
      source.request(MAX_ERROR_BODY);
      long n = Math.min(source.getBuffer().size(), MAX_ERROR_BODY);
      return source.getBuffer().readString(n, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
