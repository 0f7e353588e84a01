package io.argowf.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.client.ArgoException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A watch that outlives its connections. argo-server ends every watch sooner or later (a final
 * {@code grpc_code 8 / "EOF"} error when the Kubernetes watch closes) and connections drop; this
 * reconnects from the newest {@code resourceVersion} seen (an event older than one already seen does
 * not move the resume point back, and an older state of an object already delivered is dropped) and
 * drops any event whose object version was already delivered, so callers see each state once and
 * miss none.
 *
 * <p>An expired {@code resourceVersion} ("too old resource version": HTTP 410, or argo-server's
 * gRPC 3 / HTTP 400, answered before the first event or inside the stream) restarts the watch from a
 * fresh list, as Kubernetes informers do: each listed object whose version was not delivered yet
 * arrives as {@code ADDED} (never seen) or {@code MODIFIED}, each delivered object missing from the
 * list as {@code DELETED}, and the watch goes on from the list's {@code resourceVersion}. Without a
 * re-list (the Kubernetes Events stream) it restarts from the current state. Other errors end the
 * watch with the matching {@link ArgoException}. {@link #close()} works from any thread.
 *
 * @param <T> the bound event type
 */
public final class ReconnectingWatch<T> extends ResumableStream<T, String> {
  private final Class<T> type;
  private final boolean wrapped;
  private final Supplier<PagedIterator<JsonNode>> relist;
  private final Map<String, String> delivered = new HashMap<>();
  private final Map<String, JsonNode> identities = new HashMap<>();
  private final Deque<JsonNode> relisted = new ArrayDeque<>();
  private String resourceVersion;

  /**
   * @param transport sends the watch requests
   * @param request makes the request for a {@code resourceVersion} to resume from (null at first)
   * @param type the event type bound from each {@code result}
   * @param wrapped true when each {@code result} is a Kubernetes watch event {@code {type, object}},
   *     false when it is the object itself (the Kubernetes Events stream)
   * @param resourceVersion where to start, or null for "current state, then changes"
   * @param relist lists the watched objects afresh, or null to restart from the current state instead
   */
  public ReconnectingWatch(Transport transport, Function<String, ApiRequest> request, Class<T> type,
      boolean wrapped, String resourceVersion, Supplier<PagedIterator<JsonNode>> relist) {
    super(transport, request, "watch");
    this.type = type;
    this.wrapped = wrapped;
    this.resourceVersion = resourceVersion;
    this.relist = relist;
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

  @Override
  protected boolean recover(JsonNode error) {
    int status = error.path("http_code").asInt(error.path("code").asInt(0));
    return Errors.expiredResourceVersion(status, error.path("message").asText("")) && restart();
  }

  @Override
  protected boolean recoverOnOpen(ArgoException error) {
    return resourceVersion != null && Errors.expiredResourceVersion(error.httpStatus(), error.serverMessage())
        && restart();
  }

  private boolean restart() {
    String expired = resourceVersion;
    if (relist == null) {
      resourceVersion = null;
      reconnectAfter("resourceVersion " + expired + " expired; restarting from the current state", false);
      return true;
    }
    reconnectAfter("resourceVersion " + expired + " expired; listing afresh", false);
    Set<String> listed = new HashSet<>();
    try (PagedIterator<JsonNode> items = relist.get()) {
      while (items.hasNext()) {
        JsonNode object = items.next();
        String key = key(object.path("metadata"));
        listed.add(key);
        String version = object.path("metadata").path("resourceVersion").asText(null);
        if (version == null || !version.equals(delivered.get(key))) {
          relisted.add(event(delivered.containsKey(key) ? "MODIFIED" : "ADDED", object));
        }
      }
      for (String key : Set.copyOf(delivered.keySet())) {
        if (!listed.contains(key)) {
          relisted.add(event("DELETED", identities.get(key)));
        }
      }
      resourceVersion = items.listResourceVersion();
    }
    return true;
  }

  private JsonNode event(String type, JsonNode object) {
    ObjectNode event = transport().json().object();
    event.put("type", type);
    event.set("object", object);
    return event;
  }

  @Override
  protected T pending() {
    JsonNode event = relisted.poll();
    return event == null ? null : deliver(event, false);
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
    return deliver(result, true);
  }

  private T deliver(JsonNode result, boolean advanceResumePoint) {
    JsonNode object = wrapped ? result.path("object") : result;
    String eventType = wrapped ? result.path("type").asText("") : "";
    JsonNode meta = object.path("metadata");
    String version = meta.path("resourceVersion").asText(null);
    String key = key(meta);
    if (version != null) {
      if (advanceResumePoint && newer(version, resourceVersion)) {
        resourceVersion = version;
      }
      String previous = delivered.get(key);
      if ("DELETED".equals(eventType)) {
        delivered.remove(key);
        identities.remove(key);
      } else if (version.equals(previous)) {
        return null; // already delivered: a reconnect replayed it
      } else if (previous != null && newer(previous, version)) {
        return null; // an older state than one already delivered
      } else {
        delivered.put(key, version);
        identities.put(key, identity(meta));
      }
    }
    return bind(result, type, "event");
  }

  private JsonNode identity(JsonNode meta) {
    ObjectNode object = transport().json().object();
    ObjectNode m = object.putObject("metadata");
    for (String field : new String[] {"name", "namespace", "uid"}) {
      if (meta.hasNonNull(field)) {
        m.set(field, meta.get(field));
      }
    }
    return object;
  }

  private static String key(JsonNode meta) {
    return meta.path("uid").asText(meta.path("namespace").asText("") + "/" + meta.path("name").asText(""));
  }

  /**
   * Whether version {@code a} is newer than {@code b}. Kubernetes versions are opaque, but etcd's are
   * integers; versions that are not compare as "different, so newer".
   */
  static boolean newer(String a, String b) {
    if (b == null) {
      return true;
    }
    try {
      return Long.parseLong(a) > Long.parseLong(b);
    } catch (NumberFormatException opaque) {
      return !a.equals(b);
    }
  }
}
