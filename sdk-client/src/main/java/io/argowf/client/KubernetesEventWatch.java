package io.argowf.client;

import io.argowf.client.internal.ApiRequest;
import io.argowf.client.internal.ReconnectingWatch;
import io.argowf.client.internal.Transport;
import java.util.ArrayList;
import java.util.List;

/**
 * A watch of a namespace's Kubernetes Events ({@code /api/v1/stream/events/{ns}}) being configured.
 * Like the workflow watch, the stream reconnects by itself from the last {@code resourceVersion} and
 * does not repeat an event version it delivered. Not thread-safe; the stream's {@code close()} is.
 *
 * <pre>{@code
 * try (ArgoStream<KubernetesEvent> events = argo.events("argo").kubernetes()
 *     .involving("Workflow", "etl-abc").open()) {
 *   events.forEach(e -> System.out.println(e.reason() + ": " + e.message()));
 * }
 * }</pre>
 */
public final class KubernetesEventWatch {
  private final Transport transport;
  private final String namespace;
  private final List<String> fieldSelectors = new ArrayList<>();
  private String labelSelector;

  KubernetesEventWatch(Transport transport, String namespace) {
    this.transport = transport;
    this.namespace = namespace;
  }

  /**
   * Only events about this object.
   *
   * @param kind e.g. {@code Workflow} or {@code Pod}
   * @param name the object's name
   * @return this
   */
  public KubernetesEventWatch involving(String kind, String name) {
    return fieldSelector("involvedObject.kind=" + Names.require(kind))
        .fieldSelector("involvedObject.name=" + Names.require(name));
  }

  /**
   * Adds a field selector on the events (combined with AND), e.g. {@code type=Warning}.
   *
   * @param selector the selector
   * @return this
   */
  public KubernetesEventWatch fieldSelector(String selector) {
    fieldSelectors.add(selector);
    return this;
  }

  /**
   * @param selector label selector on the events
   * @return this
   */
  public KubernetesEventWatch labelSelector(String selector) {
    this.labelSelector = selector;
    return this;
  }

  /**
   * Opens the stream: the events that exist now, then new ones as they happen.
   *
   * @return the events
   */
  public ArgoStream<KubernetesEvent> open() {
    ReconnectingWatch<KubernetesEvent> watch = new ReconnectingWatch<>(transport, this::request,
        KubernetesEvent.class, false, null, null);
    return ArgoStream.of(watch, watch::close);
  }

  private ApiRequest request(String fromVersion) {
    return ApiRequest.get("api", "v1", "stream", "events", namespace)
        .query("listOptions.labelSelector", labelSelector)
        .query("listOptions.fieldSelector", fieldSelectors.isEmpty() ? null : String.join(",", fieldSelectors))
        .query("listOptions.resourceVersion", fromVersion);
  }
}
