package io.argowf.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.argowf.client.ArgoException;
import io.argowf.client.RateLimitedException;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link ApiRequest}s: resolves the URL under the base href, adds credentials (asked for on
 * every request, so rotating tokens work), headers and user agent, retries what is safe to retry and
 * maps failures to the {@link ArgoException} family. Thread-safe.
 */
public final class Transport {
  private static final Logger LOG = LoggerFactory.getLogger(Transport.class);
  private static final MediaType JSON = MediaType.get("application/json");

  /** Reads a successful response; the transport closes it afterwards. */
  @FunctionalInterface
  public interface BodyReader<T> {
    /** Reads the body. */
    T read(Response response) throws IOException;
  }

  /** A body read that may fail with an I/O error. */
  @FunctionalInterface
  public interface IoRead<R> {
    /** Reads. */
    R read() throws IOException;
  }

  /**
   * An open streaming reply and the call that produced it. {@link #close()} is idempotent and safe from
   * any thread: it cancels the call (which unblocks a thread reading the body); the response itself
   * is closed by whichever thread finishes last, never while another thread reads it (Okio's timeout
   * state is not thread-safe).
   */
  public final class Opened implements java.io.Closeable {
    private final Call call;
    private final Response response;
    private int readers;
    private boolean closed;
    private boolean released;

    Opened(Call call, Response response) {
      this.call = call;
      this.response = response;
    }

    /** @return the call */
    public Call call() {
      return call;
    }

    /** @return the successful response, body unread */
    public Response response() {
      return response;
    }

    /** Runs a read of the body; the response is not closed under it. */
    public <R> R reading(IoRead<R> read) throws IOException {
      synchronized (this) {
        if (closed) {
          throw new java.io.InterruptedIOException("stream closed");
        }
        readers++;
      }
      try {
        return read.read();
      } finally {
        boolean release;
        synchronized (this) {
          readers--;
          release = closed && readers == 0 && !released;
          released |= release;
        }
        if (release) {
          response.close();
        }
      }
    }

    @Override
    public void close() {
      boolean release;
      synchronized (this) {
        closed = true;
        release = readers == 0 && !released;
        released |= release;
      }
      call.cancel();
      openStreams.remove(this);
      if (release) {
        response.close();
      }
    }

    /** Cancels the call only (the client is closing): the reader sees the end and releases the response. */
    void cancel() {
      call.cancel();
    }
  }

  private final OkHttpClient unary;
  private final OkHttpClient streaming;
  private final HttpUrl base;
  private final Supplier<String> authorization;
  private final Map<String, String> headers;
  private final String userAgent;
  private final RetryPolicy retry;
  private final Json json;
  private volatile ServerVersion serverVersion;
  private final java.util.Set<Opened> openStreams = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private volatile boolean closed;
  private final java.util.concurrent.CountDownLatch shutdown = new java.util.concurrent.CountDownLatch(1);
  private final long maxMessageBytes;

  /**
   * @param unary client for ordinary calls
   * @param streaming client for streams (longer read timeout); shares the pool of {@code unary}
   * @param base server URL including the base href
   * @param authorization gives the whole {@code Authorization} value, or null/blank for none
   * @param headers extra headers sent on every request
   * @param userAgent the {@code User-Agent}
   * @param retry retry policy
   * @param json JSON codec
   */
  public Transport(OkHttpClient unary, OkHttpClient streaming, HttpUrl base, Supplier<String> authorization,
      Map<String, String> headers, String userAgent, RetryPolicy retry, Json json, long maxMessageBytes) {
    this.maxMessageBytes = maxMessageBytes;
    this.unary = unary;
    this.streaming = streaming;
    this.base = base;
    this.authorization = authorization;
    this.headers = Map.copyOf(headers);
    this.userAgent = userAgent;
    this.retry = retry;
    this.json = json;
  }

  /** @return the JSON codec */
  public Json json() {
    return json;
  }

  /**
   * The server's version, asked of {@code /api/v1/version} once; {@link ServerVersion#UNKNOWN} (taken as
   * the newest) when the server does not answer it.
   */
  public ServerVersion serverVersion() {
    ServerVersion known = serverVersion;
    if (known == null) {
      try {
        known = ServerVersion.parse(call(ApiRequest.get("api", "v1", "version"), com.fasterxml.jackson.databind.JsonNode.class)
            .path("version").asText(null));
      } catch (io.argowf.client.UnauthenticatedException | io.argowf.client.ForbiddenException e) {
        return ServerVersion.UNKNOWN; // asked again once the credentials work
      } catch (ArgoException e) {
        LOG.debug("cannot read the server's version ({}); assuming the newest", e.getMessage());
        known = ServerVersion.UNKNOWN;
      }
      serverVersion = known;
    }
    return known;
  }

  /** @return the largest stream message the client accepts, in bytes */
  public long maxMessageBytes() {
    return maxMessageBytes;
  }

  /** @return the retry policy */
  public RetryPolicy retryPolicy() {
    return retry;
  }

  /** Sends a unary request and binds the JSON reply to {@code type}, parsing it as it streams in. */
  public <T> T call(ApiRequest request, Class<T> type) {
    return call(request, response -> json.read(response.body().byteStream(), type));
  }

  /** Sends a unary request and reads the reply with {@code reader}, retrying when safe. */
  public <T> T call(ApiRequest request, BodyReader<T> reader) {
    return execute(request, unary, reader, null);
  }

  /**
   * Sends a request whose reply is a stream, a large list or raw bytes, and returns the open
   * successful response. The caller must close it.
   */
  public Opened open(ApiRequest request) {
    return open(request, null);
  }

  /** {@link #open(ApiRequest)} that another thread can abort through {@code cancellation}. */
  public Opened open(ApiRequest request, Cancellation cancellation) {
    return execute(request, streaming, null, cancellation);
  }

  @SuppressWarnings("unchecked")
  private <T> T execute(ApiRequest request, OkHttpClient client, BodyReader<T> reader, Cancellation cancellation) {
    String what = request.describe();
    Redirected current = new Redirected(url(request), request.method, request.body);
    int redirects = 0;
    for (int attempt = 0; ; attempt++) {
      if (closed) {
        throw clientClosed(what);
      }
      Response response;
      Call call = client.newCall(build(request, current));
      boundByDeadline(what, call);
      if (cancellation != null) {
        cancellation.track(call);
      }
      try {
        response = call.execute();
      } catch (IOException e) {
        ArgoException error = Errors.fromIo(what, e);
        if (closed) {
          throw clientClosed(what);
        }
        if (call.isCanceled()) {
          throw new ArgoException(what + ": cancelled", ArgoException.NO_STATUS, 1, "", e);
        }
        boolean retriable = !Errors.permanentTlsFailure(e) && (request.safety == ApiRequest.Safety.IDEMPOTENT
            ? error instanceof io.argowf.client.UnavailableException : Errors.neverSent(e));
        if (retriable && attempt < retry.maxRetries()) {
          pause(what, attempt + 1, retry.backoff(attempt + 1), error.getMessage(), cancellation);
          continue;
        }
        throw error;
      }
      LOG.debug("{} -> {}", what, response.code());
      if (serverVersion == null && response.header("Grpc-Metadata-Argo-Version") != null) {
        serverVersion = ServerVersion.parse(response.header("Grpc-Metadata-Argo-Version"));
      }
      if (response.isRedirect()) {
        HttpUrl target = redirectTarget(what, response);
        if (target != null && redirects < MAX_REDIRECTS) {
          redirects++;
          attempt--;
          current = current.redirectedTo(target, response.code());
          continue;
        }
      }
      if (!response.isSuccessful()) {
        ArgoException error = Errors.fromResponse(what, response, json);
        Duration wait = retryWait(request, error, attempt);
        if (wait != null) {
          pause(what, attempt + 1, wait, error.getMessage(), cancellation);
          continue;
        }
        throw error;
      }
      if (reader == null) {
        Opened opened = new Opened(call, response);
        openStreams.add(opened);
        if (closed) {
          opened.close();
          throw clientClosed(what);
        }
        return (T) opened;
      }
      try {
        return reader.read(response);
      } catch (JsonProcessingException e) {
        throw Errors.malformed(what, e.getOriginalMessage() + " at " + location(e), e);
      } catch (IOException e) {
        ArgoException error = Errors.fromIo(what + " (reading the reply)", e);
        if (request.safety == ApiRequest.Safety.IDEMPOTENT && attempt < retry.maxRetries()
            && error instanceof io.argowf.client.UnavailableException) {
          pause(what, attempt + 1, retry.backoff(attempt + 1), error.getMessage(), cancellation);
          continue;
        }
        throw error;
      } finally {
        response.close();
      }
    }
  }

  private Duration retryWait(ApiRequest request, ArgoException error, int attempt) {
    if (attempt >= retry.maxRetries()) {
      return null;
    }
    int status = error.httpStatus();
    if (error instanceof RateLimitedException limited) {
      // the limiter rejects before the handler runs, so even non-idempotent calls may repeat
      Duration after = limited.retryAfter().orElse(null);
      if (after == null) {
        return retry.backoff(attempt + 1);
      }
      return after.compareTo(retry.maxRetryAfter()) <= 0 ? after : null;
    }
    boolean transientStatus = status == 502 || status == 503 || status == 504;
    return transientStatus && request.safety == ApiRequest.Safety.IDEMPOTENT ? retry.backoff(attempt + 1) : null;
  }

  /**
   * Waits before a retry. The wait ends early, failing the call, when the client is closed or the
   * call's {@link Cancellation} fires (a caller's deadline, a stream closed from another thread).
   */
  private void pause(String what, int retryNumber, Duration wait, String reason, Cancellation cancellation) {
    if (wait.toNanos() >= CallDeadline.remainingNanos()) {
      throw new io.argowf.client.ArgoTimeoutException(what + " failed (" + reason + "); the retry would wait "
          + wait.toMillis() + " ms, past the caller's deadline", ArgoException.NO_STATUS, ArgoException.NO_GRPC_CODE,
          "", null);
    }
    LOG.warn("{} failed ({}); retry {}/{} in {} ms", what, reason, retryNumber, retry.maxRetries(), wait.toMillis());
    try {
      if (retry.sleeper() == RetryPolicy.Sleeper.THREAD) {
        long until = System.nanoTime() + wait.toNanos();
        for (long left = wait.toNanos(); left > 0 && !closed && !cancelled(cancellation); left = until - System.nanoTime()) {
          if (shutdown.await(Math.min(left, 50_000_000L), java.util.concurrent.TimeUnit.NANOSECONDS)) {
            break;
          }
        }
      } else {
        retry.sleeper().sleep(wait);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ArgoException(what + ": interrupted while waiting to retry", ArgoException.NO_STATUS, 1, "", e);
    }
    if (closed) {
      throw clientClosed(what);
    }
    if (cancelled(cancellation)) {
      throw new ArgoException(what + ": cancelled while waiting to retry", ArgoException.NO_STATUS, 1, "", null);
    }
  }

  /** A caller's deadline ({@link CallDeadline}) bounds the whole call, connecting and reading included. */
  private static void boundByDeadline(String what, Call call) {
    long left = CallDeadline.remainingNanos();
    if (left == Long.MAX_VALUE) {
      return;
    }
    if (left <= 0) {
      throw new io.argowf.client.ArgoTimeoutException(what + ": the caller's deadline has passed",
          ArgoException.NO_STATUS, ArgoException.NO_GRPC_CODE, "", null);
    }
    call.timeout().timeout(left, java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  private static boolean cancelled(Cancellation cancellation) {
    return cancellation != null && cancellation.isCancelled();
  }

  private static final int MAX_REDIRECTS = 5;

  /** Where a request goes after redirects: URL, method and body. */
  private record Redirected(HttpUrl url, String method, com.fasterxml.jackson.databind.JsonNode body) {
    Redirected redirectedTo(HttpUrl target, int code) {
      boolean keepMethod = code == 307 || code == 308 || "GET".equals(method) || "HEAD".equals(method);
      return keepMethod ? new Redirected(target, method, body) : new Redirected(target, "GET", null);
    }
  }

  /**
   * The redirect's target when it is safe to follow: the same scheme, host and port (or http to https
   * on the same host). A redirect elsewhere is not followed, so credentials, custom headers and bodies
   * never reach another host or travel in the clear; the call fails with the redirect's status.
   */
  private HttpUrl redirectTarget(String what, Response response) {
    String location = response.header("Location");
    HttpUrl from = response.request().url();
    HttpUrl to = location == null ? null : from.resolve(location);
    if (to == null) {
      return null;
    }
    boolean sameHost = to.host().equalsIgnoreCase(from.host());
    boolean sameOrigin = sameHost && to.scheme().equals(from.scheme()) && to.port() == from.port();
    boolean upgrade = sameHost && "http".equals(from.scheme()) && "https".equals(to.scheme());
    if (sameOrigin || upgrade) {
      response.close();
      return to;
    }
    LOG.warn("{}: not following the redirect to {}://{}:{} (another host, or https to http)", what, to.scheme(),
        to.host(), to.port());
    return null;
  }

  /** Builds the OkHttp request: URL, credentials (fetched now), headers, body. */
  Request build(ApiRequest request) {
    return build(request, new Redirected(url(request), request.method, request.body));
  }

  private Request build(ApiRequest request, Redirected target) {
    Request.Builder b = new Request.Builder().url(target.url());
    headers.forEach(b::header);
    b.header("User-Agent", userAgent).header("Accept", request.accept);
    String auth = authorization.get();
    if (auth != null && !auth.isBlank()) {
      String value = auth.strip();
      if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
        throw new ArgoException(request.describe() + ": the Authorization value (ARGO_TOKEN or the builder's) contains a "
            + "line break; give it on one line", ArgoException.NO_STATUS, ArgoException.NO_GRPC_CODE, "", null);
      }
      b.header("Authorization", value);
    }
    RequestBody body = null;
    if (target.body() != null) {
      body = RequestBody.create(json.bytes(target.body()), JSON);
    } else if (!"GET".equals(target.method()) && !"DELETE".equals(target.method())) {
      body = RequestBody.create(new byte[0], JSON);
    }
    return b.method(target.method(), body).build();
  }

  /** @return the full URL of a request */
  public HttpUrl url(ApiRequest request) {
    HttpUrl.Builder url = base.newBuilder();
    for (String segment : request.segments) {
      url.addPathSegment(segment);
    }
    for (Map.Entry<String, String> q : request.query) {
      url.addQueryParameter(q.getKey(), q.getValue());
    }
    return url.build();
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null ? "unknown position"
        : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }

  /** @return true once {@link #close()} was called */
  public boolean isClosed() {
    return closed;
  }

  /** The error of a call made after, or cut short by, {@link #close()}. */
  public static ArgoException clientClosed(String what) {
    return new ArgoException(what + ": the client was closed", ArgoException.NO_STATUS, 1, "", null);
  }

  /**
   * Ends every call in flight and every open stream (their readers see the end and release the
   * connection), then releases idle connections and threads. Later calls fail with "client closed".
   */
  public void close() {
    closed = true;
    shutdown.countDown();
    for (Opened opened : openStreams) {
      opened.cancel();
    }
    unary.dispatcher().cancelAll();
    unary.dispatcher().executorService().shutdown();
    unary.connectionPool().evictAll();
  }
}
