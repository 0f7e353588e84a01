package io.argowf.local;

import io.argowf.model.workflow.Arguments;
import io.argowf.model.workflow.LifecycleHook;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/** Starts runs: checks the workflow, makes its folder and threads, runs the entrypoint and the exit handler. */
final class Runs {
  private Runs() {}

  static RunState start(RunSettings settings, Workflow wf, Collection<?> given) {
    Catalog catalog = new Catalog(given);
    WorkflowSpec spec = Specs.effective(wf, catalog);
    catalog.templateDefaults(spec.templateDefaults());
    Catalog.Scope local = Catalog.local(spec);
    Preflight.check(wf, spec, catalog, local, settings);
    RunIdentity id = identity(wf, settings);
    Path folder = folder(settings, id);
    RunSettings s = settings.artifactFolder() == null ? settings.withArtifactFolder(folder.resolve("artifacts"))
        : settings;
    RunState run = new RunState(id, folder, wf, settings.listener());
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newCachedThreadPool(r -> thread(r, id.name() + "-" + n.incrementAndGet()));
    ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> thread(r, id.name() + "-timer"));
    Engine engine = new Engine(run, s, catalog, spec, pool, timers);
    engine.globals.parameters(parameters(spec, settings), catalog);
    Thread main = thread(() -> {
      try {
        new WorkflowRun(engine, local).run();
      } finally {
        pool.shutdownNow();
        timers.shutdownNow();
      }
    }, id.name() + "-main");
    main.start();
    return run;
  }

  private static List<Parameter> parameters(WorkflowSpec spec, RunSettings settings) {
    List<Parameter> out = new ArrayList<>();
    Arguments args = spec.arguments();
    if (args != null && args.parameters() != null) {
      for (Parameter p : args.parameters()) {
        String v = settings.parameters().get(p.name());
        out.add(v == null ? p : Parameter.builder().from(p).value(v).valueFrom(null).build());
      }
    }
    for (var e : settings.parameters().entrySet()) {
      if (out.stream().noneMatch(p -> p.name().equals(e.getKey()))) {
        out.add(Parameter.builder().name(e.getKey()).value(e.getValue()).build());
      }
    }
    return out;
  }

  private static RunIdentity identity(Workflow wf, RunSettings s) {
    var meta = wf.metadata();
    String name = meta == null ? null : meta.name();
    if (name == null || name.isEmpty()) {
      String prefix = meta == null || meta.generateName() == null ? "local-" : meta.generateName();
      name = s.name() != null ? s.name() : prefix + RunNames.random();
    }
    String ns = meta == null || meta.namespace() == null ? "argo" : meta.namespace();
    return new RunIdentity(name, ns, UUID.randomUUID().toString(), Instant.now());
  }

  private static Path folder(RunSettings s, RunIdentity id) {
    try {
      Path base = s.folder() != null ? s.folder() : Files.createTempDirectory("argowf-local-");
      Path f = base.resolve(id.name());
      for (int i = 2; Files.exists(f); i++) f = base.resolve(id.name() + "-" + i);
      return Files.createDirectories(f).toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the run's folder: " + e.getMessage(), e);
    }
  }

  private static Thread thread(Runnable r, String name) {
    Thread t = new Thread(r, "argowf-local-" + name);
    t.setDaemon(true);
    return t;
  }

  static LifecycleHook exitHook(WorkflowSpec spec) {
    if (spec.hooks() != null && spec.hooks().get("exit") != null) return spec.hooks().get("exit");
    return spec.onExit() == null ? null : LifecycleHook.builder().template(spec.onExit()).build();
  }

  static Template entry(WorkflowSpec spec, Catalog.Scope local) {
    return local.templates().get(spec.entrypoint());
  }
}
