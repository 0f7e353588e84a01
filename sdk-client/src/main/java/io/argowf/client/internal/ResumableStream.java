package io.argowf.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.argowf.client.ArgoException;
import io.argowf.client.ArgoTimeoutException;
import io.argowf.client.UnavailableException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stream of argo-server messages that outlives its connections; the lifecycle shared by
 * {@link ReconnectingWatch} and {@link FollowedLogs}. It opens the request for the subclass's
 * {@linkplain #resumePoint() resume point}, reads one message at a time and hands each result to
 * {@link #onResult}, which binds it and drops what a reconnect repeated. Then:
 *
 * <ul>
 *   <li>a connection that cannot be opened ({@link UnavailableException}, {@link ArgoTimeoutException})
 *       or that drops is reopened after the client's backoff, at most {@code retryPolicy().maxRetries()}
 *       times in a row; a read timeout only means a quiet stream (NDJSON has no keep-alives) and is
 *       not counted as a failure;
 *   <li>when the server ends the stream (a clean end, if {@link #resumeAfterEnd()} agrees, or its
 *       {@code grpc_code 8 / http_code 429} error) it reconnects at once, with a growing backoff when
 *       the server keeps ending it without news;
 *   <li>any other error sent inside the stream, unless {@link #recover} handles it, ends the stream with
 *       the matching {@link ArgoException};
 *   <li>{@link #close()} works from any thread: it cancels the call in flight and wakes a backoff, and
 *       the reader then sees the end of the stream.
 * </ul>
 *
 * <p>Subclasses call {@link #progressed()} when a message shows the stream is moving, which restarts
 * both counts.
 *
 * @param <T> the item type
 * @param <P> the resume point: what the request needs to continue where the stream was
 */
abstract class ResumableStream<T, P> extends LookAheadIterator<T> {
  private final Logger log = LoggerFactory.getLogger(getClass());
  private final Transport transport;
  private final Function<P, ApiRequest> request;
  private final String what;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Cancellation cancellation = new Cancellation();

  private volatile MessageReader reader;
  private int failuresInARow;
  private int endsInARow;

  /**
   * @param transport sends the requests
   * @param request makes the request for a resume point ({@code null} before anything was delivered)
   * @param what names the stream in messages ("watch", "logs")
   */
  ResumableStream(Transport transport, Function<P, ApiRequest> request, String what) {
    this.transport = transport;
    this.request = request;
    this.what = what;
  }

  /** @return the transport the stream uses */
  protected final Transport transport() {
    return transport;
  }

  /** @return where the next connection should start */
  protected abstract P resumePoint();

  /** @return the item a result carries, or {@code null} to skip it (e.g. a repeat after a reconnect) */
  protected abstract T onResult(JsonNode result);

  /** Asked when the server ended the stream cleanly: @return true to reconnect, false to end it */
  protected abstract boolean resumeAfterEnd();

  /**
   * Handles an error sent inside the stream other than the server's "stream ended".
   *
   * @return true when handled (the stream goes on), false to end the stream with it
   */
  protected boolean recover(JsonNode error) {
    return false;
  }

  /**
   * Handles an error answered in place of the stream (before its first message).
   *
   * @return true when handled (the stream tries again), false to let the error end the stream
   */
  protected boolean recoverOnOpen(ArgoException error) {
    return false;
  }

  /** Called on each new connection before its first message. */
  protected void onConnect() {
  }

  /** @return an item the subclass has ready without reading the stream (e.g. from a re-list), or null */
  protected T pending() {
    return null;
  }

  @Override
  protected final T advance() {
    while (!isClosed()) {
      T ready = pending();
      if (ready != null) {
        return ready;
      }
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
        if (transport.isClosed()) {
          closeReader();
          throw Transport.clientClosed(what);
        }
        reconnectAfter("connection lost: " + e, !(e instanceof InterruptedIOException));
        continue;
      }
      if (message == null) {
        closeReader();
        if (isClosed() || !resumeAfterEnd()) {
          return null;
        }
        reconnectAfter("server ended the stream", false);
      } else if (message.isError()) {
        streamError(message.error());
      } else {
        T item = onResult(message.result());
        if (item != null) {
          return item;
        }
      }
    }
    return null;
  }

  private MessageReader connect() {
    ApiRequest r = request.apply(resumePoint()).accept("text/event-stream");
    try {
      MessageReader created = new MessageReader(transport.open(r, cancellation), transport, r.describe());
      reader = created;
      if (isClosed()) {
        created.close();
        return null;
      }
      onConnect();
      return created;
    } catch (ArgoException e) {
      if (isClosed() || transport.isClosed()) {
        if (transport.isClosed() && !isClosed()) {
          throw Transport.clientClosed(what);
        }
        return null;
      }
      if (recoverOnOpen(e)) {
        return null;
      }
      if (!(e instanceof UnavailableException || e instanceof ArgoTimeoutException)
          || ++failuresInARow > transport.retryPolicy().maxRetries()) {
        throw e;
      }
      pause(transport.retryPolicy().backoff(failuresInARow), "reconnect failed: " + e.getMessage());
      return null;
    }
  }

  /** Handles an error the server sent inside the stream: reconnects, {@link #recover}s or throws. */
  protected final void streamError(JsonNode error) {
    if (error.path("grpc_code").asInt(-1) == 8 || error.path("http_code").asInt(0) == 429) {
      // the server's way to say "the underlying stream ended": resume from where we are
      reconnectAfter("server ended the stream (" + error.path("message").asText("") + ")", false);
      return;
    }
    if (!recover(error)) {
      closeReader();
      throw Errors.fromStreamError(request.apply(resumePoint()).describe(), error);
    }
  }

  /** Binds a result; one that does not fit ends the stream with a MalformedResponseException. */
  protected final <R> R bind(JsonNode result, Class<R> type, String item) {
    try {
      return transport.json().bind(result, type);
    } catch (JsonProcessingException e) {
      closeReader();
      throw Errors.malformed(what, "cannot bind " + item + ": " + e.getOriginalMessage(), e);
    }
  }

  /** Restarts the failure and empty-end counts: the stream is moving. */
  protected final void progressed() {
    failuresInARow = 0;
    endsInARow = 0;
  }

  /**
   * Drops the connection and waits before the next one: a backoff after a failure (giving up after too
   * many in a row), none after the first end, a growing one when ends repeat without progress.
   */
  protected final void reconnectAfter(String why, boolean failure) {
    closeReader();
    if (isClosed()) {
      return;
    }
    Duration wait = Duration.ZERO;
    if (failure) {
      if (++failuresInARow > transport.retryPolicy().maxRetries()) {
        throw new UnavailableException(what + ": " + why + "; gave up after " + (failuresInARow - 1) + " reconnects",
            ArgoException.NO_STATUS, ArgoException.NO_GRPC_CODE, "", null);
      }
      wait = transport.retryPolicy().backoff(failuresInARow);
    } else if (++endsInARow > 1) {
      // the server keeps ending the stream without news: do not hammer it
      wait = transport.retryPolicy().backoff(endsInARow - 1);
    }
    pause(wait, why);
  }

  private void pause(Duration wait, String why) {
    log.debug("{}: {}; resuming from {} in {} ms", what, why, resumePoint(), wait.toMillis());
    try {
      long until = System.nanoTime() + wait.toNanos();
      for (long left = wait.toNanos(); left > 0 && !transport.isClosed(); left = until - System.nanoTime()) {
        if (closed.await(Math.min(left, 50_000_000L), TimeUnit.NANOSECONDS)) {
          break;
        }
      }
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

  /** Ends the stream; a thread blocked reading or waiting to reconnect returns at once. Safe from any thread. */
  public void close() {
    closed.countDown();
    cancellation.cancel();
    closeReader();
  }
}
