package io.argowf.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.argowf.client.ArgoException;
import io.argowf.client.ArgoTimeoutException;
import io.argowf.client.UnavailableException;
import io.argowf.model.workflow.LogEntry;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A followed log stream that outlives its connections. Lines are requested with timestamps; when
 * the connection drops, or the server ends the stream while the workflow still runs, it reconnects
 * with {@code sinceTime} at the earliest pod's last delivered line (Kubernetes counts in whole
 * seconds) and skips, per pod, every line older than that pod's last delivered line and the lines of
 * that very instant it has already delivered. The timestamps are stripped again unless the caller
 * asked for them. {@link #close()} works from any thread.
 *
 * <p>The guarantee: no line is delivered twice, and none is lost, except (a) a pod that had delivered
 * no line before a drop is resumed from that same time, so its lines older than the earliest other
 * pod's last line are lost, and (b) lines without a timestamp (none from Kubernetes) cannot be
 * matched and may repeat.
 */
public final class FollowedLogs implements Iterator<LogEntry> {
  private static final Logger LOG = LoggerFactory.getLogger(FollowedLogs.class);

  private final Transport transport;
  private final Function<Instant, ApiRequest> request;
  private final BooleanSupplier stillRunning;
  private final boolean keepTimestamps;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Cancellation cancellation = new Cancellation();
  private final Map<String, Instant> lastTime = new HashMap<>();
  private final Map<String, Map<String, Integer>> deliveredAtLastTime = new HashMap<>();
  /** Per pod, the lines of its last instant that the current connection will repeat. */
  private final Map<String, Map<String, Integer>> replay = new HashMap<>();

  private volatile MessageReader reader;
  private int failuresInARow;
  private int endsInARow;
  private LogEntry next;
  private boolean ended;

  /**
   * @param transport sends the requests
   * @param request makes the request, with timestamps on, for a {@code sinceTime} (null at first)
   * @param stillRunning asked when the server ends the stream: true to reconnect
   * @param keepTimestamps whether the caller asked for timestamps in the content
   */
  public FollowedLogs(Transport transport, Function<Instant, ApiRequest> request, BooleanSupplier stillRunning,
      boolean keepTimestamps) {
    this.transport = transport;
    this.request = request;
    this.stillRunning = stillRunning;
    this.keepTimestamps = keepTimestamps;
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
  public LogEntry next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    LogEntry entry = next;
    next = null;
    return entry;
  }

  private LogEntry advance() {
    while (!isClosed()) {
      MessageReader current = reader != null ? reader : connect();
      if (current == null) {
        continue;
      }
      MessageReader.Message message;
      try {
        message = current.next();
      } catch (IOException e) {
        if (isClosed()) {
          return null;
        }
        reconnectAfter("connection lost: " + e, !(e instanceof InterruptedIOException));
        continue;
      }
      if (message == null) {
        closeReader();
        if (isClosed() || !stillRunning.getAsBoolean()) {
          return null;
        }
        reconnectAfter("server ended the stream while the workflow runs", false);
        continue;
      }
      if (message.isError()) {
        handleStreamError(message.error());
        continue;
      }
      LogEntry entry = accept(message.result());
      if (entry != null) {
        return entry;
      }
    }
    return null;
  }

  private MessageReader connect() {
    ApiRequest r = request.apply(resumeFrom());
    r.accept("text/event-stream");
    try {
      MessageReader created = new MessageReader(transport.open(r, cancellation), transport.json(), r.describe());
      reader = created;
      replay.clear();
      deliveredAtLastTime.forEach((pod, lines) -> replay.put(pod, new HashMap<>(lines)));
      if (isClosed()) {
        created.close();
        return null;
      }
      return created;
    } catch (ArgoException e) {
      if (isClosed()) {
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

  /** The earliest pod's last delivered time, or null when nothing was delivered (start over). */
  private Instant resumeFrom() {
    return lastTime.values().stream().min(Instant::compareTo).orElse(null);
  }

  private void handleStreamError(JsonNode error) {
    if (error.path("grpc_code").asInt(-1) == 8 || error.path("http_code").asInt(0) == 429) {
      closeReader();
      reconnectAfter("server ended the stream (" + error.path("message").asText("") + ")", false);
      return;
    }
    closeReader();
    throw Errors.fromStreamError(request.apply(resumeFrom()).describe(), error);
  }

  private LogEntry accept(JsonNode result) {
    LogEntry entry;
    try {
      entry = transport.json().bind(result, LogEntry.class);
    } catch (JsonProcessingException e) {
      closeReader();
      throw Errors.malformed("logs", "cannot bind a log line: " + e.getOriginalMessage(), e);
    }
    failuresInARow = 0;
    endsInARow = 0;
    String content = entry.content() == null ? "" : entry.content();
    int space = content.indexOf(' ');
    Instant time = parseTime(space < 0 ? content : content.substring(0, space));
    if (time == null) {
      return entry;
    }
    String pod = entry.podName() == null ? "" : entry.podName();
    String line = space < 0 ? "" : content.substring(space + 1);
    if (!firstDelivery(pod, time, line)) {
      return null; // a reconnect replayed it
    }
    return keepTimestamps ? entry : entry.withContent(line);
  }

  /** Records a line as delivered; false when it was delivered before. */
  private boolean firstDelivery(String pod, Instant time, String line) {
    Instant last = lastTime.get(pod);
    if (last != null && time.isBefore(last)) {
      return false;
    }
    Map<String, Integer> atLast = deliveredAtLastTime.computeIfAbsent(pod, p -> new HashMap<>());
    if (last != null && time.equals(last)) {
      Map<String, Integer> toSkip = replay.getOrDefault(pod, Map.of());
      if (toSkip.getOrDefault(line, 0) > 0) {
        toSkip.merge(line, -1, Integer::sum);
        return false;
      }
    } else {
      atLast.clear();
      replay.remove(pod);
      lastTime.put(pod, time);
    }
    atLast.merge(line, 1, Integer::sum);
    return true;
  }

  private static Instant parseTime(String token) {
    if (token.length() < 20 || token.charAt(4) != '-' || token.charAt(10) != 'T') {
      return null;
    }
    try {
      return Instant.parse(token);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private void reconnectAfter(String why, boolean failure) {
    closeReader();
    if (isClosed()) {
      return;
    }
    Duration wait = Duration.ZERO;
    if (failure) {
      if (++failuresInARow > transport.retryPolicy().maxRetries()) {
        throw new UnavailableException("logs: " + why + "; gave up after " + (failuresInARow - 1) + " reconnects",
            ArgoException.NO_STATUS, ArgoException.NO_GRPC_CODE, "", null);
      }
      wait = transport.retryPolicy().backoff(failuresInARow);
    } else if (++endsInARow > 1) {
      wait = transport.retryPolicy().backoff(endsInARow - 1);
    }
    pause(wait, why);
  }

  private void pause(Duration wait, String why) {
    LOG.debug("logs: {}; resuming from {} in {} ms", why, resumeFrom(), wait.toMillis());
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

  /** Ends the stream; a thread blocked reading returns at once. Safe from any thread. */
  public void close() {
    closed.countDown();
    cancellation.cancel();
    closeReader();
  }
}
