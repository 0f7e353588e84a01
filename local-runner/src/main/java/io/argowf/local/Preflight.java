package io.argowf.local;

import io.argowf.model.k8s.EnvVar;
import io.argowf.model.k8s.Volume;
import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.ContainerNode;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.UserContainer;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is checked before anything runs: every feature the runner cannot honour is refused with the field's path and
 * why, and every container or script must have a way to run here (a stand-in, or its command on this machine).
 */
final class Preflight {
  private final Catalog catalog;
  private final RunSettings settings;
  private final List<String> problems = new ArrayList<>();

  private Preflight(Catalog catalog, RunSettings settings) {
    this.catalog = catalog;
    this.settings = settings;
  }

  static void check(Workflow wf, WorkflowSpec spec, Catalog catalog, Catalog.Scope local, RunSettings settings) {
    Preflight p = new Preflight(catalog, settings);
    if (spec.entrypoint() == null || !local.templates().containsKey(spec.entrypoint())) {
      p.problems.add("spec.entrypoint: " + (spec.entrypoint() == null ? "not set" : "template '" + spec.entrypoint()
          + "' is not in spec.templates"));
    }
    p.volumes("spec.volumes", spec.volumes());
    if (spec.arguments() != null) p.parameters("spec.arguments.parameters", spec.arguments().parameters());
    List<Template> ts = spec.templates() == null ? List.of() : spec.templates();
    for (int i = 0; i < ts.size(); i++) p.template("spec.templates[" + i + "]", ts.get(i));
    if (!p.problems.isEmpty()) throw new LocalRunException(p.problems);
  }

  private void template(String path, Template t) {
    if (t.data() != null) data(path + ".data", t.data());
    if (t.plugin() != null && (t.name() == null || !settings.byTemplate().containsKey(t.name()))) {
      problems.add(path + ".plugin: executor plugins are servers of a cluster and do not run locally: register a "
          + "stand-in with LocalRunner.builder().standIn(\"" + t.name() + "\", ...)");
    }
    if (Boolean.TRUE.equals(t.daemon())) {
      refuse(path + ".sidecars", empty(t.sidecars()), "sidecars of a daemon template are not run by the local runner");
    }
    volumes(path + ".volumes", t.volumes());
    if (t.inputs() != null) parameters(path + ".inputs.parameters", t.inputs().parameters());
    artifacts(path + ".inputs.artifacts", t.inputs() == null ? null : t.inputs().artifacts());
    synchronization(path + ".synchronization", t);
    if (t.container() != null || t.script() != null) leaf(path, t, t, true);
    others(path, t);
  }

  /** Init containers, sidecars and a container set's containers must be runnable as a main container is. */
  private void others(String path, Template t) {
    List<UserContainer> inits = t.initContainers() == null ? List.of() : t.initContainers();
    for (int i = 0; i < inits.size(); i++) {
      leaf(path + ".initContainers[" + i + "]", t, PodContainers.of(t, inits.get(i)), false);
    }
    List<UserContainer> sides = t.sidecars() == null ? List.of() : t.sidecars();
    for (int i = 0; i < sides.size(); i++) leaf(path + ".sidecars[" + i + "]", t, PodContainers.of(t, sides.get(i)), false);
    if (t.containerSet() == null || t.containerSet().containers() == null) return;
    List<ContainerNode> cs = t.containerSet().containers();
    Set<String> names = new HashSet<>();
    cs.forEach(c -> names.add(c.name()));
    for (int i = 0; i < cs.size(); i++) {
      String p = path + ".containerSet.containers[" + i + "]";
      for (String d : cs.get(i).dependencies() == null ? List.<String>of() : cs.get(i).dependencies()) {
        if (!names.contains(d)) problems.add(p + ".dependencies: no container named '" + d + "' in this set");
      }
      leaf(p, t, PodContainers.of(t, cs.get(i)), "main".equals(cs.get(i).name()));
    }
  }

  private static Object empty(List<?> l) {
    return l == null || l.isEmpty() ? null : l;
  }

  private void refuse(String path, Object value, String why) {
    if (value != null) problems.add(path + ": " + why);
  }

  private void volumes(String path, List<Volume> volumes) {
    if (volumes == null) return;
    for (int i = 0; i < volumes.size(); i++) {
      Volume v = volumes.get(i);
      String p = path + "[" + i + "]";
      if (v.emptyDir() != null || v.persistentVolumeClaim() != null) continue;
      if (v.configMap() != null) {
        if (!catalog.hasConfigMap(v.configMap().name())) problems.add(p + ".configMap: ConfigMap " + v.configMap()
            .name() + " was not given to the runner (pass it with the workflow)");
        continue;
      }
      if (v.secret() != null) {
        if (!catalog.hasSecret(v.secret().secretName())) problems.add(p + ".secret: Secret " + v.secret()
            .secretName() + " was not given to the runner (pass it with the workflow)");
        continue;
      }
      problems.add(p + ": only emptyDir, persistentVolumeClaim, configMap and secret volumes run locally");
    }
  }

  private void parameters(String path, List<io.argowf.model.workflow.Parameter> params) {
    if (params == null) return;
    for (int i = 0; i < params.size(); i++) {
      var p = params.get(i);
      if (p.value() != null || p.valueFrom() == null || p.valueFrom().configMapKeyRef() == null) continue;
      var ref = p.valueFrom().configMapKeyRef();
      if (catalog.configMapValue(ref.name(), ref.key()) == null && p.valueFrom().defaultValue() == null) {
        problems.add(path + "[" + i + "].valueFrom.configMapKeyRef: ConfigMap " + ref.name() + " (key " + ref.key()
            + ") was not given to the runner (pass it with the workflow)");
      }
    }
  }

  private void artifacts(String path, List<Artifact> artifacts) {
    if (artifacts == null) return;
    for (int i = 0; i < artifacts.size(); i++) {
      if (artifacts.get(i).git() != null && !Commands.exists("git")) {
        problems.add(path + "[" + i + "].git: git artifacts are fetched with the git command, which is not on this "
            + "machine");
      }
    }
  }

  private void data(String path, io.argowf.model.workflow.Data d) {
    var paths = d.source() == null ? null : d.source().artifactPaths();
    if (paths == null) {
      problems.add(path + ".source.artifactPaths: a data template needs a source; artifactPaths is the one Argo has");
    } else if (paths.s3() == null && paths.gcs() == null && paths.oss() == null && paths.azure() == null
        && paths.hdfs() == null && paths.artifactory() == null) {
      problems.add(path + ".source.artifactPaths: lists the keys of a repository artifact (s3, gcs, oss, azure, hdfs "
          + "or artifactory), which this one is not");
    }
  }

  @SuppressWarnings("deprecation")
  private void synchronization(String path, Template t) {
    if (t.synchronization() == null) return;
    var s = t.synchronization();
    List<io.argowf.model.workflow.SemaphoreRef> sems = new ArrayList<>();
    if (s.semaphore() != null) sems.add(s.semaphore());
    if (s.semaphores() != null) sems.addAll(s.semaphores());
    for (var sem : sems) {
      var ref = sem.configMapKeyRef();
      if (ref == null) {
        problems.add(path + ": only ConfigMap semaphores run locally (database semaphores need a database)");
      } else if (catalog.configMapValue(ref.name(), ref.key()) == null) {
        problems.add(path + ": the semaphore's size is key " + ref.key() + " of ConfigMap " + ref.name()
            + ", which was not given to the runner (pass the ConfigMap with the workflow)");
      }
    }
  }

  private void leaf(String path, Template owner, Template t, boolean main) {
    List<EnvVar> env = t.container() != null ? t.container().env() : t.script().env();
    if (env != null) {
      String at = owner != t ? path : path + (t.container() != null ? ".container" : ".script");
      for (int i = 0; i < env.size(); i++) secretRef(at + ".env[" + i + "]", env.get(i));
    }
    List<String> argv = Prepared.commandLine(t);
    if (!argv.isEmpty() && argv.get(0).contains("{{")) return;
    Leaf leaf = new Leaf(t.name() == null ? path : t.name(), t, argv, Map.of(), Map.of(), Map.of(), null, null, null);
    if (Choice.of(settings, leaf, main).runnable()) return;
    String image = leaf.image();
    String what = argv.isEmpty() ? "has no command (it runs its image's entrypoint)"
        : "runs '" + argv.get(0) + "', which is not on this machine";
    problems.add(path + " (template " + owner.name() + ", image " + image + ") " + what
        + ": register a stand-in with " + (main ? "LocalRunner.builder().standIn(\"" + owner.name() + "\", ...) or "
        : "LocalRunner.builder()") + ".standInForImage(\""
        + Choice.untagged(image == null ? "" : image) + "\", ...)"
        + (argv.isEmpty() ? "" : " or .standInForCommand(\"" + Commands.name(argv.get(0)) + "\", ...)"));
  }

  private void secretRef(String path, EnvVar v) {
    if (v.valueFrom() == null) return;
    var s = v.valueFrom().secretKeyRef();
    if (s != null && catalog.secretValue(s.name(), s.key()) == null && !Boolean.TRUE.equals(s.optional())) {
      problems.add(path + ".valueFrom.secretKeyRef: Secret " + s.name() + " (key " + s.key()
          + ") was not given to the runner (pass it with the workflow)");
    }
    var c = v.valueFrom().configMapKeyRef();
    if (c != null && catalog.configMapValue(c.name(), c.key()) == null && !Boolean.TRUE.equals(c.optional())) {
      problems.add(path + ".valueFrom.configMapKeyRef: ConfigMap " + c.name() + " (key " + c.key()
          + ") was not given to the runner (pass it with the workflow)");
    }
  }
}
