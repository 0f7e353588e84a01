package io.argowf.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Command stand-ins reachable from inside a process: for every command with a stand-in (registered with
 * {@code standInForCommand}, or built in and not installed here), the run's {@code shims} folder, first on every
 * process's {@code PATH}, holds a small shell script of that name. When a shell the node runs calls it
 * ({@code sh -c "cowsay hi | tee /mnt/out.txt"}), the script hands its arguments to the runner through the node's
 * {@code shim} folder, the runner runs the stand-in, and the script prints what it printed and exits with its code.
 */
final class Shims {
  private static final long SAFETY_POLL_MILLIS = 1000;
  private final Engine engine;
  private final Ctx ctx;
  private final NodeFolder folder;
  private final Path bin;
  private final Path spool;

  private Shims(Engine engine, Ctx ctx, NodeFolder folder, Path bin) {
    this.engine = engine;
    this.ctx = ctx;
    this.folder = folder;
    this.bin = bin;
    this.spool = folder.dir.resolve("shim");
  }

  /**
   * The shims a process leaf needs, or null when no command has a stand-in. The scripts are written once per run
   * (its {@code shims} folder); each node has its own spool, named by {@code ARGOWF_SHIM_SPOOL}.
   */
  static Shims of(Engine engine, Ctx ctx, NodeFolder folder) throws IOException {
    Path bin = engine.shimBin();
    if (bin == null) return null;
    Shims s = new Shims(engine, ctx, folder, bin);
    Files.createDirectories(s.spool);
    return s;
  }

  /** Writes the run's shim scripts into {@code bin}; false when no command has a stand-in. */
  static boolean write(RunSettings settings, Path bin) throws IOException {
    Set<String> commands = new TreeSet<>(settings.byCommand().keySet());
    for (String b : BuiltInStandIns.NAMES) if (!Commands.exists(b)) commands.add(b);
    if (commands.isEmpty()) return false;
    Files.createDirectories(bin);
    for (String c : commands) {
      Path p = bin.resolve(c);
      Files.writeString(p, script(c), StandardCharsets.UTF_8);
      p.toFile().setExecutable(true);
    }
    return true;
  }

  private static String script(String command) {
    return "#!/bin/sh\n"
        + "d=\"$ARGOWF_SHIM_SPOOL/$$.$(date +%s%N)\"\n"
        + "mkdir -p \"$d.tmp\"\n"
        + "for a in \"$@\"; do printf '%s\\0' \"$a\"; done > \"$d.tmp/args\"\n"
        + "pwd > \"$d.tmp/cwd\"\n"
        + "printf '%s' " + Sandbox.shellQuote(command) + " > \"$d.tmp/cmd\"\n"
        + "mv \"$d.tmp\" \"$d.req\"\n"
        + "while [ ! -f \"$d.req/rc\" ]; do sleep 0.01; done\n"
        + "cat \"$d.req/out\"\n"
        + "exit \"$(cat \"$d.req/rc\")\"\n";
  }

  /** The environment additions: the shims first on {@code PATH}, and this node's spool. */
  void addTo(Map<String, String> env) {
    String path = env.getOrDefault("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("PATH", bin + ":" + path);
    env.put("ARGOWF_SHIM_SPOOL", spool.toString());
  }

  /** The folders a mount namespace must show at their own paths. */
  List<NodeFolder.Mount> mounts() {
    return List.of(new NodeFolder.Mount(spool.toString(), spool));
  }

  /**
   * Serves the calls of a node's processes (they share the node's shims) until the returned action runs; null when
   * none of its containers is a process with shims.
   */
  static Runnable serveAny(Engine engine, List<Prepared> containers) throws IOException {
    Shims s = containers.stream().map(Prepared::shims).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    return s == null ? null : engine.shimServer().serve(s);
  }

  /** Answers every request waiting in this node's spool (one at a time per node). */
  private synchronized Object answerAll() throws IOException {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(spool, "*.req")) {
      for (Path req : ds) {
        if (!Files.exists(req.resolve("rc")) && !Files.exists(req.resolve(".taken"))) {
          Files.createFile(req.resolve(".taken"));
          answer(req);
        }
      }
    }
    return null;
  }

  /**
   * One watcher for every node's spool of a run: woken by the file system when a request appears (inotify on
   * Linux), it hands the node's requests to a pool thread, so a long process costs no CPU while it runs and nodes
   * are answered in parallel. A slow poll is the safety net.
   */
  static final class Server {
    private final Engine engine;
    private final WatchService watch;
    private final Map<WatchKey, Shims> active = new ConcurrentHashMap<>();

    Server(Engine engine) throws IOException {
      this.engine = engine;
      this.watch = FileSystems.getDefault().newWatchService();
      engine.async(this::loop);
    }

    private Object loop() throws Exception {
      try (watch) {
        while (!Thread.currentThread().isInterrupted()) {
          WatchKey key = watch.poll(SAFETY_POLL_MILLIS, TimeUnit.MILLISECONDS);
          if (key == null) {
            active.values().forEach(s -> engine.async(s::answerAll));
            continue;
          }
          key.pollEvents();
          Shims s = active.get(key);
          if (s != null) engine.async(s::answerAll);
          key.reset();
        }
      }
      return null;
    }

    /** Watches a node's spool; the returned action stops it. */
    Runnable serve(Shims s) throws IOException {
      WatchKey key = s.spool.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
      active.put(key, s);
      engine.async(s::answerAll);
      return () -> {
        active.remove(key);
        key.cancel();
      };
    }
  }

  private void answer(Path req) throws IOException {
    String cmd = Files.readString(req.resolve("cmd"));
    List<String> argv = new ArrayList<>();
    argv.add(cmd);
    for (String a : Files.readString(req.resolve("args")).split("\0", -1)) argv.add(a);
    argv.remove(argv.size() - 1);
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int rc;
    try (PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
      StandIn s = engine.settings.byCommand().get(cmd);
      if (s == null) s = BuiltInStandIns.forCommand(cmd);
      rc = run(s, argv, out);
    }
    Files.write(req.resolve("out"), buf.toByteArray());
    Path tmp = req.resolve("rc.tmp");
    Files.writeString(tmp, Integer.toString(rc));
    Files.move(tmp, req.resolve("rc"), StandardCopyOption.ATOMIC_MOVE);
  }

  private int run(StandIn s, List<String> argv, PrintStream out) {
    Leaf leaf = new Leaf(ctx.node().name, ctx.template(), argv, ctx.inputs().parameters(), Map.of(), Map.of(),
        folder.root, p -> folder.map(p, "/").toString(), out);
    try {
      return s.run(leaf).exitCode();
    } catch (Exception e) {
      out.println(argv.get(0) + ": " + e.getMessage());
      return 1;
    }
  }
}
