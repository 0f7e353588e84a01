package io.argowf.local;

import io.argowf.model.k8s.KeyToPath;
import io.argowf.model.k8s.Volume;
import io.argowf.model.k8s.VolumeMount;
import io.argowf.model.workflow.Template;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Volumes as folders: a persistent volume claim (from {@code volumeClaimTemplates} or by {@code claimName}) is one
 * folder per run, shared by every node that mounts it; {@code emptyDir} is the node's own; ConfigMap and Secret
 * volumes are the node's own, filled with the object's keys (the object given to the runner).
 */
final class Volumes {
  private Volumes() {}

  static List<VolumeMount> mountsOf(Template t) {
    List<VolumeMount> out = new ArrayList<>();
    if (t.container() != null && t.container().volumeMounts() != null) out.addAll(t.container().volumeMounts());
    if (t.script() != null && t.script().volumeMounts() != null) out.addAll(t.script().volumeMounts());
    return out;
  }

  static void mount(Engine engine, Template t, NodeFolder f) throws IOException {
    Map<String, Volume> byName = new LinkedHashMap<>();
    if (engine.spec.volumes() != null) engine.spec.volumes().forEach(v -> byName.put(v.name(), v));
    if (t.volumes() != null) t.volumes().forEach(v -> byName.put(v.name(), v));
    for (VolumeMount m : mountsOf(t)) {
      f.mount(m, folder(engine, f, m.name(), byName.get(m.name())));
    }
  }

  private static Path folder(Engine engine, NodeFolder f, String name, Volume v) throws IOException {
    Path shared = engine.run.folder.resolve("volumes");
    if (v == null) return Files.createDirectories(shared.resolve(name));
    if (v.persistentVolumeClaim() != null) {
      return Files.createDirectories(shared.resolve(v.persistentVolumeClaim().claimName()));
    }
    Path own = Files.createDirectories(f.dir.resolve("volumes").resolve(name));
    if (v.configMap() != null) fill(own, keys(engine, v.configMap().name(), true), v.configMap().items());
    if (v.secret() != null) fill(own, keys(engine, v.secret().secretName(), false), v.secret().items());
    return own;
  }

  private static Map<String, String> keys(Engine engine, String name, boolean configMap) {
    return configMap ? engine.catalog.configMapData(name) : engine.catalog.secretData(name);
  }

  private static void fill(Path dir, Map<String, String> data, List<KeyToPath> items) throws IOException {
    if (items == null || items.isEmpty()) {
      for (var e : data.entrySet()) Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      return;
    }
    for (KeyToPath k : items) {
      Path p = dir.resolve(k.path() == null ? k.key() : k.path());
      Files.createDirectories(p.getParent());
      Files.writeString(p, data.getOrDefault(k.key(), ""), StandardCharsets.UTF_8);
    }
  }
}
