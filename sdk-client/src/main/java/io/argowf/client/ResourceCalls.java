package io.argowf.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.client.internal.ApiRequest;
import io.argowf.client.internal.Errors;
import io.argowf.client.internal.Transport;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The create/get/list/update/delete/lint calls every argo-server resource service shares: bodies are
 * {@code {namespace, <bodyKey>: object, ...}} and paths are {@code base[/name][/action]}.
 *
 * @param <T> the resource type
 */
final class ResourceCalls<T> {
  /** Annotation that tells a named create's own object from someone else's (see {@link #create}). */
  static final String REQUEST_ID = "argowf.io/create-request-id";

  private final Transport transport;
  private final String namespace;
  private final String bodyKey;
  private final Class<T> type;
  private final String[] base;

  /**
   * @param namespace the namespace, or null for cluster-scoped resources
   * @param bodyKey field holding the object in create/update/lint bodies
   * @param base path segments of the collection
   */
  ResourceCalls(Transport transport, String namespace, String bodyKey, Class<T> type, String... base) {
    this.transport = transport;
    this.namespace = namespace;
    this.bodyKey = bodyKey;
    this.type = type;
    this.base = base;
  }

  Transport transport() {
    return transport;
  }

  String namespace() {
    return namespace;
  }

  /** A body {@code {namespace?, <bodyKey>: manifest}}. */
  ObjectNode body(Object manifest) {
    ObjectNode body = transport.json().object();
    if (namespace != null) {
      body.put("namespace", namespace);
    }
    body.set(bodyKey, transport.json().tree(Objects.requireNonNull(manifest, bodyKey)));
    return body;
  }

  /**
   * POSTs a create body; repeated on failure only when the object has a fixed name. When a repeat
   * meets AlreadyExists (the first attempt landed before its connection dropped), the object is read
   * back and returned if it is this call's: for workflows, it bears the fresh {@value #REQUEST_ID}
   * annotation this call added; for templates and cron workflows (which get no such annotation), its
   * spec, labels and annotations are what was sent. Someone else's object keeps the
   * {@link AlreadyExistsException}. The annotation is removed from the object returned.
   *
   * @param tagRequest whether to add the {@value #REQUEST_ID} annotation (workflows)
   */
  T create(ObjectNode body, boolean tagRequest) {
    JsonNode meta = body.path(bodyKey).path("metadata");
    String name = meta.path("name").asText("");
    if (name.isEmpty() || !meta.path("generateName").asText("").isEmpty()) {
      return transport.call(ApiRequest.post(body, base), type);
    }
    String requestId = tagRequest ? UUID.randomUUID().toString() : null;
    if (tagRequest) {
      JsonNode annotations = meta.path("annotations");
      (annotations instanceof ObjectNode a ? a : ((ObjectNode) meta).putObject("annotations")).put(REQUEST_ID, requestId);
    }
    ApiRequest request = ApiRequest.post(body, base).safety(ApiRequest.Safety.IDEMPOTENT);
    try {
      return withoutRequestId(transport.call(request, JsonNode.class), transport, type, request.describe());
    } catch (AlreadyExistsException e) {
      if (tagRequest) {
        return ownObject(transport, e, requestId, type, path(name));
      }
      JsonNode existing = transport.call(ApiRequest.get(path(name)), JsonNode.class);
      if (!Applied.sameContent(body.path(bodyKey), existing)) {
        throw e;
      }
      return bind(existing, type, transport, ApiRequest.get(path(name)).describe());
    }
  }

  /**
   * After a named create or submit met AlreadyExists: the existing object when it bears {@code requestId}
   * (this call's own, landed by an attempt whose reply was lost), else {@code e} is thrown.
   */
  static <R> R ownObject(Transport transport, AlreadyExistsException e, String requestId, Class<R> type,
      String... path) {
    JsonNode existing = transport.call(ApiRequest.get(path), JsonNode.class);
    if (!requestId.equals(existing.path("metadata").path("annotations").path(REQUEST_ID).asText())) {
      throw e;
    }
    return withoutRequestId(existing, transport, type, ApiRequest.get(path).describe());
  }

  /** Binds an object after removing the {@value #REQUEST_ID} annotation (and annotations left empty). */
  static <R> R withoutRequestId(JsonNode object, Transport transport, Class<R> type, String what) {
    JsonNode meta = object.path("metadata");
    if (meta.path("annotations") instanceof ObjectNode annotations && annotations.has(REQUEST_ID)) {
      annotations.remove(REQUEST_ID);
      if (annotations.isEmpty()) {
        ((ObjectNode) meta).remove("annotations");
      }
    }
    return bind(object, type, transport, what);
  }

  private static <R> R bind(JsonNode object, Class<R> type, Transport transport, String what) {
    try {
      return transport.json().bind(object, type);
    } catch (JsonProcessingException bad) {
      throw Errors.malformed(what, bad.getOriginalMessage(), bad);
    }
  }

  T lint(Object manifest) {
    return transport.call(ApiRequest.post(body(manifest), path("lint")).safety(ApiRequest.Safety.IDEMPOTENT), type);
  }

  T get(String name, GetOptions options) {
    return transport.call(options.applyTo(ApiRequest.get(path(Names.require(name)))), type);
  }

  T update(Object manifest) {
    ObjectNode body = body(manifest);
    String name = body.path(bodyKey).path("metadata").path("name").asText("");
    return transport.call(ApiRequest.put(body, path(Names.require(name))), type);
  }

  /** @param forceSupported whether the endpoint knows {@code force} (only workflows do) */
  void delete(String name, DeleteOptions options, boolean forceSupported) {
    transport.call(options.applyTo(ApiRequest.delete(path(Names.require(name))), forceSupported), response -> null);
  }

  ListRequest<T> list(ServerLister.Endpoint endpoint) {
    return ListRequest.of(new ServerLister<>(transport, type, endpoint, null, base));
  }

  /** PUTs {@code {name, namespace, ...}} to {@code base/name/action}. */
  T action(String name, String action, ObjectNode extra, ApiRequest.Safety safety) {
    ObjectNode body = extra == null ? transport.json().object() : extra.deepCopy();
    body.put("name", Names.require(name));
    if (namespace != null) {
      body.put("namespace", namespace);
    }
    return transport.call(ApiRequest.put(body, path(name, action)).safety(safety), type);
  }

  String[] path(String... more) {
    return Stream.concat(Arrays.stream(base), Arrays.stream(more)).toArray(String[]::new);
  }
}
