package io.argowf.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.argowf.model.Manifests;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Argo's {@code {{...}}} substitution: simple tags name a variable of the scope, {@code {{=...}}} tags are expr-lang
 * expressions over the scope's variables (as nested maps: {@code inputs.parameters.x}). A tag the scope cannot
 * answer stays as written (Argo resolves a steps template's own tags before its steps' outputs exist), unless the
 * substitution is strict and the tag names a variable Argo would have to know.
 */
final class Substitution {
  private static final List<String> KNOWN_ROOTS = List.of("inputs.", "outputs.", "item", "steps.", "tasks.",
      "workflow.", "pod.", "node.", "retries");

  /** Model objects as JSON trees, and whether any of their strings has a tag (kept while the object lives). */
  private static final Map<Object, Tree> TREES = Collections.synchronizedMap(new WeakHashMap<>());

  private record Tree(JsonNode json, boolean tagged) {}

  private Substitution() {}

  /**
   * Substitutes every string of a model object (a template, a step, a task), returning a new object; the object
   * itself when none of its strings has a tag (no JSON round trip: the common leaf).
   */
  static <T> T apply(T model, Class<T> type, Vars vars, boolean strict) {
    Tree tree = TREES.get(model);
    if (tree == null) {
      JsonNode json = Json.tree(Manifests.toJson(model));
      tree = new Tree(json, tagged(json));
      TREES.put(model, tree);
    }
    if (!tree.tagged()) return model;
    JsonNode out = apply(tree.json(), vars, strict);
    return Manifests.read(Json.text(out), type);
  }

  private static boolean tagged(JsonNode node) {
    if (node.isTextual()) return node.textValue().contains("{{");
    for (JsonNode child : node) if (tagged(child)) return true;
    return false;
  }

  static JsonNode apply(JsonNode node, Vars vars, boolean strict) {
    if (node.isTextual()) return TextNode.valueOf(apply(node.textValue(), vars, strict));
    if (node.isArray()) {
      ArrayNode a = Json.array();
      node.forEach(e -> a.add(apply(e, vars, strict)));
      return a;
    }
    if (node.isObject()) {
      ObjectNode o = Json.object();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        o.set(e.getKey(), apply(e.getValue(), vars, strict));
      }
      return o;
    }
    return node;
  }

  /** Substitutes one text. */
  static String apply(String text, Vars vars, boolean strict) {
    if (text == null || !text.contains("{{")) return text;
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (true) {
      int open = text.indexOf("{{", at);
      if (open < 0) break;
      int close = text.indexOf("}}", open + 2);
      if (close < 0) break;
      out.append(text, at, open);
      String tag = text.substring(open + 2, close);
      out.append(resolve(tag, text.substring(open, close + 2), vars, strict));
      at = close + 2;
    }
    return out.append(text.substring(at)).toString();
  }

  private static String resolve(String tag, String original, Vars vars, boolean strict) {
    String name = tag.trim();
    if (name.startsWith("=")) return expression(name.substring(1), original, vars, strict);
    String value = vars.get(name);
    if (value != null) return value;
    if (strict && KNOWN_ROOTS.stream().anyMatch(name::startsWith)) {
      throw new SubstitutionException("failed to resolve " + original);
    }
    return original;
  }

  private static String expression(String expr, String original, Vars vars, boolean strict) {
    try {
      return text(Expressions.evaluate(unescape(expr), env(vars)));
    } catch (RuntimeException e) {
      if (strict) throw new SubstitutionException("failed to evaluate expression " + original + ": " + e.getMessage());
      return original;
    }
  }

  /** Argo's expressions are written inside YAML strings, where quotes may arrive HTML-escaped. */
  private static String unescape(String expr) {
    return expr.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  /** The text Argo writes for an expression's value: Go's {@code %v} (strings as they are). */
  static String text(Object value) {
    return value instanceof String str ? str : Expressions.format(value);
  }

  /** The scope as expr-lang sees it: dotted names become nested maps. */
  static Map<String, Object> env(Vars vars) {
    return Expressions.environment(vars.flatten());
  }

  /** A tag a strict substitution could not resolve; the message is Argo's. */
  static final class SubstitutionException extends RuntimeException {
    SubstitutionException(String message) {
      super(message);
    }
  }
}
