package io.argowf.model.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * {@code Manifests.edit}'s engine: applies the difference between two model trees to the YAML text they were read
 * from, on SnakeYAML's comment-aware node tree. When every change is a scalar value at a place the text already has,
 * only those scalars' characters are replaced (everything else stays byte for byte); otherwise the changed nodes are
 * replaced in the node tree and SnakeYAML writes the document again, keeping comments, blank lines, key order and
 * the quoting style of every scalar it did not touch.
 */
public final class YamlEdit {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./][A-Za-z0-9_./@:+=%~-]*");
  private static final KubeQuoting QUOTING = new KubeQuoting();

  private record Splice(int start, int end, String text) {}

  private final List<Splice> splices = new ArrayList<>();
  private boolean structural;

  private YamlEdit() {}

  /**
   * The text with the changes from {@code before} to {@code after} applied.
   *
   * @param text one YAML document
   * @param before the tree of the object read from it
   * @param after the tree of the changed object
   * @param source where the text came from, for messages
   */
  public static String apply(String text, JsonNode before, JsonNode after, String source) {
    Node root = new Yaml(loading()).compose(new StringReader(text));
    if (root == null || before.equals(after)) return text;
    YamlEdit e = new YamlEdit();
    e.diff(root, before, after, text);
    if (!e.structural) return e.splice(text);
    return dump(root);
  }

  private static LoaderOptions loading() {
    LoaderOptions o = new LoaderOptions();
    o.setProcessComments(true);
    o.setCodePointLimit(YamlTreeReader.MAX_CHARS);
    return o;
  }

  private static DumperOptions dumping() {
    DumperOptions o = new DumperOptions();
    o.setProcessComments(true);
    o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    o.setIndent(2);
    o.setWidth(Integer.MAX_VALUE);
    o.setSplitLines(false);
    return o;
  }

  private static String dump(Node root) {
    StringWriter out = new StringWriter();
    new Yaml(dumping()).serialize(root, out);
    return out.toString();
  }

  /** Compares before and after under a YAML node; returns the node to put in its place (itself when kept). */
  private Node diff(Node yaml, JsonNode before, JsonNode after, String text) {
    if (before != null && before.equals(after)) return yaml;
    if (after == null || after.isNull() && !(yaml instanceof ScalarNode)) {
      structural = true;
      return represent(after);
    }
    if (yaml instanceof ScalarNode s && after.isValueNode() && before != null && before.isValueNode()) {
      int start = index(text, s.getStartMark().getIndex());
      int end = index(text, s.getEndMark().getIndex());
      // a block scalar's span runs over its line breaks and trailing blank lines, which stay
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
      splices.add(new Splice(start, end, scalar(after, s.getScalarStyle())));
      ScalarNode replaced = new ScalarNode(tagOf(after), after.asText(), s.getStartMark(), s.getEndMark(), styleOf(after, s));
      replaced.setBlockComments(s.getBlockComments());
      replaced.setInLineComments(s.getInLineComments());
      replaced.setEndComments(s.getEndComments());
      return replaced;
    }
    if (yaml instanceof MappingNode m && after.isObject() && before != null && before.isObject()) {
      mapping(m, before, after, text);
      return m;
    }
    if (yaml instanceof SequenceNode q && after.isArray() && before != null && before.isArray() && q.getValue().size() == after.size()
        && before.size() == after.size()) {
      for (int i = 0; i < after.size(); i++) q.getValue().set(i, diff(q.getValue().get(i), before.get(i), after.get(i), text));
      return q;
    }
    structural = true;
    Node n = represent(after);
    n.setBlockComments(yaml.getBlockComments());
    n.setInLineComments(yaml.getInLineComments());
    return n;
  }

  private void mapping(MappingNode m, JsonNode before, JsonNode after, String text) {
    List<NodeTuple> tuples = m.getValue();
    for (int i = 0; i < tuples.size(); i++) {
      NodeTuple t = tuples.get(i);
      String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : null;
      if (key == null || !before.has(key)) continue;   // a merge key, or what the model does not see
      if (!after.has(key)) {
        structural = true;
        tuples.remove(i--);
        continue;
      }
      Node value = diff(t.getValueNode(), before.get(key), after.get(key), text);
      if (value != t.getValueNode()) tuples.set(i, new NodeTuple(t.getKeyNode(), value));
    }
    int at = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = after.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> f = it.next();
      int found = position(tuples, f.getKey());
      if (found >= 0) {
        at = found + 1;
      } else if (!before.has(f.getKey())) {
        structural = true;
        tuples.add(at++, new NodeTuple(new ScalarNode(Tag.STR, f.getKey(), null, null, DumperOptions.ScalarStyle.PLAIN),
            represent(f.getValue())));
      }
    }
  }

  private static int position(List<NodeTuple> tuples, String key) {
    for (int i = 0; i < tuples.size(); i++) {
      if (tuples.get(i).getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) return i;
    }
    return -1;
  }

  private static Node represent(JsonNode value) {
    Object plain = Mappers.JSON.convertValue(value, Object.class);
    return new Yaml(dumping()).represent(plain);
  }

  /** A scalar written in the style it had where that is safe, else double-quoted. */
  static String scalar(JsonNode v, DumperOptions.ScalarStyle style) {
    if (v.isNull()) return "null";
    if (!v.isTextual()) return v.asText();
    String s = v.textValue();
    if (style == DumperOptions.ScalarStyle.PLAIN && PLAIN.matcher(s).matches() && !s.endsWith(":") && !QUOTING.needToQuoteValue(s)) {
      return s;
    }
    if (style == DumperOptions.ScalarStyle.SINGLE_QUOTED && s.indexOf('\n') < 0) return "'" + s.replace("'", "''") + "'";
    try {
      return Mappers.JSON.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Tag tagOf(JsonNode v) {
    if (v.isNull()) return Tag.NULL;
    if (v.isBoolean()) return Tag.BOOL;
    if (v.isIntegralNumber()) return Tag.INT;
    if (v.isNumber()) return Tag.FLOAT;
    return Tag.STR;
  }

  private static DumperOptions.ScalarStyle styleOf(JsonNode v, ScalarNode old) {
    String rendered = scalar(v, old.getScalarStyle());
    if (rendered.startsWith("\"")) return DumperOptions.ScalarStyle.DOUBLE_QUOTED;
    if (rendered.startsWith("'")) return DumperOptions.ScalarStyle.SINGLE_QUOTED;
    return DumperOptions.ScalarStyle.PLAIN;
  }

  /** SnakeYAML's marks count code points; Java strings count UTF-16 units. */
  private static int index(String text, int codePoints) {
    return text.offsetByCodePoints(0, codePoints);
  }

  private String splice(String text) {
    splices.sort(Comparator.comparingInt(Splice::start).reversed());
    StringBuilder b = new StringBuilder(text);
    for (Splice s : splices) b.replace(s.start, s.end, s.text);
    return b.toString();
  }
}
