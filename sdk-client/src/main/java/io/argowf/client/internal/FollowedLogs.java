package io.argowf.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.argowf.model.workflow.LogEntry;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * A followed log stream that outlives its connections. Lines are requested with timestamps; when
 * the connection drops, or the server ends the stream while the workflow still runs, it reconnects
 * (argo-server's gateway drops {@code logOptions.sinceTime}, so the new connection replays each pod's
 * log) and skips, per pod, every line older than that pod's last delivered line and as many lines of
 * that very instant as it has already delivered: it counts delivered lines per pod. The timestamps
 * are stripped again unless the caller asked for them; a {@code grep} pattern is matched here, against
 * the line without its timestamp. {@link #close()} works from any thread.
 *
 * <p>The guarantee: no line is delivered twice and none is lost, except lines without a timestamp
 * (none from Kubernetes), which cannot be matched and may repeat.
 */
public final class FollowedLogs extends ResumableStream<LogEntry, Instant> {
  private final BooleanSupplier stillRunning;
  private final boolean keepTimestamps;
  private final java.util.regex.Pattern grep;
  private final Map<String, Instant> lastTime = new HashMap<>();
  private final Map<String, Map<String, Integer>> deliveredAtLastTime = new HashMap<>();
  /** Per pod, the lines of its last instant that the current connection will repeat. */
  private final Map<String, Map<String, Integer>> replay = new HashMap<>();

  /**
   * @param transport sends the requests
   * @param request makes the request, with timestamps on, for a {@code sinceTime} (null at first)
   * @param stillRunning asked when the server ends the stream: true to reconnect
   * @param keepTimestamps whether the caller asked for timestamps in the content
   * @param grep lines must contain a match of this, or null for every line
   */
  public FollowedLogs(Transport transport, Function<Instant, ApiRequest> request, BooleanSupplier stillRunning,
      boolean keepTimestamps, java.util.regex.Pattern grep) {
    super(transport, request, "logs");
    this.stillRunning = stillRunning;
    this.keepTimestamps = keepTimestamps;
    this.grep = grep;
  }

  /** The earliest pod's last delivered time, or null when nothing was delivered (start over). */
  @Override
  protected Instant resumePoint() {
    return lastTime.values().stream().min(Instant::compareTo).orElse(null);
  }

  /** The stream ends for good once the workflow has finished. */
  @Override
  protected boolean resumeAfterEnd() {
    return stillRunning.getAsBoolean();
  }

  /** The new connection repeats the lines of each pod's last instant: expect them. */
  @Override
  protected void onConnect() {
    replay.clear();
    deliveredAtLastTime.forEach((pod, lines) -> replay.put(pod, new HashMap<>(lines)));
  }

  @Override
  protected LogEntry onResult(JsonNode result) {
    LogEntry entry = bind(result, LogEntry.class, "a log line");
    progressed();
    String content = entry.content() == null ? "" : entry.content();
    int space = content.indexOf(' ');
    Instant time = parseTime(space < 0 ? content : content.substring(0, space));
    if (time == null) {
      return grep == null || grep.matcher(content).find() ? entry : null;
    }
    String pod = entry.podName() == null ? "" : entry.podName();
    String line = space < 0 ? "" : content.substring(space + 1);
    if (grep != null && !grep.matcher(line).find()) {
      return null;
    }
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

  /** The line without its leading RFC 3339 timestamp, when it has one. */
  public static String withoutTimestamp(String content) {
    int space = content.indexOf(' ');
    return space > 0 && parseTime(content.substring(0, space)) != null ? content.substring(space + 1) : content;
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
}
