package io.argowf.client;

import io.argowf.model.workflow.WorkflowWatchEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A watch of workflow events being configured. {@link #open()} returns a stream that reconnects by
 * itself when the server ends the watch or the connection drops, resuming from the newest
 * {@code resourceVersion} seen without repeating or losing a state; when that version has expired it
 * lists again and goes on from the fresh list, delivering only what changed. Not thread-safe; the
 * stream's {@code close()} is.
 *
 * <pre>{@code
 * try (ArgoStream<WorkflowWatchEvent> events = argo.workflows("argo").watch().name("etl-abc").open()) {
 *   for (WorkflowWatchEvent e : events) {
 *     System.out.println(e.type() + " " + e.object().status().phase());
 *   }
 * }
 * }</pre>
 */
public final class WatchRequest {
  /**
   * What a watch asks for, as handed to the backend.
   *
   * @param name only this workflow, or null
   * @param labelSelector label selector, or null
   * @param fieldSelectors field selectors, combined with AND
   * @param resourceVersion start after this version, or null for the current state first
   */
  public record Query(String name, String labelSelector, List<String> fieldSelectors, String resourceVersion) {
    /** Copies the list. */
    public Query {
      fieldSelectors = List.copyOf(fieldSelectors);
    }
  }

  /** How a backend opens a watch. */
  @FunctionalInterface
  public interface Executor {
    /** @return the events; ends only when closed or on an error no reconnect can fix */
    ArgoStream<WorkflowWatchEvent> open(Query query);
  }

  private final Executor executor;
  private final List<String> fieldSelectors = new ArrayList<>();
  private String name;
  private String labelSelector;
  private String resourceVersion;

  private WatchRequest(Executor executor) {
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /**
   * A watch opened by a backend's executor (for backends and fakes).
   *
   * <pre>{@code
   * WatchRequest watch = WatchRequest.of(query -> ArgoStream.of(events.iterator(), () -> {}));
   * }</pre>
   */
  public static WatchRequest of(Executor executor) {
    return new WatchRequest(executor);
  }

  /**
   * Watches one workflow.
   *
   * @return this
   */
  public WatchRequest name(String name) {
    this.name = Names.require(name);
    return this;
  }

  /**
   * @param selector label selector, e.g. {@code app=etl}
   * @return this
   */
  public WatchRequest labelSelector(String selector) {
    this.labelSelector = selector;
    return this;
  }

  /**
   * Adds a field selector (combined with AND).
   *
   * @param selector e.g. {@code metadata.name=etl-abc}
   * @return this
   */
  public WatchRequest fieldSelector(String selector) {
    fieldSelectors.add(Objects.requireNonNull(selector, "selector"));
    return this;
  }

  /**
   * Starts after this version instead of with the current state of every matching workflow.
   *
   * @param version a {@code metadata.resourceVersion}
   * @return this
   */
  public WatchRequest sinceResourceVersion(String version) {
    this.resourceVersion = version;
    return this;
  }

  /** @return what this watch asks for */
  public Query query() {
    return new Query(name, labelSelector, fieldSelectors, resourceVersion);
  }

  /**
   * Opens the watch. The stream blocks for the next event and ends only when closed or on an error
   * that a reconnect cannot fix (e.g. {@link UnauthenticatedException}).
   *
   * @return the events
   */
  public ArgoStream<WorkflowWatchEvent> open() {
    return executor.open(query());
  }
}
