package io.argowf.client;

import io.argowf.client.internal.ApiRequest;
import io.argowf.client.internal.ReconnectingWatch;
import io.argowf.client.internal.Transport;
import io.argowf.model.workflow.WorkflowWatchEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * A watch of workflow events being configured. {@link #open()} returns a stream that reconnects by
 * itself when argo-server ends the watch or the connection drops, resuming from the last
 * {@code resourceVersion} without repeating or losing a state. Not thread-safe; the stream's
 * {@code close()} is.
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
  private final Transport transport;
  private final String namespace;
  private final List<String> fieldSelectors = new ArrayList<>();
  private String labelSelector;
  private String resourceVersion;

  WatchRequest(Transport transport, String namespace) {
    this.transport = transport;
    this.namespace = namespace;
  }

  /**
   * Watches one workflow.
   *
   * @param name the workflow's name
   */
  public WatchRequest name(String name) {
    return fieldSelector("metadata.name=" + ResourceCalls.requireName(name));
  }

  /**
   * @param selector label selector, e.g. {@code app=etl}
   */
  public WatchRequest labelSelector(String selector) {
    this.labelSelector = selector;
    return this;
  }

  /**
   * Adds a field selector (combined with AND).
   *
   * @param selector e.g. {@code metadata.name=etl-abc}
   */
  public WatchRequest fieldSelector(String selector) {
    fieldSelectors.add(selector);
    return this;
  }

  /**
   * Starts after this version instead of with the current state of every matching workflow.
   *
   * @param version a {@code metadata.resourceVersion}
   */
  public WatchRequest sinceResourceVersion(String version) {
    this.resourceVersion = version;
    return this;
  }

  /**
   * Opens the watch. The stream blocks for the next event and ends only when closed or on an error
   * that a reconnect cannot fix (e.g. {@link UnauthenticatedException}).
   */
  public ArgoStream<WorkflowWatchEvent> open() {
    ReconnectingWatch<WorkflowWatchEvent> watch = new ReconnectingWatch<>(transport, this::request,
        WorkflowWatchEvent.class, true, resourceVersion);
    return new ArgoStream<>(watch, watch::close);
  }

  private ApiRequest request(String fromVersion) {
    return ApiRequest.get("api", "v1", "workflow-events", namespace)
        .query("listOptions.labelSelector", labelSelector)
        .query("listOptions.fieldSelector", fieldSelectors.isEmpty() ? null : String.join(",", fieldSelectors))
        .query("listOptions.resourceVersion", fromVersion);
  }
}
