package io.argowf.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The definitions the model is generated from: Argo's v4 schema (its {@code io.argoproj.workflow.v1alpha1}
 * types and the Kubernetes types they reach), the fields v3.5 had that v4 removed (marked deprecated), and
 * argowf's own facts-only definitions of the kinds the schema lacks.
 */
final class Definitions {
  static final String ARGO = "io.argoproj.workflow.v1alpha1.";
  static final String EXTRA_RESOURCE = "extra-definitions.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Definition name to its schema, in name order, only the ones the model keeps. */
  final Map<String, ObjectNode> kept = new TreeMap<>();
  /** Definition name to property name to the v3.5 property schema that v4 removed. */
  final Map<String, Map<String, ObjectNode>> removedInV4 = new TreeMap<>();
  /** Definition name to the properties v4 has that v3.5 lacked (only for definitions both versions have). */
  final Map<String, java.util.List<String>> addedInV4 = new TreeMap<>();

  static Definitions load(Path v4Schema, Path v35Schema) {
    ObjectNode v4 = definitionsOf(readJson(v4Schema));
    ObjectNode v35 = definitionsOf(readJson(v35Schema));
    ObjectNode extra;
    try (InputStream in = Definitions.class.getResourceAsStream(EXTRA_RESOURCE)) {
      extra = definitionsOf(JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Definitions d = new Definitions();
    ObjectNode all = v4.deepCopy();
    extra.fields().forEachRemaining(e -> all.set(e.getKey(), e.getValue()));
    Deque<String> todo = new ArrayDeque<>();
    all.fieldNames().forEachRemaining(n -> {
      if (n.startsWith(ARGO) || extra.has(n)) todo.add(n);
    });
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (d.kept.containsKey(name)) continue;
      JsonNode def = all.get(name);
      if (def == null) throw new IllegalStateException("schema refers to a missing definition " + name);
      d.kept.put(name, (ObjectNode) def);
      refsOf(def, todo);
    }
    // fields v3.5 had that v4 removed, and fields v4 added
    for (String name : d.kept.keySet()) {
      JsonNode old = v35.path(name).path("properties");
      JsonNode now = d.kept.get(name).path("properties");
      if (v35.has(name) && !extra.has(name)) {
        now.fieldNames().forEachRemaining(p -> {
          if (!old.has(p)) d.addedInV4.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(p);
        });
      }
      Iterator<Map.Entry<String, JsonNode>> it = old.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> p = it.next();
        if (!now.has(p.getKey())) {
          d.removedInV4.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(p.getKey(), (ObjectNode) p.getValue());
          refsOf(p.getValue(), todo);
        }
      }
    }
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (d.kept.containsKey(name)) continue;
      JsonNode def = all.has(name) ? all.get(name) : v35.get(name);
      d.kept.put(name, (ObjectNode) def);
      refsOf(def, todo);
    }
    return d;
  }

  static String refName(JsonNode schema) {
    String ref = schema.path("$ref").asText(null);
    return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static void refsOf(JsonNode node, Deque<String> out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        if (e.getKey().equals("$ref")) out.add(refName(node));
        else refsOf(e.getValue(), out);
      });
    } else if (node.isArray()) {
      node.forEach(n -> refsOf(n, out));
    }
  }

  private static ObjectNode definitionsOf(JsonNode root) {
    JsonNode defs = root.get("definitions");
    if (defs == null || !defs.isObject()) throw new IllegalArgumentException("no 'definitions' object in schema");
    return (ObjectNode) defs;
  }

  private static JsonNode readJson(Path path) {
    try {
      return JSON.readTree(Files.readAllBytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema " + path, e);
    }
  }
}
