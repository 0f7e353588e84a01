package io.argowf.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.k8s.ObjectReference;
import io.argowf.model.k8s.Time;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A Kubernetes Event ({@code core/v1}) as argo-server streams it: what happened to which object.
 * Only the fields people read are kept (sdk-model has no core/v1 Event; the rest, such as
 * {@code series} or {@code related}, is dropped).
 *
 * <pre>{@code
 * try (ArgoStream<KubernetesEvent> events = argo.events("argo").kubernetes().involving("Workflow", "etl-abc").open()) {
 *   events.forEach(e -> System.out.println(e.type() + " " + e.reason() + ": " + e.message()));
 * }
 * }</pre>
 *
 * @param metadata the event's own metadata (name, namespace, resourceVersion)
 * @param involvedObject the object the event is about (a Workflow, a Pod, ...)
 * @param type {@code Normal} or {@code Warning}
 * @param reason short machine-readable reason, e.g. {@code WorkflowRunning}
 * @param message human-readable description
 * @param count how often it happened (older reporters), or null
 * @param firstTimestamp first seen (older reporters), or null
 * @param lastTimestamp last seen (older reporters), or null
 * @param eventTime when it was observed (newer reporters, microseconds), or null
 * @param reportingComponent who reported it, e.g. {@code workflow-controller}, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KubernetesEvent(ObjectMeta metadata, ObjectReference involvedObject, String type, String reason,
    String message, Integer count, Time firstTimestamp, Time lastTimestamp, Time eventTime,
    String reportingComponent) {

  /** @return the latest of the times the reporter filled in, if any */
  public Optional<Instant> time() {
    return Stream.of(lastTimestamp, eventTime, firstTimestamp)
        .filter(t -> t != null && t.isValid()).map(Time::toInstant).max(Instant::compareTo);
  }
}
