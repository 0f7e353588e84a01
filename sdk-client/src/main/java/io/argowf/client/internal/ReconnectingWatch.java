package io.argowf.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.argowf.client.ArgoException;
import io.argowf.client.UnavailableException;
import io.argowf.client.ArgoTimeoutException;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A watch that outlives its connections. argo-server ends every watch sooner or later (a final
 * {@code grpc_code 8 / "EOF"} error when the Kubernetes watch closes) and connections drop; this
 * reconnects from the last {@code resourceVersion} seen and drops any event whose object version was
 * already delivered, so callers see each state once and miss none. Other errors end the watch with
 * the matching {@link ArgoException}. {@link #close()} works from any thread.
 *
 * @param <T> the bound event type
 */
public final class ReconnectingWatch<T> implements Iterator<T> {
  private static final Logger LOG = LoggerFactory.getLogger(ReconnectingWatch.class);

  private final Transport transport;
  private final Function<String, ApiRequest> request;
  private final Class<T> type;
  private final boolean wrapped;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Cancellation cancellation = new Cancellation();
  private final Map<String, String> delivered = new HashMap<>();

  private volatile MessageReader reader;
  private String resourceVersion;
  private int failuresInARow;
  private int emptyEndsInARow;
  private T next;
  private boolean ended;

  /**
   * @param transport sends the watch requests
   * @param request makes the request for a {@code resourceVersion} to resume from (null at first)
   * @param type the event type bound from each {@code result}
   * @param wrapped true when each {@code result} is a Kubernetes watch event {@code {type, object}},
   *     false when it is the object itself (the Kubernetes Events stream)
   * @param resourceVersion where to start, or null for "current state, then changes"
   */
  public ReconnectingWatch(Transport transport, Function<String, ApiRequest> request, Class<T> type,
      boolean wrapped, String resourceVersion) {
    this.transport = transport;
    this.request = request;
    this.type = type;
    this.wrapped = wrapped;
    this.resourceVersion = resourceVersion;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !ended) {
      next = advance();
      ended = next == null;
    }
    return next != null;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T event = next;
    next = null;
    return event;
  }

  private T advance() {
    while (!isClosed()) {
      MessageReader current = reader;
      if (current == null) {
        current = connect();
        if (current == null) {
          continue;
        }
      }
      MessageReader.Message message;
      try {
        message = current.next();
      } catch (IOException e) {
        if (isClosed()) {
          return null;
        }
        // a read timeout only means a quiet watch (NDJSON has no keep-alives): not a failure
        dropConnection("connection lost: " + e, !(e instanceof java.io.InterruptedIOException));
        continue;
      }
      if (message == null) {
        dropConnection("server ended the stream", false);
        continue;
      }
      if (message.isError()) {
        handleStreamError(message.error());
        continue;
      }
      T event = accept(message.result());
      if (event != null) {
        return event;
      }
    }
    return null;
  }

  private MessageReader connect() {
    ApiRequest r = request.apply(resourceVersion);
    r.accept("text/event-stream");
    try {
      Transport.Opened opened = transport.open(r, cancellation);
      MessageReader created = new MessageReader(opened, transport.json(), r.describe());
      reader = created;
      if (isClosed()) {
        created.close();
        return null;
      }
      return created;
    } catch (ArgoException e) {
      if (isClosed()) {
        return null;
      }
      if (!(e instanceof UnavailableException || e instanceof ArgoTimeoutException)) {
        throw e;
      }
      failuresInARow++;
      if (failuresInARow > transport.retryPolicy().maxRetries()) {
        throw e;
      }
      backoff(transport.retryPolicy().backoff(failuresInARow), "reconnect failed: " + e.getMessage());
      return null;
    }
  }

  private void handleStreamError(JsonNode error) {
    int grpc = error.path("grpc_code").asInt(-1);
    int http = error.path("http_code").asInt(0);
    String message = error.path("message").asText("");
    if (grpc == 8 || http == 429) {
      // the server's way to say "the underlying watch ended": reconnect from where we are
      dropConnection("server ended the watch (" + message + ")", false);
      return;
    }
    if (http == 410 || message.contains("too old resource version")) {
      LOG.debug("resourceVersion {} expired; restarting the watch from the current state", resourceVersion);
      resourceVersion = null;
      dropConnection("resourceVersion expired", false);
      return;
    }
    closeReader();
    throw Errors.fromStreamError(request.apply(resourceVersion).describe(), error);
  }

  private T accept(JsonNode result) {
    JsonNode object = wrapped ? result.path("object") : result;
    JsonNode meta = object.path("metadata");
    String eventType = wrapped ? result.path("type").asText("") : "";
    if ("ERROR".equals(eventType)) {
      handleStreamError(object.path("code").isMissingNode() ? result : object);
      return null;
    }
    failuresInARow = 0;
    emptyEndsInARow = 0;
    String version = meta.path("resourceVersion").asText(null);
    String key = meta.path("uid").asText(meta.path("namespace").asText("") + "/" + meta.path("name").asText(""));
    if (version != null) {
      resourceVersion = version;
      if ("DELETED".equals(eventType)) {
        delivered.remove(key);
      } else if (version.equals(delivered.put(key, version))) {
        return null; // already delivered: a reconnect replayed it
      }
    }
    try {
      return transport.json().bind(result, type);
    } catch (JsonProcessingException e) {
      closeReader();
      throw Errors.malformed("watch", "cannot bind event: " + e.getOriginalMessage(), e);
    }
  }

  private void dropConnection(String why, boolean failure) {
    closeReader();
    if (isClosed()) {
      return;
    }
    Duration wait = Duration.ZERO;
    if (failure) {
      failuresInARow++;
      if (failuresInARow > transport.retryPolicy().maxRetries()) {
        throw new UnavailableException("watch: " + why + "; gave up after " + (failuresInARow - 1) + " reconnects",
            ArgoException.NO_STATUS, ArgoException.NO_GRPC_CODE, "", null);
      }
      wait = transport.retryPolicy().backoff(failuresInARow);
    } else if (++emptyEndsInARow > 1) {
      // the server keeps ending the watch without news: do not hammer it
      wait = transport.retryPolicy().backoff(emptyEndsInARow - 1);
    }
    backoff(wait, why);
  }

  private void backoff(Duration wait, String why) {
    LOG.debug("watch: {}; reconnecting from resourceVersion {} in {} ms", why, resourceVersion, wait.toMillis());
    if (wait.isZero()) {
      return;
    }
    try {
      closed.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
    }
  }

  private boolean isClosed() {
    return closed.getCount() == 0;
  }

  private void closeReader() {
    MessageReader r = reader;
    reader = null;
    if (r != null) {
      r.close();
    }
  }

  /** Ends the watch; a thread blocked reading returns at once. Safe from any thread. */
  public void close() {
    closed.countDown();
    cancellation.cancel();
    closeReader();
  }
}
