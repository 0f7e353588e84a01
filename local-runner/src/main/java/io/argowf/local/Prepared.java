package io.argowf.local;

import io.argowf.model.k8s.EnvVar;
import io.argowf.model.k8s.VolumeMount;
import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.Template;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A container or script leaf made ready to run: its folder with volumes mounted and input artifacts loaded, its
 * command line (wrapped in a mount namespace or with paths rewritten), environment and working folder.
 *
 * @param folder the node's folder
 * @param argv the command line to start (for a process)
 * @param plainArgv the command line as the template says it (what stand-ins see)
 * @param env the environment to add
 * @param cwd the host folder to start in
 * @param workingDir the container's working directory
 * @param template the substituted template
 * @param ctx the node
 * @param inputFiles input artifacts by name
 * @param shims the command stand-ins a process can call, or null
 * @param main whether this is the node's main container (the one a stand-in for the template's name replaces)
 * @param standIn the stand-in that runs it, or null for a local process (then {@code argv} is the command line to
 *     start; for a stand-in no process parts are made: no shims, no mount namespace, no rewriting)
 */
record Prepared(NodeFolder folder, List<String> argv, List<String> plainArgv, Map<String, String> env, Path cwd,
    String workingDir, Template template, Ctx ctx, Map<String, Path> inputFiles, Shims shims, boolean main,
    StandIn standIn) {
  static final String SCRIPT_PATH = "/argo/staging/script";

  static Prepared of(Engine engine, Ctx ctx) throws IOException {
    return of(engine, ctx, ctx.template(), new NodeFolder(engine.run.folder, ctx.node().id), true);
  }

  /**
   * One container of the node: {@code t} is the node's template with that container as its {@code container};
   * only the main container gets the input artifacts.
   */
  static Prepared of(Engine engine, Ctx ctx, Template t, NodeFolder f, boolean main) throws IOException {
    Volumes.mount(engine, t, f);
    String wd = workingDir(t);
    Map<String, Path> inputs = main ? loadInputs(engine, ctx, f, wd) : Map.of();
    List<String> plain = commandLine(t);
    if (t.script() != null) {
      Path script = f.map(SCRIPT_PATH, wd);
      Files.createDirectories(script.getParent());
      Files.writeString(script, t.script().source() == null ? "" : t.script().source(), StandardCharsets.UTF_8);
      script.toFile().setExecutable(true, false);
    }
    Map<String, String> env = Env.of(engine, ctx, t);
    Prepared asStandIn = new Prepared(f, plain, plain, env, f.root, wd, t, ctx, inputs, null, main, null);
    StandIn chosen = asStandIn.choose(engine.settings);
    if (chosen != null) return asStandIn.withStandIn(chosen);
    Shims shims = Shims.of(engine, ctx, f);
    if (shims != null) {
      shims.addTo(env);
      f.mounts.addAll(shims.mounts());
    }
    boolean exact = Isolation.REWRITE_PATHS != engine.settings.isolation() && Sandbox.available(engine.run.folder);
    List<String> argv = localCommand(plain, engine, ctx);
    Path cwd;
    if (exact) {
      argv = Sandbox.wrap(f, argv, wd);
      cwd = f.dir;
    } else {
      PathRewriter rw = new PathRewriter(declared(t), f, wd);
      argv = rw.rewrite(argv);
      env.replaceAll((k, v) -> rw.rewrite(v));
      if (t.script() != null) rewriteScript(f, wd, rw);
      cwd = f.map(wd, "/");
      Files.createDirectories(cwd);
    }
    return new Prepared(f, argv, plain, env, cwd, wd, t, ctx, inputs, shims, main, null);
  }

  private static String workingDir(Template t) {
    String wd = t.container() != null ? t.container().workingDir() : t.script() != null ? t.script().workingDir() : null;
    return wd == null || wd.isEmpty() ? "/" : wd;
  }

  static List<String> commandLine(Template t) {
    List<String> argv = new ArrayList<>();
    if (t.container() != null) {
      if (t.container().command() != null && !t.container().command().isEmpty()) {
        argv.addAll(t.container().command());
      } else {
        String entrypoint = Entrypoints.of(t.container().image());
        if (entrypoint != null) argv.add(entrypoint);
      }
      if (t.container().args() != null) argv.addAll(t.container().args());
    } else if (t.script() != null) {
      if (t.script().command() != null) argv.addAll(t.script().command());
      if (t.script().args() != null) argv.addAll(t.script().args());
      argv.add(SCRIPT_PATH);
    }
    return argv;
  }

  private static List<String> localCommand(List<String> plain, Engine engine, Ctx ctx) {
    List<String> argv = new ArrayList<>(plain);
    if (argv.isEmpty()) return argv;
    String local = Commands.local(argv.get(0));
    if (local != null && !local.equals(argv.get(0))) {
      engine.run.log(ctx.node(), "[argowf-local] '" + argv.get(0) + "' is not on this machine: running '" + local
          + "' instead");
      argv.set(0, local);
    }
    return argv;
  }

  private static void rewriteScript(NodeFolder f, String wd, PathRewriter rw) throws IOException {
    Path script = f.map(SCRIPT_PATH, wd);
    Files.writeString(script, rw.rewrite(Files.readString(script)));
  }

  private static Map<String, Path> loadInputs(Engine engine, Ctx ctx, NodeFolder f, String wd) throws IOException {
    Map<String, Path> out = new LinkedHashMap<>();
    Template t = ctx.template();
    if (t.inputs() == null || t.inputs().artifacts() == null) return out;
    for (Artifact declared : t.inputs().artifacts()) {
      Artifact source = ctx.inputs().artifacts().get(declared.name());
      if (source == null || declared.path() == null) continue;
      Path target = f.map(declared.path(), wd);
      engine.artifacts.load(source, target);
      out.put(declared.name(), target);
    }
    return out;
  }

  /** Every container path the template declares (for path rewriting). */
  static List<String> declared(Template t) {
    List<String> out = new ArrayList<>();
    if (t.inputs() != null && t.inputs().artifacts() != null) t.inputs().artifacts().forEach(a -> out.add(a.path()));
    if (t.outputs() != null && t.outputs().artifacts() != null) {
      t.outputs().artifacts().forEach(a -> out.add(a.path()));
    }
    if (t.outputs() != null && t.outputs().parameters() != null) {
      t.outputs().parameters().forEach(p -> out.add(p.valueFrom() == null ? null : p.valueFrom().path()));
    }
    for (VolumeMount m : Volumes.mountsOf(t)) out.add(m.mountPath());
    out.add(SCRIPT_PATH);
    String wd = workingDir(t);
    if (!"/".equals(wd)) out.add(wd);
    out.removeIf(p -> p == null);
    return out;
  }

  /** What runs this container: a stand-in (for the template's name only when it is the main container) or null. */
  private StandIn choose(RunSettings settings) {
    return Choice.of(settings, leafFor(null), main).standIn();
  }

  private Prepared withStandIn(StandIn s) {
    return new Prepared(folder, argv, plainArgv, env, cwd, workingDir, template, ctx, inputFiles, shims, main, s);
  }

  /** The leaf as stand-ins and executors see it. */
  Leaf leafFor(PrintStream out) {
    Map<String, String> envView = new LinkedHashMap<>();
    List<EnvVar> declaredEnv = template.container() != null ? template.container().env()
        : template.script() != null ? template.script().env() : null;
    if (declaredEnv != null) declaredEnv.forEach(e -> envView.put(e.name(), env.getOrDefault(e.name(), "")));
    return new Leaf(ctx.node().name, template, plainArgv, ctx.inputs().parameters(), inputFiles, envView,
        folder.map(workingDir, "/"), p -> folder.map(p, workingDir).toString(), out);
  }
}
