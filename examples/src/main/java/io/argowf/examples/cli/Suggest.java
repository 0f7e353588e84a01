package io.argowf.examples.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean ...": the known names closest to a misspelt one, by edit distance. */
final class Suggest {
  private Suggest() {}

  /**
   * Up to three candidates, closest first: those within a third of the name's length in edits, and those
   * whose start is within two edits of the name (a misspelt, shortened name).
   */
  static List<String> closest(String name, Collection<String> candidates) {
    int budget = Math.max(2, name.length() / 3);
    return candidates.stream()
        .filter(c -> distance(name, c) <= budget || distance(name, c.substring(0, Math.min(c.length(), name.length()))) <= 2)
        .sorted(Comparator.comparingInt((String c) -> distance(name, c)).thenComparing(c -> c))
        .limit(3)
        .toList();
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(substitute, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
