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
import java.time.Duration;
import java.time.Instant;

/**
 * A log request being configured: a workflow's logs (all pods) or one pod's, optionally followed.
 * Not thread-safe; the stream's {@code close()} is.
 *
 * <pre>{@code
 * try (ArgoStream<LogEntry> lines = argo.workflows("argo").logs("etl-abc")
 *     .container("main").grep("ERROR").since(Duration.ofMinutes(10)).follow().lines()) {
 *   lines.forEach(l -> System.out.println(l.podName() + " | " + l.content()));
 * }
 * }</pre>
 */
public final class LogRequest {
  private final Transport transport;
  private final String namespace;
  private final String workflow;
  private String podName;
  private String container = "main";
  private boolean follow;
  private String grep;
  private Long sinceSeconds;
  private Long tailLines;
  private boolean timestamps;
  private boolean previous;
  private String selector;

  LogRequest(Transport transport, String namespace, String workflow) {
    this.transport = transport;
    this.namespace = namespace;
    this.workflow = workflow;
  }

  /**
   * Only this pod's logs.
   *
   * @param podName the pod (a node's pod name)
   */
  public LogRequest pod(String podName) {
    this.podName = ResourceCalls.requireName(podName);
    return this;
  }

  /**
   * @param container the container (default {@code main})
   */
  public LogRequest container(String container) {
    this.container = ResourceCalls.requireName(container);
    return this;
  }

  /**
   * Keeps the stream open and delivers new lines as they are written, until the workflow has
   * finished; dropped connections are resumed without repeating lines (see {@link #lines()}).
   */
  public LogRequest follow() {
    this.follow = true;
    return this;
  }

  /**
   * @param pattern only lines matching this regular expression (matched by the server)
   */
  public LogRequest grep(String pattern) {
    this.grep = pattern;
    return this;
  }

  /**
   * @param age only lines written within this time
   */
  public LogRequest since(Duration age) {
    this.sinceSeconds = Math.max(1, age.toSeconds());
    return this;
  }

  /**
   * @param lines only the last {@code lines} lines of each container
   */
  public LogRequest tail(long lines) {
    this.tailLines = lines;
    return this;
  }

  /**
   * Prefixes each line with its RFC 3339 time (done by Kubernetes).
   */
  public LogRequest timestamps() {
    this.timestamps = true;
    return this;
  }

  /**
   * The previous (crashed) container's logs.
   */
  public LogRequest previous() {
    this.previous = true;
    return this;
  }

  /**
   * @param podLabelSelector only pods with these labels
   */
  public LogRequest selector(String podLabelSelector) {
    this.selector = podLabelSelector;
    return this;
  }

  /**
   * Opens the log stream: one {@link LogEntry} (pod name and one line of text) per line.
   *
   * <p>A followed stream survives dropped connections and a server that ends it while the workflow
   * still runs: it reconnects from where it was ({@code sinceTime}) and skips the lines it already
   * delivered, matching them by pod and timestamp (requested from the server for that purpose and
   * stripped again unless {@link #timestamps()} was asked for). No line is repeated; a line can be
   * lost only for a pod that had not delivered any line before the drop and wrote it before the
   * last line of every other pod. The stream ends when the workflow has finished.
   */
  public ArgoStream<LogEntry> lines() {
    if (follow) {
      FollowedLogs followed = new FollowedLogs(transport, this::request, this::workflowRunning, timestamps);
      return new ArgoStream<>(followed, followed::close);
    }
    ApiRequest r = request(null).accept("text/event-stream");
    Lines lines = new Lines(new MessageReader(transport.open(r), transport.json(), r.describe()), r.describe());
    return new ArgoStream<>(lines, lines::close);
  }

  /** The request; when resuming a followed stream, from {@code since} instead of the first window. */
  private ApiRequest request(Instant since) {
    return ApiRequest.get("api", "v1", "workflows", namespace, workflow, "log")
        .query("podName", podName)
        .query("logOptions.container", container)
        .query("logOptions.follow", follow ? "true" : null)
        .query("logOptions.sinceSeconds", since == null ? sinceSeconds : null)
        .query("logOptions.sinceTime.seconds", since == null ? null : since.getEpochSecond())
        .query("logOptions.tailLines", since == null ? tailLines : null)
        .query("logOptions.timestamps", timestamps || follow ? "true" : null)
        .query("logOptions.previous", previous ? "true" : null)
        .query("grep", grep)
        .query("selector", selector);
  }

  private boolean workflowRunning() {
    Workflow wf = transport.call(ApiRequest.get("api", "v1", "workflows", namespace, workflow)
        .query("fields", "status.phase"), Workflow.class);
    String phase = wf.status() == null ? null : wf.status().phase();
    return !("Succeeded".equals(phase) || "Failed".equals(phase) || "Error".equals(phase));
  }

  private final class Lines extends LookAheadIterator<LogEntry> {
    private final MessageReader reader;
    private final String what;
    private volatile boolean closed;

    Lines(MessageReader reader, String what) {
      this.reader = reader;
      this.what = what;
    }

    void close() {
      closed = true;
      reader.close();
    }

    @Override
    protected LogEntry advance() {
      try {
        MessageReader.Message m = reader.next();
        if (m == null) {
          reader.close();
          return null;
        }
        if (m.isError()) {
          throw Errors.fromStreamError(what, m.error());
        }
        return transport.json().bind(m.result(), LogEntry.class);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        reader.close();
        throw Errors.malformed(what, e.getOriginalMessage(), e);
      } catch (IOException e) {
        reader.close();
        if (closed) {
          return null;
        }
        throw Errors.fromIo(what + " (reading logs)", e);
      } catch (RuntimeException e) {
        reader.close();
        throw e;
      }
    }
  }
}
