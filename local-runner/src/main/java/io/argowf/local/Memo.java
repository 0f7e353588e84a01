package io.argowf.local;

import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.Memoize;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Argo's {@code memoize}, kept in memory by the runner (so across the runs one {@link LocalRunner} makes) instead of a
 * ConfigMap: a node whose key was stored less than {@code maxAge} ago takes the stored outputs without running.
 */
final class Memo {
  record Key(String cache, String key) {
    static Key of(Memoize m) {
      String cache = m.cache() != null && m.cache().configMap() != null ? m.cache().configMap().name() : "";
      return new Key(cache, m.key() == null ? "" : m.key());
    }
  }

  private record Entry(Instant at, Map<String, String> parameters, List<Artifact> artifacts, String result,
      String exitCode) {}

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

  Outcome lookup(Key key, String maxAge, NodeState node, RunState run) {
    Entry e = entries.get(key);
    boolean fresh = e != null && (maxAge == null || maxAge.isBlank()
        || Duration.between(e.at, Instant.now()).compareTo(Durations.parse(maxAge)) <= 0);
    run.locked(() -> {
      node.memoKey = key;
      node.memoHit = fresh;
      if (fresh) {
        node.outputParameters.putAll(e.parameters);
        node.outputArtifacts.addAll(e.artifacts);
        node.result = e.result;
        node.exitCode = e.exitCode;
        node.hasOutputs = true;
      }
      return null;
    });
    return fresh ? Outcome.ok() : null;
  }

  void store(Key key, NodeState node, RunState run) {
    run.locked(() -> entries.put(key, new Entry(Instant.now(), new LinkedHashMap<>(node.outputParameters),
        new ArrayList<>(node.outputArtifacts), node.result, node.exitCode)));
  }
}
