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
   * POSTs a create body; repeated on failure only when the object has a fixed name. A named create
   * carries a fresh {@value #REQUEST_ID} annotation, so when a repeat meets AlreadyExists (the first
   * attempt did land before its connection dropped), the object is read back and returned if it
   * bears this call's id; an object someone else made keeps the {@link AlreadyExistsException}.
   */
  T create(ObjectNode body) {
    JsonNode meta = body.path(bodyKey).path("metadata");
    String name = meta.path("name").asText("");
    if (name.isEmpty() || !meta.path("generateName").asText("").isEmpty()) {
      return transport.call(ApiRequest.post(body, base), type);
    }
    String requestId = UUID.randomUUID().toString();
    JsonNode annotations = meta.path("annotations");
    (annotations instanceof ObjectNode a ? a : ((ObjectNode) meta).putObject("annotations")).put(REQUEST_ID, requestId);
    try {
      return transport.call(ApiRequest.post(body, base).safety(ApiRequest.Safety.IDEMPOTENT), type);
    } catch (AlreadyExistsException e) {
      JsonNode existing = transport.call(ApiRequest.get(path(name)), JsonNode.class);
      if (!requestId.equals(existing.path("metadata").path("annotations").path(REQUEST_ID).asText())) {
        throw e;
      }
      try {
        return transport.json().bind(existing, type);
      } catch (JsonProcessingException bad) {
        throw Errors.malformed(ApiRequest.get(path(name)).describe(), bad.getOriginalMessage(), bad);
      }
    }
  }

  T lint(Object manifest) {
    return transport.call(ApiRequest.post(body(manifest), path("lint")).safety(ApiRequest.Safety.IDEMPOTENT), type);
  }

  T get(String name) {
    return get(name, GetOptions.defaults());
  }

  T get(String name, GetOptions options) {
    return transport.call(options.applyTo(ApiRequest.get(path(requireName(name)))), type);
  }

  T update(Object manifest) {
    ObjectNode body = body(manifest);
    String name = body.path(bodyKey).path("metadata").path("name").asText("");
    return transport.call(ApiRequest.put(body, path(requireName(name))), type);
  }

  void delete(String name) {
    delete(name, DeleteOptions.defaults(), false);
  }

  /** @param forceSupported whether the endpoint knows {@code force} (only workflows do) */
  void delete(String name, DeleteOptions options, boolean forceSupported) {
    transport.call(options.applyTo(ApiRequest.delete(path(requireName(name))), forceSupported), response -> null);
  }

  ListRequest<T> list() {
    return new ListRequest<>(transport, type, base);
  }

  /** PUTs {@code {name, namespace, ...}} to {@code base/name/action}. */
  T action(String name, String action, ObjectNode extra, ApiRequest.Safety safety) {
    ObjectNode body = extra == null ? transport.json().object() : extra.deepCopy();
    body.put("name", requireName(name));
    if (namespace != null) {
      body.put("namespace", namespace);
    }
    return transport.call(ApiRequest.put(body, path(name, action)).safety(safety), type);
  }

  String[] path(String... more) {
    return Stream.concat(Arrays.stream(base), Arrays.stream(more)).toArray(String[]::new);
  }

  static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be empty");
    }
    return name;
  }
}
