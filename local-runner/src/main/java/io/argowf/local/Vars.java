package io.argowf.local;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables a {@code {{...}}} tag can name in one scope, by their full dotted name
 * ({@code inputs.parameters.message}, {@code steps.flip-coin.outputs.result}, {@code item}); values are text.
 * Immutable once handed to a substitution: {@link #with} makes a child scope.
 */
final class Vars {
  private final Vars parent;
  private final Map<String, String> own;

  private Vars(Vars parent, Map<String, String> own) {
    this.parent = parent;
    this.own = own;
  }

  static Vars of(Map<String, String> values) {
    return new Vars(null, new LinkedHashMap<>(values));
  }

  static Vars empty() {
    return of(Map.of());
  }

  /** A child scope that adds (or hides) the given values. */
  Vars with(Map<String, String> values) {
    return new Vars(this, new LinkedHashMap<>(values));
  }

  /**
   * A child scope reading a map its owner keeps adding to (no copy): what a scope of finished steps or tasks
   * shows its next ones. The map must be safe to read while it grows.
   */
  Vars over(Map<String, String> live) {
    return new Vars(this, live);
  }

  Vars with(String name, String value) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(name, value);
    return with(m);
  }

  /** The value, or null when the scope has no such variable. */
  String get(String name) {
    for (Vars v = this; v != null; v = v.parent) {
      if (v.own.containsKey(name)) return v.own.get(name);
    }
    return null;
  }

  boolean has(String name) {
    for (Vars v = this; v != null; v = v.parent) {
      if (v.own.containsKey(name)) return true;
    }
    return false;
  }

  /** Every variable, inner scopes winning, in a stable order. */
  Map<String, String> flatten() {
    Map<String, String> all = parent == null ? new LinkedHashMap<>() : parent.flatten();
    all.putAll(own);
    return all;
  }
}
