package io.argowf.local.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kubernetes label and field selectors, matched in memory. Labels: {@code k=v}, {@code k==v}, {@code k!=v},
 * {@code k in (a,b)}, {@code k notin (a,b)}, {@code k}, {@code !k}, joined by commas. Fields: {@code metadata.name}
 * and {@code metadata.namespace} with {@code =}, {@code ==} or {@code !=}, as the API server offers for custom
 * resources; any other field is refused.
 */
final class Selectors {
  private static final Pattern SET_TERM = Pattern.compile("^([^\\s!=]+)\\s+(in|notin)\\s*\\((.*)\\)$");

  private Selectors() {}

  /** @param selector the label selector, or null/blank for every object */
  static Predicate<Map<String, String>> labels(String selector) {
    Predicate<Map<String, String>> all = labels -> true;
    if (selector == null || selector.isBlank()) {
      return all;
    }
    for (String term : split(selector)) {
      all = all.and(labelTerm(term.trim(), selector));
    }
    return all;
  }

  private static Predicate<Map<String, String>> labelTerm(String term, String selector) {
    Matcher set = SET_TERM.matcher(term);
    if (set.matches()) {
      String key = set.group(1);
      Set<String> values = Set.copyOf(List.of(set.group(3).replace(" ", "").split(",")));
      boolean in = set.group(2).equals("in");
      return labels -> labels.containsKey(key) ? values.contains(labels.get(key)) == in : !in;
    }
    int ne = term.indexOf("!=");
    if (ne > 0) {
      String key = term.substring(0, ne).trim();
      String value = term.substring(ne + 2).trim();
      return labels -> !value.equals(labels.get(key));
    }
    int eq = term.indexOf('=');
    if (eq > 0) {
      String key = term.substring(0, eq).trim();
      String value = term.substring(term.startsWith("==", eq) ? eq + 2 : eq + 1).trim();
      return labels -> value.equals(labels.get(key));
    }
    if (term.startsWith("!") && term.length() > 1) {
      String key = term.substring(1).trim();
      return labels -> !labels.containsKey(key);
    }
    if (!term.isEmpty() && term.chars().noneMatch(Character::isWhitespace)) {
      return labels -> labels.containsKey(term);
    }
    throw new IllegalArgumentException("label selector '" + selector + "': cannot read '" + term
        + "' (expected key=value, key!=value, key in (a,b), key notin (a,b), key or !key)");
  }

  /** Splits at commas outside parentheses. */
  private static List<String> split(String selector) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < selector.length(); i++) {
      char c = selector.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (c == ',' && depth == 0) {
        out.add(selector.substring(start, i));
        start = i + 1;
      }
    }
    out.add(selector.substring(start));
    return out;
  }

  /** @return a test of (name, namespace) for the field selectors (each may hold several comma-joined terms) */
  static BiPredicate<String, String> fields(List<String> selectors) {
    BiPredicate<String, String> all = (name, ns) -> true;
    for (String selector : selectors) {
      for (String term : selector.split(",")) {
        all = all.and(fieldTerm(term.trim(), selector));
      }
    }
    return all;
  }

  private static BiPredicate<String, String> fieldTerm(String term, String selector) {
    if (term.isEmpty()) {
      return (name, ns) -> true;
    }
    boolean negated = term.contains("!=");
    String[] parts = term.split(negated ? "!=" : "==?", 2);
    if (parts.length != 2) {
      throw new IllegalArgumentException("field selector '" + selector + "': cannot read '" + term + "'");
    }
    String field = parts[0].trim();
    String value = parts[1].trim();
    boolean byName = field.equals("metadata.name");
    if (!byName && !field.equals("metadata.namespace")) {
      throw new IllegalArgumentException("field selector '" + selector + "': the local backend selects on "
          + "metadata.name and metadata.namespace only, not " + field);
    }
    return (name, ns) -> value.equals(byName ? name : ns) != negated;
  }
}
