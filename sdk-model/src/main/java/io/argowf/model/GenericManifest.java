package io.argowf.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.model.k8s.Resource;
import io.argowf.model.style.ModelTrees;
import java.util.Map;
import java.util.Objects;

/**
 * A document of a kind argowf does not model (a Deployment, a CRD of your own), kept verbatim and written
 * back as it was read, with {@code apiVersion, kind, metadata, spec, status} first.
 *
 * <pre>{@code
 * for (Resource doc : Manifests.readAll(yaml)) {
 *   if (doc instanceof GenericManifest g) System.out.println(g.kind() + " " + g.name());
 * }
 * }</pre>
 */
public final class GenericManifest implements Resource {
  private final ObjectNode body;

  private GenericManifest(ObjectNode body) {
    this.body = body;
  }

  /**
   * A manifest from a JSON object tree (copied).
   *
   * @param body the document
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static GenericManifest of(ObjectNode body) {
    return new GenericManifest(Objects.requireNonNull(body, "body").deepCopy());
  }

  static GenericManifest wrap(ObjectNode body) {
    return new GenericManifest(body);
  }

  /** @return the {@code apiVersion}, or null */
  @Override
  public String apiVersion() {
    return text(body.get("apiVersion"));
  }

  /** @return the {@code kind}, or null */
  @Override
  public String kind() {
    return text(body.get("kind"));
  }

  /** @return {@code metadata.name}, or null */
  public String name() {
    return text(body.path("metadata").get("name"));
  }

  /** @return {@code metadata.namespace}, or null */
  public String namespace() {
    return text(body.path("metadata").get("namespace"));
  }

  /**
   * The document as a JSON tree.
   *
   * @return a copy, free to modify
   */
  public ObjectNode toTree() {
    return body.deepCopy();
  }

  /**
   * The document as plain Java maps and lists.
   *
   * @return a fresh map in document order
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> toMap() {
    return (Map<String, Object>) ModelTrees.toJava(body);
  }

  @JsonValue
  JsonNode toJson() {
    return body;
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GenericManifest && ((GenericManifest) o).body.equals(body);
  }

  @Override
  public int hashCode() {
    return body.hashCode();
  }

  @Override
  public String toString() {
    return "GenericManifest{" + apiVersion() + " " + kind() + " " + name() + "}";
  }
}
