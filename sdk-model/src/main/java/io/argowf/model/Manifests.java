package io.argowf.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.model.internal.Binder;
import io.argowf.model.internal.KindRegistry;
import io.argowf.model.internal.Mappers;
import io.argowf.model.internal.TreeDiff;
import io.argowf.model.internal.YamlEdit;
import io.argowf.model.internal.YamlTreeReader;
import io.argowf.model.k8s.Resource;
import io.argowf.model.spi.Kind;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The one place manifests are read and written: YAML or JSON text to typed objects and back, losing nothing.
 *
 * <pre>{@code
 * Workflow wf = Manifests.read(Path.of("hello.yaml"), Workflow.class);
 * String yaml = Manifests.toYaml(wf.withSpec(wf.spec().withParallelism(2)));
 *
 * for (Resource doc : Manifests.readAll(Path.of("bundle.yaml"))) {   // each by its apiVersion and kind
 *   if (doc instanceof ConfigMap cm) { ... }
 * }
 * }</pre>
 *
 * <p>Reading follows Kubernetes' YAML rules (YAML 1.1 scalars, anchors and merge keys), keeps unknown
 * fields in each object's {@code unknownFields()}, and keeps absent apart from empty. Writing puts
 * {@code apiVersion, kind, metadata, spec, status} first and {@code name} first in named items, uses block
 * style with literal blocks for multi-line text, quotes only what would otherwise read differently, and
 * gives the same bytes for the same input. Every failure is a {@link ManifestException} naming the source,
 * line, column and path.
 */
public final class Manifests {
  private static final String STRING_SOURCE = "<string>";

  private Manifests() {}

  // ---- reading

  /**
   * Every document of a YAML or JSON text, each as its kind's class ({@code Workflow}, {@code ConfigMap}, ...)
   * or a {@link GenericManifest} for kinds argowf does not model; all are {@link Resource}s. Empty documents are
   * skipped.
   *
   * @param text YAML (one or more documents) or JSON
   * @return the documents in order
   * @throws ManifestException when the text is malformed or a document does not fit its kind
   */
  public static List<Resource> readAll(String text) {
    return readAll(text, STRING_SOURCE);
  }

  /**
   * Every document of a file; see {@link #readAll(String)}.
   *
   * @param file a YAML or JSON file
   * @return the documents in order
   * @throws ManifestException naming the file when it is malformed or unreadable
   */
  public static List<Resource> readAll(Path file) {
    return readAll(load(file), file.toString());
  }

  /**
   * Every document a reader gives; see {@link #readAll(String)}.
   *
   * @param reader the text (read to its end, not closed)
   * @return the documents in order
   */
  public static List<Resource> readAll(Reader reader) {
    return readAll(load(reader), "<reader>");
  }

  /**
   * The single document of a text, as its kind's class or a {@link GenericManifest}.
   *
   * @param text YAML or JSON holding exactly one document
   * @return the document
   * @throws ManifestException when there is not exactly one document, or it is malformed
   */
  public static Resource read(String text) {
    return single(readAll(text, STRING_SOURCE), STRING_SOURCE);
  }

  /**
   * The single document of a file; see {@link #read(String)}.
   *
   * @param file a YAML or JSON file
   * @return the document
   */
  public static Resource read(Path file) {
    return single(readAll(load(file), file.toString()), file.toString());
  }

  /**
   * The single document a reader gives; see {@link #read(String)}.
   *
   * @param reader the text (read to its end, not closed)
   * @return the document
   */
  public static Resource read(Reader reader) {
    return single(readAll(load(reader), "<reader>"), "<reader>");
  }

  /**
   * The single document of a text as a given class: a kind ({@code Workflow.class}), any model type
   * ({@code Template.class}), {@link GenericManifest}, {@code JsonNode} or {@code Map}.
   *
   * @param text YAML or JSON holding exactly one document
   * @param type the class to read into
   * @return the document
   * @throws ManifestException when the document does not fit the class, naming path, line and column
   */
  public static <T> T read(String text, Class<T> type) {
    return read(text, STRING_SOURCE, type);
  }

  /**
   * The single document of a file as a given class; see {@link #read(String, Class)}.
   *
   * @param file a YAML or JSON file
   * @param type the class to read into
   * @return the document
   */
  public static <T> T read(Path file, Class<T> type) {
    return read(load(file), file.toString(), type);
  }

  /**
   * The single document a reader gives, as a given class; see {@link #read(String, Class)}.
   *
   * @param reader the text (read to its end, not closed)
   * @param type the class to read into
   * @return the document
   */
  public static <T> T read(Reader reader, Class<T> type) {
    return read(load(reader), "<reader>", type);
  }

  // ---- editing

  /**
   * Changes a manifest in its YAML text, keeping what the change does not touch exactly as written: comments,
   * blank lines, key order, quoting and layout. When the change only sets values that the text already has
   * (an image, a parameter value, a count), only those values' characters change; when it adds, removes or
   * reshapes fields, SnakeYAML writes the document again from its comment-aware node tree, so comments, blank
   * lines, key order and the quoting of untouched values stay, while indentation and flow/block layout of the
   * document follow SnakeYAML's block style.
   *
   * <pre>{@code
   * String yaml = Files.readString(Path.of("train.yaml"));
   * String bumped = Manifests.edit(yaml, Workflow.class, wf -> wf.withSpec(wf.spec().withParallelism(4)));
   * }</pre>
   *
   * @param yamlText one YAML document
   * @param type the class to read it as, e.g. {@code Workflow.class}
   * @param change the change, on the immutable model object
   * @return the edited text
   * @throws ManifestException when the text does not read as the class, or (a bug) the edited text would not
   *     read back as the changed object
   */
  public static <T> String edit(String yamlText, Class<T> type, UnaryOperator<T> change) {
    T before = read(yamlText, STRING_SOURCE, type);
    T after = java.util.Objects.requireNonNull(change.apply(before), "the change returned null");
    JsonNode afterTree = Mappers.JSON.valueToTree(after);
    String edited = YamlEdit.apply(yamlText, Mappers.JSON.valueToTree(before), afterTree, STRING_SOURCE);
    JsonNode check = Mappers.JSON.valueToTree(read(edited, "<edited text>", type));
    if (!check.equals(afterTree)) {
      throw new ManifestException(STRING_SOURCE, 0, 0, "", "the edited text does not read back as the changed object: "
          + TreeDiff.of(afterTree, check), null);
    }
    return edited;
  }

  // ---- writing

  /**
   * One manifest as YAML.
   *
   * @param manifest a model object, a {@link GenericManifest}, a {@code JsonNode} or a map
   * @return the YAML text, ending in a newline
   */
  public static String toYaml(Object manifest) {
    try {
      return Mappers.writeYaml(ordered(manifest));
    } catch (JsonProcessingException e) {
      throw new ManifestException(null, 0, 0, "", "cannot write YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Several manifests as one multi-document YAML text, separated by {@code ---}.
   *
   * @param manifests the documents, in order
   * @return the YAML text, ready for {@code kubectl apply -f}
   */
  public static String toYamlAll(Collection<?> manifests) {
    StringBuilder b = new StringBuilder();
    for (Object m : manifests) {
      if (b.length() > 0) b.append("---\n");
      b.append(toYaml(m));
    }
    return b.toString();
  }

  /**
   * One manifest as pretty-printed JSON.
   *
   * @param manifest a model object, a {@link GenericManifest}, a {@code JsonNode} or a map
   * @return the JSON text
   */
  public static String toJson(Object manifest) {
    try {
      return Mappers.writeJson(ordered(manifest));
    } catch (JsonProcessingException e) {
      throw new ManifestException(null, 0, 0, "", "cannot write JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * How two documents differ as Kubernetes and Argo read them: key order and comments do not count, a null
   * equals an absent field, {@code 1} equals {@code 1.0}, and a number or boolean equals the same text in
   * quotes (Argo reads numbers in its string fields as strings). Useful for GitOps drift checks and tests.
   *
   * <pre>{@code
   * List<String> drift = Manifests.differences(Files.readString(golden), Manifests.toYaml(wf));
   * // e.g. ["spec.templates[1].container.image: expected the string "a:1", got the string "a:2""]
   * }</pre>
   *
   * @param expected the reference: YAML/JSON text, a model object, a {@link GenericManifest} or a tree
   * @param actual the document to check, in any of the same forms
   * @return one line per difference with its path; empty when equivalent
   */
  public static List<String> differences(Object expected, Object actual) {
    return TreeDiff.of(tree(expected), tree(actual));
  }

  private static JsonNode tree(Object doc) {
    if (doc instanceof String) {
      List<YamlTreeReader.Document> docs = nonEmpty(parse((String) doc, STRING_SOURCE));
      if (docs.size() == 1) return docs.get(0).root();
      com.fasterxml.jackson.databind.node.ArrayNode all = Mappers.JSON.createArrayNode();
      docs.forEach(d -> all.add(d.root()));
      return all;
    }
    if (doc instanceof JsonNode) return (JsonNode) doc;
    if (doc instanceof GenericManifest) return ((GenericManifest) doc).toJson();
    if (doc instanceof Collection) {
      com.fasterxml.jackson.databind.node.ArrayNode all = Mappers.JSON.createArrayNode();
      ((Collection<?>) doc).forEach(d -> all.add(tree(d)));
      return all;
    }
    return Mappers.JSON.valueToTree(doc);
  }

  /**
   * A Jackson mapper that binds every model type as {@code Manifests} does (JSON): a new copy on each call, yours
   * to configure. Changing it changes nothing else: {@code Manifests}, {@code Lint} and the client keep their own.
   * A copy costs more than a lookup, so take one and keep it. The model classes are bound by generated code (see the
   * module README, "Speed"), so settings that shape a bean's JSON (property inclusion, naming strategies, mix-ins)
   * do not apply to them: they always read and write the fields as Argo names them, set ones only, empty ones too.
   *
   * <pre>{@code
   * private static final ObjectMapper JSON = Manifests.jsonMapper();
   * JsonNode tree = JSON.valueToTree(workflow);
   * Workflow back = JSON.treeToValue(tree, Workflow.class);
   * }</pre>
   *
   * @return a new mapper, configured like the one {@code Manifests} uses
   */
  public static ObjectMapper jsonMapper() {
    return Mappers.JSON.copy();
  }

  // ---- internals

  private static <T> T read(String text, String source, Class<T> type) {
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    if (type != GenericManifest.class && !JsonNode.class.isAssignableFrom(type)) {
      T direct = Binder.bindJsonObject(text, type, KindRegistry.get().kindOf(type));
      if (direct != null) return direct;
    }
    List<YamlTreeReader.Document> all = parse(text, source);
    List<YamlTreeReader.Document> docs = nonEmpty(all);
    if (docs.size() != 1) {
      throw new ManifestException(source, 0, 0, "", "expected one document, found " + docs.size(), null);
    }
    JsonNode root = docs.get(0).root();
    if (type == GenericManifest.class) {
      if (!root.isObject()) throw new ManifestException(source, docs.get(0).line(), 1, "", "expected a map, got " + Binder.describe(root), null);
      return type.cast(GenericManifest.wrap((ObjectNode) root));
    }
    if (JsonNode.class.isAssignableFrom(type) && type.isInstance(root)) return type.cast(root);
    sameKind(root, type, source, docs.get(0).line());
    return Binder.bind(root, type, new Binder.Origin(source, text, all.indexOf(docs.get(0)), 1));
  }

  /** A document that says it is another kind is not read as this one; one that says nothing is (a fragment). */
  private static void sameKind(JsonNode root, Class<?> type, String source, int line) {
    Kind expected = KindRegistry.get().kindOf(type);
    if (expected == null || !root.isObject()) return;
    String apiVersion = root.path("apiVersion").asText("");
    String kind = root.path("kind").asText("");
    boolean otherVersion = !apiVersion.isEmpty() && !apiVersion.equals(expected.apiVersion());
    boolean otherKind = !kind.isEmpty() && !kind.equals(expected.kind());
    if (otherVersion || otherKind) {
      throw new ManifestException(source, line, 1, otherKind ? "kind" : "apiVersion", "the document is "
          + (kind.isEmpty() ? "a document" : "a " + kind) + (apiVersion.isEmpty() ? "" : " (" + apiVersion + ")") + ", not a "
          + expected.kind() + " (" + expected.apiVersion() + "); read it as its own kind, e.g. Manifests.read(text)", null);
    }
  }

  private static List<Resource> readAll(String text, String source) {
    List<YamlTreeReader.Document> all = parse(text, source);
    long documents = all.stream().filter(d -> d.root() != null && !d.root().isNull()).count();
    List<Resource> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      YamlTreeReader.Document d = all.get(i);
      JsonNode root = d.root();
      if (root == null || root.isNull()) continue;
      if (!root.isObject()) {
        throw new ManifestException(source, d.line(), 1, documents > 1 ? "(document " + (out.size() + 1) + ")" : "",
            "expected a Kubernetes object (a map with apiVersion and kind), got " + Binder.describe(root), null);
      }
      Class<? extends Resource> type = KindRegistry.get().classFor(root.path("apiVersion").asText(""), root.path("kind").asText(""));
      if (type == null) out.add(GenericManifest.wrap((ObjectNode) root));
      else out.add(Binder.bind(root, type, new Binder.Origin(source, text, i, (int) documents)));
    }
    return out;
  }

  private static List<YamlTreeReader.Document> parse(String text, String source) {
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    String trimmed = text.stripLeading();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      try {
        return List.of(new YamlTreeReader.Document(Mappers.JSON.readTree(text), 1, null));
      } catch (JsonProcessingException notJson) {
        // YAML flow style starts the same way; let the YAML reader say what is wrong
      }
    }
    try {
      return YamlTreeReader.read(text, false);
    } catch (YamlTreeReader.YamlProblem e) {
      throw new ManifestException(source, e.line, e.column, "", e.getMessage(), e);
    }
  }

  private static List<YamlTreeReader.Document> nonEmpty(List<YamlTreeReader.Document> docs) {
    List<YamlTreeReader.Document> out = new ArrayList<>();
    for (YamlTreeReader.Document d : docs) if (d.root() != null && !d.root().isNull()) out.add(d);
    return out;
  }

  private static Resource single(List<Resource> docs, String source) {
    if (docs.size() != 1) throw new ManifestException(source, 0, 0, "", "expected one document, found " + docs.size(), null);
    return docs.get(0);
  }

  /** Generic documents and maps get the same top-level order as the model's kinds. */
  private static Object ordered(Object manifest) {
    JsonNode tree;
    if (manifest instanceof GenericManifest) tree = ((GenericManifest) manifest).toJson();
    else if (manifest instanceof JsonNode) tree = (JsonNode) manifest;
    else if (manifest instanceof Map) tree = Mappers.JSON.valueToTree(manifest);
    else return manifest;
    if (!tree.isObject()) return tree;
    ObjectNode out = Mappers.JSON.createObjectNode();
    for (String first : new String[] {"apiVersion", "kind", "metadata", "spec", "status"}) {
      if (tree.has(first)) out.set(first, tree.get(first));
    }
    Iterator<Map.Entry<String, JsonNode>> it = tree.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> f = it.next();
      if (!out.has(f.getKey())) out.set(f.getKey(), f.getValue());
    }
    return out;
  }

  private static String load(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ManifestException(file.toString(), 0, 0, "", "cannot read the file: " + e, e);
    }
  }

  private static String load(Reader reader) {
    try {
      StringBuilder b = new StringBuilder();
      char[] buf = new char[8192];
      for (int n; (n = reader.read(buf)) > 0; ) {
        b.append(buf, 0, n);
        if (b.length() > YamlTreeReader.MAX_CHARS) {
          throw new ManifestException("<reader>", 0, 0, "", "the text is longer than " + YamlTreeReader.MAX_CHARS + " characters", null);
        }
      }
      return b.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
