package io.argowf.client;

import io.argowf.client.internal.ApiRequest;
import io.argowf.client.internal.Transport;
import io.argowf.model.workflow.WorkflowEventBinding;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Events of one namespace: posting events to WorkflowEventBindings, and watching the namespace's
 * Kubernetes Events. Get it from {@link ArgoClient#events(String)}.
 *
 * <pre>{@code
 * argo.events("argo").send("github", Map.of("repository", "argowf", "ref", "main"));
 * argo.events("argo").bindings().forEach(b -> System.out.println(b.metadata().name()));
 * argo.events("argo").kubernetes().involving("Workflow", "etl-abc").open().forEach(System.out::println);
 * }</pre>
 */
public final class Events {
  private final Transport transport;
  private final String namespace;

  Events(Transport transport, String namespace) {
    this.transport = transport;
    this.namespace = namespace;
  }

  /**
   * Posts an event; bindings whose selector matches it submit workflows. Not retried (a repeat could
   * trigger twice), except when the rate limiter refused it.
   *
   * @param discriminator routes the event (may be empty)
   * @param payload any JSON-able value: a map, a model object, a Jackson tree, a string, a number
   */
  public void send(String discriminator, Object payload) {
    transport.call(ApiRequest.post(transport.json().tree(payload), "api", "v1", "events", namespace,
        discriminator == null ? "" : discriminator), response -> null);
  }

  /**
   * The WorkflowEventBindings of the namespace.
   *
   * @return the bindings
   */
  public List<WorkflowEventBinding> bindings() {
    try (var items = ListRequest.of(new ServerLister<>(transport, WorkflowEventBinding.class, ServerLister.Endpoint.PLAIN,
        null, "api", "v1", "workflow-event-bindings", namespace)).stream()) {
      return items.collect(Collectors.toList());
    }
  }

  /**
   * Starts a watch of the namespace's Kubernetes Events (what the UI shows under "events").
   *
   * <pre>{@code
   * try (ArgoStream<KubernetesEvent> events = argo.events("argo").kubernetes().fieldSelector("type=Warning").open()) {
   *   events.forEach(e -> System.out.println(e.involvedObject().name() + ": " + e.message()));
   * }
   * }</pre>
   *
   * @return the watch to configure
   */
  public KubernetesEventWatch kubernetes() {
    return new KubernetesEventWatch(transport, namespace);
  }
}
