package io.argowf.dsl.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Appending to the model's nullable lists and maps (absent = null). */
public final class Lists {
  private Lists() {}

  /**
   * A copy of a list with more elements.
   *
   * @param list the list, or null when absent
   * @param more what to append
   * @param <T> element type
   */
  @SafeVarargs
  public static <T> List<T> plus(List<T> list, T... more) {
    return plus(list, Arrays.asList(more));
  }

  /**
   * A copy of a list with more elements.
   *
   * @param list the list, or null when absent
   * @param more what to append
   * @param <T> element type
   */
  public static <T> List<T> plus(List<T> list, List<? extends T> more) {
    List<T> all = list == null ? new ArrayList<>() : new ArrayList<>(list);
    all.addAll(more);
    return all;
  }

  /**
   * A copy of a map with one more entry (insertion order kept).
   *
   * @param map the map, or null when absent
   * @param <V> value type
   * @return a new map
   */
  public static <V> Map<String, V> plus(Map<String, V> map, String key, V value) {
    Map<String, V> all = map == null ? new LinkedHashMap<>() : new LinkedHashMap<>(map);
    all.put(key, value);
    return all;
  }
}
