package io.argowf.client;

import io.argowf.client.internal.ApiRequest;
import io.argowf.client.internal.Errors;
import io.argowf.client.internal.MessageReader;
import io.argowf.client.internal.Transport;
import io.argowf.model.workflow.LogEntry;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;

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
   * @return this
   */
  public LogRequest pod(String podName) {
    this.podName = ResourceCalls.requireName(podName);
    return this;
  }

  /**
   * @param container the container (default {@code main})
   * @return this
   */
  public LogRequest container(String container) {
    this.container = ResourceCalls.requireName(container);
    return this;
  }

  /**
   * Keeps the stream open and delivers new lines as they are written.
   *
   * @return this
   */
  public LogRequest follow() {
    this.follow = true;
    return this;
  }

  /**
   * @param pattern only lines matching this regular expression (matched by the server)
   * @return this
   */
  public LogRequest grep(String pattern) {
    this.grep = pattern;
    return this;
  }

  /**
   * @param age only lines written within this time
   * @return this
   */
  public LogRequest since(Duration age) {
    this.sinceSeconds = Math.max(1, age.toSeconds());
    return this;
  }

  /**
   * @param lines only the last {@code lines} lines of each container
   * @return this
   */
  public LogRequest tail(long lines) {
    this.tailLines = lines;
    return this;
  }

  /**
   * Prefixes each line with its RFC 3339 time (done by Kubernetes).
   *
   * @return this
   */
  public LogRequest timestamps() {
    this.timestamps = true;
    return this;
  }

  /**
   * The previous (crashed) container's logs.
   *
   * @return this
   */
  public LogRequest previous() {
    this.previous = true;
    return this;
  }

  /**
   * @param podLabelSelector only pods with these labels
   * @return this
   */
  public LogRequest selector(String podLabelSelector) {
    this.selector = podLabelSelector;
    return this;
  }

  /**
   * Opens the log stream: one {@link LogEntry} (pod name and one line of text) per line.
   *
   * @return the lines
   */
  public ArgoStream<LogEntry> lines() {
    ApiRequest r = ApiRequest.get("api", "v1", "workflows", namespace, workflow, "log")
        .accept("text/event-stream")
        .query("podName", podName)
        .query("logOptions.container", container)
        .query("logOptions.follow", follow ? "true" : null)
        .query("logOptions.sinceSeconds", sinceSeconds)
        .query("logOptions.tailLines", tailLines)
        .query("logOptions.timestamps", timestamps ? "true" : null)
        .query("logOptions.previous", previous ? "true" : null)
        .query("grep", grep)
        .query("selector", selector);
    Lines lines = new Lines(new MessageReader(transport.open(r), transport.json(), r.describe()), r.describe());
    return new ArgoStream<>(lines, lines::close);
  }

  private final class Lines implements Iterator<LogEntry> {
    private final MessageReader reader;
    private final String what;
    private LogEntry next;
    private boolean ended;
    private volatile boolean closed;

    Lines(MessageReader reader, String what) {
      this.reader = reader;
      this.what = what;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !ended) {
        next = read();
        ended = next == null;
        if (ended) {
          reader.close();
        }
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

    void close() {
      closed = true;
      reader.close();
    }

    private LogEntry read() {
      try {
        MessageReader.Message m = reader.next();
        if (m == null) {
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
