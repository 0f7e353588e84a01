package io.argowf.model.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.argowf.model.ManifestException;
import io.argowf.model.internal.bind.ModelReaders;
import io.argowf.model.k8s.Resource;
import io.argowf.model.k8s.IntOrString;
import io.argowf.model.k8s.Quantity;
import io.argowf.model.k8s.Time;
import io.argowf.model.spi.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Binds a document tree to a model class, turning Jackson's failures into {@link ManifestException}s. */
public final class Binder {
  /** Whether a class is a generated model class, read by {@link Mappers#readModelJson}. */
  private static final ClassValue<Boolean> GENERATED = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      return ModelReaders.forName(type.getName()) != null;
    }
  };

  private Binder() {}

  /** Where a document came from, to re-read it with positions when something fails. */
  public record Origin(String source, String text, int document, int documents) {}

  /**
   * Binds a tree.
   *
   * @throws ManifestException naming the path, position and expectation when the tree does not fit
   */
  public static <T> T bind(JsonNode tree, Class<T> type, Origin origin) {
    try {
      return Mappers.JSON.treeToValue(tree, type);
    } catch (JsonMappingException e) {
      throw fail(tree, e, origin);
    } catch (JsonProcessingException e) {
      throw new ManifestException(origin.source(), 0, 0, "", e.getOriginalMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ManifestException(origin.source(), 0, 0, "", "cannot read the document: " + e.getMessage(), e);
    }
  }

  /**
   * Binds a JSON object text straight from Jackson's parser, in one pass without a tree: the fast path for
   * well-formed JSON (what argo-server and the Kubernetes API send). Gives up (null) on anything else: text that is
   * not one JSON object, a model type that does not fit, a document of another kind. The caller then reads the
   * text through its tree path, which reports the problem with path, line and column exactly as before; only a
   * failing document pays for the second read.
   *
   * @param text the text, without a byte-order mark
   * @param type a model class or another bindable class (not a tree or {@code GenericManifest})
   * @param expected the kind the class models, or null; a document naming another one is not bound here
   * @return the bound value, or null when the tree path must decide
   */
  public static <T> T bindJsonObject(String text, Class<T> type, Kind expected) {
    if (!startsObject(text)) return null;
    T value;
    try {
      value = GENERATED.get(type) ? Mappers.readModelJson(text, type) : Mappers.JSON.readValue(text, type);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    if (expected != null && value instanceof Resource r && !sameKind(r, expected)) return null;
    return value;
  }

  private static boolean startsObject(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) return c == '{';
    }
    return false;
  }

  private static boolean sameKind(Resource r, Kind expected) {
    return (r.apiVersion() == null || r.apiVersion().isEmpty() || r.apiVersion().equals(expected.apiVersion()))
        && (r.kind() == null || r.kind().isEmpty() || r.kind().equals(expected.kind()));
  }

  private static ManifestException fail(JsonNode tree, JsonMappingException e, Origin origin) {
    List<Object> steps = new ArrayList<>();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) steps.add(r.getFieldName());
      else if (r.getIndex() >= 0) steps.add(r.getIndex());
    }
    steps = dropDelegateRepeats(tree, steps);
    JsonNode at = walk(tree, steps);
    String problem;
    if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
      Class<?> target = e instanceof MismatchedInputException ? ((MismatchedInputException) e).getTargetType() : null;
      problem = "expected " + expected(target) + ", got " + describe(at);
    } else if (e instanceof ValueInstantiationException && e.getCause() != null) {
      problem = "invalid value " + describe(at) + ": " + e.getCause().getMessage();
    } else {
      problem = e.getOriginalMessage();
    }
    int[] pos = null;
    if (origin.text() != null) {
      try {
        List<YamlTreeReader.Document> docs = YamlTreeReader.read(origin.text(), true);
        YamlTreeReader.Document doc = docs.get(origin.document());
        pos = doc.marks().locate(doc.root(), steps);
      } catch (RuntimeException ignored) {
        // positions are a courtesy; the path still says where
      }
    }
    String path = path(steps);
    if (origin.documents() > 1) path = "(document " + (origin.document() + 1) + ") " + path;
    return new ManifestException(origin.source(), pos == null ? 0 : pos[0], pos == null ? 0 : pos[1], path, problem, e);
  }

  /** Delegating creators (e.g. a steps group) repeat an index; keep the path as the document reads. */
  private static List<Object> dropDelegateRepeats(JsonNode tree, List<Object> steps) {
    List<Object> out = new ArrayList<>();
    JsonNode node = tree;
    for (Object s : steps) {
      JsonNode next = s instanceof String ? (node == null ? null : node.get((String) s))
          : (node == null ? null : node.get((Integer) s));
      if (next == null && s instanceof Integer && node != null && !node.isArray()) continue;
      out.add(s);
      node = next;
    }
    return out;
  }

  private static JsonNode walk(JsonNode tree, List<Object> steps) {
    JsonNode node = tree;
    for (Object s : steps) {
      if (node == null) return null;
      node = s instanceof String ? node.get((String) s) : node.get((Integer) s);
    }
    return node;
  }

  /**
   * A dotted path such as {@code spec.templates[2].name}.
   *
   * @param steps field names and indexes
   */
  public static String path(List<Object> steps) {
    StringBuilder b = new StringBuilder();
    for (Object s : steps) {
      if (s instanceof Integer) b.append('[').append(s).append(']');
      else {
        if (b.length() > 0) b.append('.');
        b.append(s);
      }
    }
    return b.toString();
  }

  static String expected(Class<?> t) {
    if (t == null) return "another kind of value";
    if (Collection.class.isAssignableFrom(t) || t.isArray() || t.getSimpleName().equals("ParallelSteps")) return "a list";
    if (Map.class.isAssignableFrom(t)) return "a map";
    if (t == String.class || t == Time.class) return "a string";
    if (t == Integer.class || t == int.class || t == Long.class || t == long.class) return "a whole number";
    if (t == Double.class || t == double.class || t == Float.class) return "a number";
    if (t == Boolean.class || t == boolean.class) return "true or false";
    if (t == IntOrString.class) return "a number or a string";
    if (t == Quantity.class) return "a quantity such as 500m or 8Gi";
    Class<?> shown = t.getSimpleName().equals("Json") && t.getEnclosingClass() != null ? t.getEnclosingClass() : t;
    return "a map (" + shown.getSimpleName() + ")";
  }

  /**
   * A short description of a value for messages.
   *
   * @param n the value, may be null
   * @return e.g. {@code a map}, {@code the string "abc"}
   */
  public static String describe(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) return "nothing";
    if (n.isObject()) return "a map";
    if (n.isArray()) return "a list";
    if (n.isTextual()) {
      String t = n.textValue();
      return "the string \"" + (t.length() > 40 ? t.substring(0, 37) + "..." : t) + "\"";
    }
    if (n.isBoolean()) return n.asText();
    return "the number " + n.asText();
  }
}
