package io.argowf.client;

import io.argowf.model.workflow.LogEntry;
import java.time.Duration;
import java.util.Objects;

/**
 * A log request being configured: a workflow's logs (all pods) or one pod's, optionally followed.
 * Not thread-safe; the stream's {@code close()} is.
 *
 * <pre>{@code
 * try (ArgoStream<LogEntry> lines = argo.workflows("argo").logs("etl-abc")
 *     .container("main").grep("^ERROR").since(Duration.ofMinutes(10)).follow().lines()) {
 *   lines.forEach(l -> System.out.println(l.podName() + " | " + l.content()));
 * }
 * }</pre>
 */
public final class LogRequest {
  /**
   * What a log request asks for, as handed to the backend.
   *
   * @param workflow the workflow's name
   * @param podName only this pod, or null for all of the workflow's pods
   * @param container the container ({@code main} by default)
   * @param follow keep the stream open until the workflow has finished
   * @param grep a regular expression lines must match (found anywhere in the line, timestamp excluded), or null
   * @param sinceSeconds only lines of the last this many seconds, or null
   * @param tailLines only the last this many lines of each container, or null
   * @param timestamps prefix each line with its RFC 3339 time
   * @param previous the previous (crashed) container's logs
   * @param selector only pods with these labels, or null
   */
  public record Query(String workflow, String podName, String container, boolean follow, String grep,
      Long sinceSeconds, Long tailLines, boolean timestamps, boolean previous, String selector) {}

  /** How a backend opens a log stream. */
  @FunctionalInterface
  public interface Executor {
    /** @return one entry per line */
    ArgoStream<LogEntry> open(Query query);
  }

  private final Executor executor;
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

  private LogRequest(Executor executor, String workflow) {
    this.executor = Objects.requireNonNull(executor, "executor");
    this.workflow = Names.require(workflow);
  }

  /**
   * A log request opened by a backend's executor (for backends and fakes).
   *
   * <pre>{@code
   * LogRequest logs = LogRequest.of(query -> ArgoStream.of(lines.iterator(), () -> {}), "etl-abc");
   * }</pre>
   */
  public static LogRequest of(Executor executor, String workflow) {
    return new LogRequest(executor, workflow);
  }

  /**
   * Only this pod's logs.
   *
   * @param podName the pod (a node's pod name)
   * @return this
   */
  public LogRequest pod(String podName) {
    this.podName = Names.require(podName);
    return this;
  }

  /**
   * @param container the container (default {@code main})
   * @return this
   */
  public LogRequest container(String container) {
    this.container = Names.require(container);
    return this;
  }

  /**
   * Keeps the stream open and delivers new lines as they are written, until the workflow has
   * finished; dropped connections are resumed without repeating lines (see {@link #lines()}).
   *
   * @return this
   */
  public LogRequest follow() {
    this.follow = true;
    return this;
  }

  /**
   * Only lines in which this regular expression is found. It is matched against the line as written
   * (without the timestamp, so {@code ^ERROR} works also with {@link #timestamps()} or
   * {@link #follow()}): by argo-server when no timestamps are involved, else by the client.
   *
   * @param pattern a regular expression
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

  /** @return what this request asks for */
  public Query query() {
    return new Query(workflow, podName, container, follow, grep, sinceSeconds, tailLines, timestamps, previous,
        selector);
  }

  /**
   * Opens the log stream: one {@link LogEntry} (pod name and one line of text) per line.
   *
   * <p>A followed stream survives dropped connections and a server that ends it while the workflow
   * still runs. On argo-server it reconnects and skips, per pod, the lines it already delivered
   * (argo-server's gateway drops {@code logOptions.sinceTime}, so each reconnect replays the pods' logs
   * and the client counts them off, matching lines by their Kubernetes timestamp and, within one
   * instant, by how many it delivered). No line is repeated or lost. The stream ends when the
   * workflow has finished.
   *
   * @return the lines
   */
  public ArgoStream<LogEntry> lines() {
    return executor.open(query());
  }
}
