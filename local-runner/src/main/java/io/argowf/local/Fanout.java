package io.argowf.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.argowf.model.k8s.IntOrString;
import io.argowf.model.workflow.Item;
import io.argowf.model.workflow.Sequence;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Argo's loops: {@code withItems}, {@code withParam} (a JSON list) and {@code withSequence}. Each item gets the
 * {@code item} variables ({@code item}, and {@code item.KEY} for objects) and the name suffix Argo gives its node:
 * {@code (0:value)}, {@code (1:key1:v1,key2:v2)} for objects (keys sorted).
 */
final class Fanout {
  /** One item of a loop. */
  record Each(int index, String suffix, Map<String, String> vars) {}

  private Fanout() {}

  static List<Each> expand(Task t, String path) {
    List<JsonNode> values = new ArrayList<>();
    if (t.withItems() != null) {
      for (Item i : t.withItems()) values.add(i.value());
    } else if (t.withParam() != null) {
      JsonNode list = Json.tryTree(t.withParam());
      if (list == null || !list.isArray()) {
        throw new IllegalArgumentException("withParam value could not be parsed as a JSON list: "
            + t.withParam().strip());
      }
      list.forEach(values::add);
    } else {
      return sequence(t.withSequence(), path);
    }
    List<Each> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) out.add(each(i, values.get(i)));
    return out;
  }

  private static Each each(int i, JsonNode v) {
    Map<String, String> vars = new LinkedHashMap<>();
    String desc;
    if (v.isObject()) {
      TreeSet<String> parts = new TreeSet<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String text = scalar(e.getValue());
        vars.put("item." + e.getKey(), text);
        parts.add(e.getKey() + ":" + text);
      }
      vars.put("item", Json.text(v));
      desc = String.join(",", parts);
    } else if (v.isArray()) {
      vars.put("item", Json.text(v));
      desc = Json.text(v);
    } else {
      desc = scalar(v);
      vars.put("item", desc);
    }
    return new Each(i, "(" + i + ":" + desc + ")", vars);
  }

  private static String scalar(JsonNode v) {
    if (v.isTextual()) return v.textValue();
    if (v.isNull()) return "null";
    if (v.isContainerNode()) return Json.text(v);
    return v.asText();
  }

  private static List<Each> sequence(Sequence s, String path) {
    long start = s.start() == null ? 0 : number(s.start(), path + ".withSequence.start");
    long end;
    if (s.count() != null) {
      long count = number(s.count(), path + ".withSequence.count");
      if (count == 0) return List.of();
      end = start + count - 1;
    } else if (s.end() != null) {
      end = number(s.end(), path + ".withSequence.end");
    } else {
      throw new IllegalArgumentException(path + ".withSequence: either count or end must be set");
    }
    List<Each> out = new ArrayList<>();
    int i = 0;
    long step = end >= start ? 1 : -1;
    for (long n = start; step > 0 ? n <= end : n >= end; n += step) {
      String text = s.format() == null ? Long.toString(n) : GoFormat.format(s.format(), n);
      out.add(new Each(i, "(" + i + ":" + text + ")", Map.of("item", text)));
      i++;
    }
    return out;
  }

  private static long number(IntOrString v, String path) {
    if (v.isInt()) return v.longValue();
    try {
      return Long.parseLong(v.stringValue().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(path + ": expected a number, got '" + v.stringValue() + "'");
    }
  }
}
