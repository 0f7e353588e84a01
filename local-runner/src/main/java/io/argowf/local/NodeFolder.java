package io.argowf.local;

import io.argowf.model.k8s.VolumeMount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A leaf node's files on this machine: {@code <run>/nodes/<node id>/root} holds everything the container writes
 * outside its volumes (so {@code /tmp/out.txt} is {@code root/tmp/out.txt}); a volume mount maps its
 * {@code mountPath} to the volume's folder ({@code <run>/volumes/<claim>} for persistent volumes, the node's own
 * {@code volumes/<name>} for {@code emptyDir}, ConfigMaps and Secrets). A node's other containers (init containers,
 * sidecars, a container set's containers but {@code main}) have their own {@code containers/<name>/root}, as each
 * container of a pod has its own file system; they share the node's volumes.
 */
final class NodeFolder {
  /** A volume mounted at a container path. */
  record Mount(String containerPath, Path hostPath) {}

  final Path dir;
  /** The folder of this container's own files: {@code dir} for the main container. */
  final Path base;
  final Path root;
  final List<Mount> mounts = new ArrayList<>();

  NodeFolder(Path runFolder, String nodeId) throws IOException {
    this(runFolder.resolve("nodes").resolve(nodeId), null, true);
  }

  private NodeFolder(Path dir, String container, boolean create) throws IOException {
    this.dir = dir;
    this.base = container == null ? dir : dir.resolve("containers").resolve(container);
    this.root = base.resolve("root");
    if (create) Files.createDirectories(root);
  }

  /** The folder of another container of the same node (its own root, no volumes mounted yet). */
  NodeFolder container(String name) throws IOException {
    return new NodeFolder(dir, name, true);
  }

  void mount(VolumeMount m, Path volume) throws IOException {
    Path host = m.subPath() == null || m.subPath().isEmpty() ? volume : volume.resolve(m.subPath());
    Files.createDirectories(host);
    mounts.add(new Mount(trimSlash(m.mountPath()), host));
    mounts.sort(Comparator.comparingInt((Mount x) -> x.containerPath().length()).reversed());
  }

  /** The host path of a container path (relative paths are relative to {@code workingDir}, default {@code /}). */
  Path map(String containerPath, String workingDir) {
    String abs = containerPath.startsWith("/") ? containerPath
        : trimSlash(workingDir == null || workingDir.isEmpty() ? "/" : workingDir) + "/" + containerPath;
    abs = Path.of(abs).normalize().toString();
    for (Mount m : mounts) {
      if (abs.equals(m.containerPath()) || abs.startsWith(m.containerPath() + "/")) {
        return safe(m.hostPath(), abs.substring(m.containerPath().length()));
      }
    }
    return safe(root, abs);
  }

  /**
   * Where to read a container path after the process ended: its place in the node's folder, or, when the process
   * did not write it and it is not in a volume, the machine's own file (what the container saw through the overlay).
   */
  Path read(String containerPath, String workingDir) {
    Path p = map(containerPath, workingDir);
    if (java.nio.file.Files.exists(p) || !p.startsWith(root) || !containerPath.startsWith("/")) return p;
    Path host = Path.of(containerPath);
    return java.nio.file.Files.exists(host) ? host : p;
  }

  private static Path safe(Path base, String rest) {
    String r = rest.startsWith("/") ? rest.substring(1) : rest;
    Path p = r.isEmpty() ? base : base.resolve(r).normalize();
    if (!p.startsWith(base)) throw new IllegalArgumentException("path " + rest + " leaves the node's folder");
    return p;
  }

  private static String trimSlash(String p) {
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
