package io.argowf.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads YAML into JSON trees the way Kubernetes does (YAML 1.1 scalars: {@code yes}/{@code on} are booleans,
 * {@code 0x1F} is a number, a whole float such as {@code 1e1} an integer; anchors, aliases and {@code <<} merge keys
 * expanded), refusing a key repeated in one map (naming both lines), over-deep nesting and alias bombs. Optionally records where each value stood, so binding errors can
 * name a line and column.
 */
public final class YamlTreeReader {
  /** Largest document text accepted, in characters. */
  public static final int MAX_CHARS = 64 * 1024 * 1024;
  /** Most nodes aliases may expand a stream to. */
  public static final long MAX_EXPANDED_NODES = 2_000_000;

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String TAG = "tag:yaml.org,2002:";
  private static final Pattern INT = Pattern.compile("[-+]?(0|[1-9][0-9_]*)");
  private static final Pattern OCT = Pattern.compile("[-+]?0o?[0-7_]+");
  private static final Pattern HEX = Pattern.compile("[-+]?0x[0-9a-fA-F_]+");
  private static final Pattern BIN = Pattern.compile("[-+]?0b[01_]+");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern INF = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
  private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");

  /** One document: its tree (null for an empty document), where it starts, and value positions if recorded. */
  public record Document(JsonNode root, int line, Marks marks) {}

  /** Where values stood: for each map, key to mark of the value; for each list, the marks of its items. */
  public static final class Marks {
    private final Map<JsonNode, Object> byContainer = new IdentityHashMap<>();
    private Mark rootMark;

    /**
     * The mark of the deepest value the path reaches.
     *
     * @param root the document tree
     * @param path field names (String) and indexes (Integer) from the root
     * @return 1-based {line, column}, or null when unknown
     */
    @SuppressWarnings("unchecked")
    public int[] locate(JsonNode root, List<Object> path) {
      Mark mark = rootMark;
      JsonNode node = root;
      for (Object step : path) {
        Object marks = node == null ? null : byContainer.get(node);
        if (marks == null) break;
        Mark next = null;
        if (step instanceof String && marks instanceof Map) {
          next = ((Map<String, Mark>) marks).get(step);
          node = node.get((String) step);
        } else if (step instanceof Integer && marks instanceof List) {
          List<Mark> items = (List<Mark>) marks;
          int i = (Integer) step;
          if (i >= 0 && i < items.size()) next = items.get(i);
          node = node.get(i);
        }
        if (next == null) break;
        mark = next;
      }
      return mark == null ? null : new int[] {mark.getLine() + 1, mark.getColumn() + 1};
    }
  }

  /** A YAML problem at a position. */
  public static class YamlProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** 1-based line, or 0 when unknown. */
    public final int line;
    /** 1-based column, or 0 when unknown. */
    public final int column;

    YamlProblem(String message, Mark mark) {
      super(message);
      this.line = mark == null ? 0 : mark.getLine() + 1;
      this.column = mark == null ? 0 : mark.getColumn() + 1;
    }
  }

  /** A key given twice in one map; strict decoding (and so {@code argo lint}) refuses it. */
  private static final class DuplicateKey extends YamlProblem {
    private static final long serialVersionUID = 1L;

    DuplicateKey(String message, Mark mark) {
      super(message, mark);
    }
  }

  private final ParserImpl parser;
  private final boolean recordMarks;
  private final Map<String, JsonNode> anchors = new HashMap<>();
  private final Map<JsonNode, Long> anchoredSizes = new IdentityHashMap<>();
  private Marks marks;
  private long expanded;
  private int depth;

  private YamlTreeReader(String text, boolean recordMarks) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CHARS);
    options.setProcessComments(false);
    this.parser = new ParserImpl(new StreamReader(text), options);
    this.recordMarks = recordMarks;
  }

  /**
   * Every document of a YAML stream.
   *
   * @param text the YAML (or JSON) text
   * @param recordMarks whether to record value positions (slower; for error reports)
   * @return the documents in order, empty ones included with a null root
   * @throws YamlProblem on malformed or refused input, with its position
   */
  public static List<Document> read(String text, boolean recordMarks) {
    if (text.length() > MAX_CHARS) {
      throw new YamlProblem("the text is " + text.length() + " characters long; at most " + MAX_CHARS + " are read", null);
    }
    YamlTreeReader r = new YamlTreeReader(text, recordMarks);
    try {
      return r.stream();
    } catch (DuplicateKey e) {
      // found on the fast path, which keeps no positions: read again with them to name both lines
      if (!recordMarks) return read(text, true);
      throw e;
    } catch (MarkedYAMLException e) {
      String what = e.getProblem() == null ? e.getMessage() : e.getProblem();
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      throw new YamlProblem("malformed YAML: " + what + context, e.getProblemMark());
    } catch (org.yaml.snakeyaml.error.YAMLException e) {
      throw new YamlProblem("malformed YAML: " + e.getMessage(), null);
    }
  }

  private List<Document> stream() {
    List<Document> docs = new ArrayList<>();
    expect(Event.ID.StreamStart);
    while (!parser.checkEvent(Event.ID.StreamEnd)) {
      Event start = expect(Event.ID.DocumentStart);
      anchors.clear();
      marks = recordMarks ? new Marks() : null;
      JsonNode root = null;
      if (!parser.checkEvent(Event.ID.DocumentEnd)) {
        if (marks != null) marks.rootMark = parser.peekEvent().getStartMark();
        root = node();
      }
      expect(Event.ID.DocumentEnd);
      docs.add(new Document(root, start.getStartMark().getLine() + 1, marks));
    }
    return docs;
  }

  private Event expect(Event.ID id) {
    Event e = parser.getEvent();
    if (!e.is(id)) throw new YamlProblem("malformed YAML: unexpected " + e.getEventId(), e.getStartMark());
    return e;
  }

  private JsonNode node() {
    Event e = parser.getEvent();
    count(1, e);
    if (e instanceof AliasEvent) {
      String anchor = ((AliasEvent) e).getAnchor();
      JsonNode target = anchors.get(anchor);
      if (target == null) throw new YamlProblem("alias *" + anchor + " names no anchor defined before it", e.getStartMark());
      count(anchoredSizes.getOrDefault(target, 1L), e);
      return target;
    }
    long before = expanded;
    JsonNode result;
    if (e instanceof ScalarEvent) {
      result = scalar((ScalarEvent) e);
    } else if (e.is(Event.ID.SequenceStart)) {
      result = sequence(e);
    } else if (e.is(Event.ID.MappingStart)) {
      result = mapping(e);
    } else {
      throw new YamlProblem("malformed YAML: unexpected " + e.getEventId(), e.getStartMark());
    }
    String anchor = ((NodeEvent) e).getAnchor();
    if (anchor != null) {
      anchors.put(anchor, result);
      anchoredSizes.put(result, expanded - before + 1);
    }
    return result;
  }

  private void count(long nodes, Event at) {
    expanded += nodes;
    if (expanded > MAX_EXPANDED_NODES) {
      throw new YamlProblem("aliases expand this YAML to more than " + MAX_EXPANDED_NODES
          + " values; refusing it (an alias bomb?)", at.getStartMark());
    }
  }

  private void enter(Event at) {
    if (++depth > Mappers.MAX_DEPTH) {
      throw new YamlProblem("nesting is deeper than " + Mappers.MAX_DEPTH + " levels", at.getStartMark());
    }
  }

  private JsonNode sequence(Event start) {
    enter(start);
    ArrayNode array = F.arrayNode();
    List<Mark> itemMarks = marks == null ? null : new ArrayList<>();
    while (!parser.checkEvent(Event.ID.SequenceEnd)) {
      if (itemMarks != null) itemMarks.add(parser.peekEvent().getStartMark());
      array.add(node());
    }
    parser.getEvent();
    depth--;
    if (itemMarks != null) marks.byContainer.put(array, itemMarks);
    return array;
  }

  private JsonNode mapping(Event start) {
    enter(start);
    ObjectNode object = F.objectNode();
    Map<String, Mark> valueMarks = marks == null ? null : new HashMap<>();
    Map<String, Mark> keyMarks = marks == null ? null : new HashMap<>();
    List<JsonNode> merges = null;
    while (!parser.checkEvent(Event.ID.MappingEnd)) {
      Event keyEvent = parser.peekEvent();
      String key = key();
      Mark valueMark = parser.peekEvent().getStartMark();
      JsonNode value = node();
      if (key.equals("<<") && keyEvent instanceof ScalarEvent && ((ScalarEvent) keyEvent).isPlain()) {
        if (merges == null) merges = new ArrayList<>();
        merges.add(value);
        continue;
      }
      if (object.replace(key, value) != null) duplicate(key, keyMarks, keyEvent.getStartMark());
      if (valueMarks != null) {
        valueMarks.put(key, valueMark);
        keyMarks.put(key, keyEvent.getStartMark());
      }
    }
    Event end = parser.getEvent();
    depth--;
    if (merges != null) merge(object, merges, end);
    if (valueMarks != null) marks.byContainer.put(object, valueMarks);
    return object;
  }

  private static void duplicate(String key, Map<String, Mark> keyMarks, Mark second) {
    Mark first = keyMarks == null ? null : keyMarks.get(key);
    throw new DuplicateKey("key '" + key + "' is given twice in one map" + (first == null ? "" : ", at " + at(first) + " and "
        + at(second)) + "; strict decoding (argo lint, kubectl) refuses it: keep one", second);
  }

  private static String at(Mark m) {
    return "line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1);
  }

  /** {@code <<: *base} or {@code <<: [*a, *b]}: keys not set explicitly come from the merged maps, earlier ones first. */
  private void merge(ObjectNode target, List<JsonNode> merges, Event at) {
    for (JsonNode m : merges) {
      List<JsonNode> sources = new ArrayList<>();
      if (m.isArray()) m.forEach(sources::add); else sources.add(m);
      for (JsonNode source : sources) {
        if (!source.isObject()) throw new YamlProblem("a '<<' merge key needs a map or a list of maps", at.getStartMark());
        Iterator<Map.Entry<String, JsonNode>> it = source.fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> f = it.next();
          if (!target.has(f.getKey())) target.set(f.getKey(), f.getValue());
        }
      }
    }
  }

  private String key() {
    Event e = parser.peekEvent();
    if (e instanceof CollectionStartEvent) {
      throw new YamlProblem("a map key must be a plain value, not a " + (e.is(Event.ID.MappingStart) ? "map" : "list"), e.getStartMark());
    }
    JsonNode k = node();
    return k.isNull() ? "null" : k.asText();
  }

  private JsonNode scalar(ScalarEvent e) {
    String v = e.getValue();
    String tag = e.getTag();
    if (tag != null && !tag.equals("!")) {
      if (tag.startsWith(TAG)) {
        switch (tag.substring(TAG.length())) {
          case "str":
          case "binary":
          case "timestamp":
            return F.textNode(v);
          case "null":
            return F.nullNode();
          case "bool":
          case "int":
          case "float":
            JsonNode typed = resolvePlain(v);
            if (typed.isTextual()) throw new YamlProblem("'" + v + "' is not a valid " + tag, e.getStartMark());
            return typed;
          default:
            break;
        }
      }
      return e.isPlain() ? resolvePlain(v) : F.textNode(v);
    }
    if (!e.isPlain() || tag != null) return F.textNode(v);
    return resolvePlain(v);
  }

  /** YAML 1.1 resolution of a plain scalar, as Kubernetes' YAML reader does it. */
  static JsonNode resolvePlain(String v) {
    if (v.isEmpty()) return F.nullNode();
    char c = v.charAt(0);
    switch (v) {
      case "~": case "null": case "Null": case "NULL":
        return F.nullNode();
      case "true": case "True": case "TRUE": case "yes": case "Yes": case "YES": case "on": case "On": case "ON":
      case "y": case "Y":
        return F.booleanNode(true);
      case "false": case "False": case "FALSE": case "no": case "No": case "NO": case "off": case "Off": case "OFF":
      case "n": case "N":
        return F.booleanNode(false);
      default:
        break;
    }
    if (!(c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')) || !numberLike(v)) return F.textNode(v);
    try {
      if (INT.matcher(v).matches()) return integer(v.replace("_", ""), 10);
      if (HEX.matcher(v).matches()) return integer(v.replace("_", "").replaceFirst("0x", ""), 16);
      if (BIN.matcher(v).matches()) return integer(v.replace("_", "").replaceFirst("0b", ""), 2);
      if (OCT.matcher(v).matches()) return integer(v.replace("_", "").replaceFirst("0o?", ""), 8);
      if (FLOAT.matcher(v).matches()) {
        BigDecimal d = new BigDecimal(v.replace("_", "").replaceFirst("\\.$", "").replaceFirst("\\.([eE])", "$1"));
        return wholeOrFloat(d.doubleValue());
      }
    } catch (NumberFormatException e) {
      return F.textNode(v);
    }
    if (INF.matcher(v).matches()) return F.numberNode(v.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    if (NAN.matcher(v).matches()) return F.numberNode(Double.NaN);
    return F.textNode(v);
  }

  /** A cheap first look: only these characters can make a number, {@code .inf} or {@code .nan}. */
  private static boolean numberLike(String v) {
    for (int i = 0, n = v.length(); i < n; i++) {
      char ch = v.charAt(i);
      boolean ok = (ch >= '0' && ch <= '9') || ch == '.' || ch == '-' || ch == '+' || ch == '_'
          || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F') || ch == 'x' || ch == 'o'
          || ch == 'i' || ch == 'n' || ch == 'I' || ch == 'N';
      if (!ok) return false;
    }
    return true;
  }

  /**
   * Kubernetes turns YAML into JSON before decoding, and writes a whole float as an integer: {@code 1e1} and
   * {@code 2.0} reach an int field as {@code 10} and {@code 2}, and a string field as "10" and "2".
   */
  private static JsonNode wholeOrFloat(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e21) return integer(BigDecimal.valueOf(d).toBigInteger().toString(), 10);
    return F.numberNode(d);
  }

  private static JsonNode integer(String digits, int radix) {
    BigInteger i = new BigInteger(digits, radix);
    if (i.bitLength() < 32) return F.numberNode(i.intValue());
    if (i.bitLength() < 64) return F.numberNode(i.longValue());
    return F.numberNode(i);
  }
}
