package io.argowf.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.argowf.client.ArgoException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A watch that outlives its connections. argo-server ends every watch sooner or later (a final
 * {@code grpc_code 8 / "EOF"} error when the Kubernetes watch closes) and connections drop; this
 * reconnects from the last {@code resourceVersion} seen and drops any event whose object version was
 * already delivered, so callers see each state once and miss none. An expired {@code resourceVersion}
 * restarts the watch from the current state; other errors end the watch with the matching
 * {@link ArgoException}. {@link #close()} works from any thread.
 *
 * @param <T> the bound event type
 */
public final class ReconnectingWatch<T> extends ResumableStream<T, String> {
  private final Class<T> type;
  private final boolean wrapped;
  private final Map<String, String> delivered = new HashMap<>();
  private String resourceVersion;

  /**
   * @param transport sends the watch requests
   * @param request makes the request for a {@code resourceVersion} to resume from (null at first)
   * @param type the event type bound from each {@code result}
   * @param wrapped true when each {@code result} is a Kubernetes watch event {@code {type, object}},
   *     false when it is the object itself (the Kubernetes Events stream)
   * @param resourceVersion where to start, or null for "current state, then changes"
   */
  public ReconnectingWatch(Transport transport, Function<String, ApiRequest> request, Class<T> type,
      boolean wrapped, String resourceVersion) {
    super(transport, request, "watch");
    this.type = type;
    this.wrapped = wrapped;
    this.resourceVersion = resourceVersion;
  }

  @Override
  protected String resumePoint() {
    return resourceVersion;
  }

  /** A watch has no natural end: always reconnect. */
  @Override
  protected boolean resumeAfterEnd() {
    return true;
  }

  /** An expired {@code resourceVersion} restarts the watch from the current state. */
  @Override
  protected boolean recover(JsonNode error) {
    if (error.path("http_code").asInt(0) != 410 && !error.path("message").asText("").contains("too old resource version")) {
      return false;
    }
    String expired = resourceVersion;
    resourceVersion = null;
    reconnectAfter("resourceVersion " + expired + " expired; restarting from the current state", false);
    return true;
  }

  @Override
  protected T onResult(JsonNode result) {
    JsonNode object = wrapped ? result.path("object") : result;
    String eventType = wrapped ? result.path("type").asText("") : "";
    if ("ERROR".equals(eventType)) {
      streamError(object.path("code").isMissingNode() ? result : object);
      return null;
    }
    progressed();
    JsonNode meta = object.path("metadata");
    String version = meta.path("resourceVersion").asText(null);
    String key = meta.path("uid").asText(meta.path("namespace").asText("") + "/" + meta.path("name").asText(""));
    if (version != null) {
      resourceVersion = version;
      if ("DELETED".equals(eventType)) {
        delivered.remove(key);
      } else if (version.equals(delivered.put(key, version))) {
        return null; // already delivered: a reconnect replayed it
      }
    }
    return bind(result, type, "event");
  }
}
