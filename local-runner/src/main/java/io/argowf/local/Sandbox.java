package io.argowf.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Gives a process the exact paths its template declares, in a private mount namespace ({@code unshare -m}, as root
 * on Linux): the machine's root is overlaid with the node's own {@code root} folder as the writable layer (so every
 * write lands in the node's folder and nothing outside the run's folder changes), volumes are bind-mounted at their
 * mount paths, and the process runs chrooted there. Where that is not possible the runner rewrites paths instead
 * (see {@link PathRewriter}).
 */
final class Sandbox {
  private static volatile Boolean available;

  private Sandbox() {}

  /** Whether this machine allows it (tried once per JVM with a real overlay mount in {@code probeDir}). */
  static boolean available(Path probeDir) {
    if (available == null) {
      synchronized (Sandbox.class) {
        if (available == null) available = probe(probeDir);
      }
    }
    return available;
  }

  private static boolean probe(Path dir) {
    if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) return false;
    if (!Commands.exists("unshare") || !Commands.exists("chroot")) return false;
    try {
      Path p = Files.createDirectories(dir.resolve(".sandbox-probe"));
      NodeFolder f = new NodeFolder(p, "probe");
      List<String> argv = wrap(f, List.of("true"), "/");
      Process pr = new ProcessBuilder(argv).redirectErrorStream(true).start();
      pr.getInputStream().readAllBytes();
      boolean ok = pr.waitFor(20, TimeUnit.SECONDS) && pr.exitValue() == 0;
      Files.walk(p).sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
      return ok;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The command line that runs {@code argv} in the node's namespace, in {@code workingDir}. */
  static List<String> wrap(NodeFolder f, List<String> argv, String workingDir) throws IOException {
    Path merged = Files.createDirectories(f.base.resolve("merged"));
    Path work = Files.createDirectories(f.base.resolve("overlay-work"));
    StringBuilder s = new StringBuilder("set -e\n");
    s.append("mount -t overlay overlay -o lowerdir=/,upperdir=").append(q(f.root)).append(",workdir=")
        .append(q(work)).append(' ').append(q(merged)).append('\n');
    for (String d : List.of("proc", "dev", "sys")) {
      s.append("mount --rbind /").append(d).append(' ').append(q(merged.resolve(d))).append(" 2>/dev/null || true\n");
    }
    for (NodeFolder.Mount m : f.mounts) {
      Path target = merged.resolve(m.containerPath().substring(1));
      s.append("mkdir -p ").append(q(target)).append(" && mount --bind ").append(q(m.hostPath())).append(' ')
          .append(q(target)).append('\n');
    }
    s.append("exec chroot ").append(q(merged))
        .append(" /bin/sh -c 'mkdir -p \"$0\" && cd \"$0\" && exec \"$@\"' ").append(shellQuote(workingDir))
        .append(" \"$@\"\n");
    List<String> out = new ArrayList<>(List.of("unshare", "-m", "--propagation", "private", "--", "/bin/sh", "-c",
        s.toString(), "argowf-sandbox"));
    out.addAll(argv);
    return out;
  }

  private static String q(Path p) {
    return shellQuote(p.toAbsolutePath().toString());
  }

  static String shellQuote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
