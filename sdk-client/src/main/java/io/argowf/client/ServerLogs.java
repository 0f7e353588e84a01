package io.argowf.client;

import io.argowf.client.internal.ApiRequest;
import io.argowf.client.internal.Errors;
import io.argowf.client.internal.FollowedLogs;
import io.argowf.client.internal.LookAheadIterator;
import io.argowf.client.internal.MessageReader;
import io.argowf.client.internal.Transport;
import io.argowf.model.workflow.LogEntry;
import io.argowf.model.workflow.Workflow;
import java.io.IOException;
import java.time.Instant;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Opens log streams on argo-server. A pattern is sent as {@code grep} only when no timestamps are
 * requested: the server greps the line as it sends it, timestamp included, which would break
 * anchored patterns; otherwise the client matches it.
 */
final class ServerLogs implements LogRequest.Executor {
  private final Transport transport;
  private final String namespace;

  ServerLogs(Transport transport, String namespace) {
    this.transport = transport;
    this.namespace = namespace;
  }

  @Override
  public ArgoStream<LogEntry> open(LogRequest.Query q) {
    boolean stamped = q.follow() || q.timestamps();
    Pattern grep = stamped ? pattern(q.grep()) : null;
    long openedAt = System.currentTimeMillis();
    if (q.follow()) {
      FollowedLogs followed = new FollowedLogs(transport, since -> request(q, since, openedAt, stamped),
          () -> running(q.workflow()), q.timestamps(), grep);
      return ArgoStream.of(followed, followed::close);
    }
    ApiRequest r = request(q, null, openedAt, stamped).accept("text/event-stream");
    Lines lines = new Lines(new MessageReader(transport.open(r), transport, r.describe()), r.describe(), grep);
    return ArgoStream.of(lines, lines::close);
  }

  /**
   * The request; {@code resumeAfter} non-null on a reconnect of a followed stream, which starts from
   * the same window (the pods' logs are replayed and the lines already delivered skipped).
   */
  private ApiRequest request(LogRequest.Query q, Instant resumeAfter, long openedAt, boolean stamped) {
    Long since = q.sinceSeconds();
    if (resumeAfter != null && since != null) {
      since += Math.max(0, (System.currentTimeMillis() - openedAt) / 1000 + 1);
    }
    return ApiRequest.get("api", "v1", "workflows", namespace, q.workflow(), "log")
        .query("podName", q.podName())
        .query("logOptions.container", q.container())
        .query("logOptions.follow", q.follow() ? "true" : null)
        .query("logOptions.sinceSeconds", since)
        .query("logOptions.tailLines", resumeAfter == null ? q.tailLines() : null)
        .query("logOptions.timestamps", stamped ? "true" : null)
        .query("logOptions.previous", q.previous() ? "true" : null)
        .query("grep", stamped ? null : q.grep())
        .query("selector", q.selector());
  }

  private static Pattern pattern(String grep) {
    if (grep == null) {
      return null;
    }
    try {
      return Pattern.compile(grep);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("grep: not a regular expression: " + e.getMessage(), e);
    }
  }

  private boolean running(String workflow) {
    Workflow wf = transport.call(ApiRequest.get("api", "v1", "workflows", namespace, workflow)
        .query("fields", "status.phase"), Workflow.class);
    return !WaitProgress.isFinished(wf.status() == null ? null : wf.status().phase());
  }

  private final class Lines extends LookAheadIterator<LogEntry> {
    private final MessageReader reader;
    private final String what;
    private final Pattern grep;
    private volatile boolean closed;

    Lines(MessageReader reader, String what, Pattern grep) {
      this.reader = reader;
      this.what = what;
      this.grep = grep;
    }

    void close() {
      closed = true;
      reader.close();
    }

    @Override
    protected LogEntry advance() {
      try {
        while (true) {
          MessageReader.Message m = reader.next();
          if (m == null) {
            reader.close();
            return null;
          }
          if (m.isError()) {
            throw Errors.fromStreamError(what, m.error());
          }
          LogEntry entry = transport.json().bind(m.result(), LogEntry.class);
          String content = entry.content() == null ? "" : entry.content();
          if (grep == null || grep.matcher(FollowedLogs.withoutTimestamp(content)).find()) {
            return entry;
          }
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        reader.close();
        throw Errors.malformed(what, e.getOriginalMessage(), e);
      } catch (IOException e) {
        reader.close();
        if (closed) {
          return null;
        }
        if (transport.isClosed()) {
          throw Transport.clientClosed(what);
        }
        throw Errors.fromIo(what + " (reading logs)", e);
      } catch (RuntimeException e) {
        reader.close();
        throw e;
      }
    }
  }
}
