package io.argowf.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Differences between two documents as Kubernetes and Argo read them: key order is irrelevant, a null
 * value equals an absent key, numbers compare by value, and a number or boolean equals a string of the
 * same text (how Argo reads numbers in its string fields).
 */
public final class TreeDiff {
  private final List<String> differences = new ArrayList<>();

  private TreeDiff() {}

  /**
   * The differences, each as {@code path: expected X, got Y}.
   *
   * @param expected the reference document
   * @param actual the document to check
   * @return empty when equivalent
   */
  public static List<String> of(JsonNode expected, JsonNode actual) {
    TreeDiff d = new TreeDiff();
    d.compare("", expected, actual);
    return d.differences;
  }

  private void compare(String path, JsonNode a, JsonNode b) {
    boolean aAbsent = a == null || a.isNull() || a.isMissingNode();
    boolean bAbsent = b == null || b.isNull() || b.isMissingNode();
    if (aAbsent || bAbsent) {
      if (aAbsent != bAbsent) report(path, a, b);
      return;
    }
    if (a.isObject() && b.isObject()) {
      Set<String> keys = new LinkedHashSet<>();
      a.fieldNames().forEachRemaining(keys::add);
      b.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) compare(path.isEmpty() ? k : path + "." + k, a.get(k), b.get(k));
    } else if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        differences.add(label(path) + "expected " + a.size() + " items, got " + b.size());
      }
      Iterator<JsonNode> x = a.elements();
      Iterator<JsonNode> y = b.elements();
      for (int i = 0; x.hasNext() && y.hasNext(); i++) compare(path + "[" + i + "]", x.next(), y.next());
    } else if (!sameScalar(a, b)) {
      report(path, a, b);
    }
  }

  private static boolean sameScalar(JsonNode a, JsonNode b) {
    if (a.isContainerNode() || b.isContainerNode()) return false;
    if (a.isNumber() && b.isNumber()) return a.decimalValue().compareTo(b.decimalValue()) == 0;
    if (a.isTextual() && b.isTextual()) return a.textValue().equals(b.textValue());
    if (a.isBoolean() && b.isBoolean()) return a.booleanValue() == b.booleanValue();
    JsonNode text = a.isTextual() ? a : b.isTextual() ? b : null;
    JsonNode other = text == a ? b : a;
    if (text == null) return false;
    if (other.isBoolean()) return text.textValue().equals(other.asText());
    if (other.isNumber()) {
      try {
        return new java.math.BigDecimal(text.textValue()).compareTo(other.decimalValue()) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return false;
  }

  private void report(String path, JsonNode a, JsonNode b) {
    differences.add(label(path) + "expected " + Binder.describe(a) + ", got " + Binder.describe(b));
  }

  private static String label(String path) {
    return path.isEmpty() ? "" : path + ": ";
  }
}
