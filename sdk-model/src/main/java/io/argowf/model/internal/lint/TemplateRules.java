package io.argowf.model.internal.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.argowf.model.ArgoVersion;
import io.argowf.model.k8s.Container;
import io.argowf.model.k8s.IntOrString;
import io.argowf.model.k8s.Volume;
import io.argowf.model.k8s.VolumeMount;
import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.ContainerNode;
import io.argowf.model.workflow.ContainerSetTemplate;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.ResourceTemplate;
import io.argowf.model.workflow.ScriptTemplate;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.UserContainer;
import io.argowf.model.workflow.ValueFrom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shape of one template: its type, inputs, outputs, containers, resource, and leaf-only fields. */
final class TemplateRules {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> ACTIONS = Set.of("get", "create", "apply", "delete", "replace", "patch");
  private static final Set<String> MERGE_STRATEGIES = Set.of("strategic", "merge", "json");
  /** The pod's containers Argo names itself; its validator refuses a sidecar or init container of the same name. */
  private static final Set<String> ARGO_CONTAINERS = Set.of("main", "wait", "init");

  private final Problems out;
  private final Template defaults;
  private final Set<String> volumes;
  private final boolean v35;

  /**
   * @param defaults the workflow's templateDefaults, or null
   * @param volumes the volume names the workflow declares, or null when mounts cannot be checked here
   * @param version the Argo version, whose reserved container names apply
   */
  TemplateRules(Problems out, Template defaults, Set<String> volumes, ArgoVersion version) {
    this.out = out;
    this.defaults = defaults;
    this.volumes = volumes;
    this.v35 = version == ArgoVersion.V3_5;
  }

  void check(Template t, String path) {
    type(t, path);
    inputs(t, path);
    outputs(t, path);
    leafOnly(t, path);
    if (t.container() != null) container(t, path);
    if (t.script() != null) script(t, path);
    if (t.containerSet() != null) containerSet(t, t.containerSet(), path + ".containerSet");
    if (t.resource() != null) resource(t, t.resource(), path + ".resource");
    if (t.plugin() != null && t.plugin().size() != 1) {
      out.error(path + ".plugin", "a plugin template names exactly one plugin; this one names " + t.plugin().size());
    }
    if (t.http() != null && t.http().body() != null && t.http().bodyFrom() != null) {
      out.error(path + ".http", "http sets both body and bodyFrom; keep one");
    }
    if (t.suspend() != null) CommonRules.duration(t.suspend().duration(), path + ".suspend.duration", out);
    if (t.podResources() != null && (t.http() != null || t.plugin() != null)) {
      out.error(path + ".podResources", Callee.type(t) + " templates run in the agent pod, not a pod of their own, so podResources does not apply; remove it");
    }
    CommonRules.podResources(t.podResources(), path + ".podResources", out);
    CommonRules.retry(t.retryStrategy(), path + ".retryStrategy", out);
    CommonRules.memoize(t.memoize(), path + ".memoize", out);
    CommonRules.metrics(t.metrics(), path + ".metrics", out);
    CommonRules.synchronization(t.synchronization(), path + ".synchronization", out);
    userContainers(t.initContainers(), path + ".initContainers", t);
    userContainers(t.sidecars(), path + ".sidecars", t);
    volumeNames(t.volumes(), path + ".volumes", out);
  }

  private void type(Template t, String path) {
    List<String> types = new ArrayList<>();
    if (t.container() != null) types.add("container");
    if (t.containerSet() != null) types.add("containerSet");
    if (t.steps() != null) types.add("steps");
    if (t.script() != null) types.add("script");
    if (t.resource() != null) types.add("resource");
    if (t.dag() != null) types.add("dag");
    if (t.suspend() != null) types.add("suspend");
    if (t.data() != null) types.add("data");
    if (t.http() != null) types.add("http");
    if (t.plugin() != null) types.add("plugin");
    if (types.isEmpty()) {
      out.error(path, "template has no type; give it exactly one of container, script, containerSet, resource, steps, dag, suspend, data, http or plugin");
    } else if (types.size() > 1) {
      out.error(path, "template has several types (" + String.join(", ", types) + "); keep exactly one");
    }
  }

  private void inputs(Template t, String path) {
    if (t.inputs() == null) return;
    Set<String> seen = new HashSet<>();
    List<Parameter> params = Scope.nonNull(t.inputs().parameters());
    for (int i = 0; i < params.size(); i++) {
      ArgumentRules.paramName(params.get(i).name(), path + ".inputs.parameters[" + i + "]", "input parameter", seen, out);
    }
    seen.clear();
    List<Artifact> artifacts = Scope.nonNull(t.inputs().artifacts());
    boolean needsPath = t.container() != null || t.script() != null || t.containerSet() != null;
    for (int i = 0; i < artifacts.size(); i++) {
      Artifact a = artifacts.get(i);
      String at = path + ".inputs.artifacts[" + i + "]";
      if (!ArgumentRules.paramName(a.name(), at, "input artifact", seen, out)) continue;
      if (needsPath && (a.path() == null || a.path().isEmpty())) {
        out.error(at + ".path", "input artifact '" + a.name() + "' needs a path: where the " + Callee.type(t) + " finds it");
      }
      if (!Callee.isLeaf(t) && a.path() != null) {
        out.error(at + ".path", "only templates that run a container place artifacts at a path; remove path from this " + Callee.type(t) + " template's input");
      }
      if (a.from() != null) {
        out.error(at + ".from", "inputs cannot take from; pass the artifact from the step or task that calls this template (arguments.artifacts[].from)");
      }
    }
  }

  private void outputs(Template t, String path) {
    if (t.outputs() == null) return;
    Set<String> seen = new HashSet<>();
    List<Parameter> params = Scope.nonNull(t.outputs().parameters());
    String type = Callee.type(t);
    for (int i = 0; i < params.size(); i++) {
      Parameter p = params.get(i);
      String at = path + ".outputs.parameters[" + i + "]";
      if (!ArgumentRules.paramName(p.name(), at, "output parameter", seen, out)) continue;
      globalName(p.globalName(), at);
      ValueFrom vf = p.valueFrom();
      if (vf != null && p.value() != null) {
        out.error(at, "output parameter '" + p.name() + "' sets both value and valueFrom; keep one");
        continue;
      }
      if (p.value() != null) continue;
      if (vf == null) {
        out.error(at, "output parameter '" + p.name() + "' has neither value nor valueFrom; say where its value comes from");
        continue;
      }
      List<String> sources = new ArrayList<>();
      if (vf.path() != null) sources.add("path");
      if (vf.jqFilter() != null) sources.add("jqFilter");
      if (vf.jsonPath() != null) sources.add("jsonPath");
      if (vf.parameter() != null) sources.add("parameter");
      if (vf.expression() != null) sources.add("expression");
      if (vf.supplied() != null) sources.add("supplied");
      if (sources.isEmpty()) {
        out.error(at + ".valueFrom", "valueFrom names no source; use one of path, jqFilter, jsonPath, parameter, expression or supplied");
        continue;
      }
      if (sources.size() > 1) {
        out.error(at + ".valueFrom", "valueFrom names several sources (" + String.join(", ", sources) + "); keep exactly one");
        continue;
      }
      switch (type) {
        case "container", "script", "containerSet" -> {
          if (vf.path() == null) out.error(at + ".valueFrom", type + " templates read output parameters from a file; use valueFrom.path");
        }
        case "resource" -> {
          if (vf.jqFilter() == null && vf.jsonPath() == null) out.error(at + ".valueFrom", "resource templates read output parameters from the resource; use valueFrom.jsonPath or jqFilter");
        }
        case "steps", "dag" -> {
          if (vf.parameter() == null && vf.expression() == null) {
            out.error(at + ".valueFrom", type + " templates take output parameters from their " + (type.equals("dag") ? "tasks" : "steps")
                + "; use valueFrom.parameter: \"{{...}}\" or valueFrom.expression");
          }
        }
        default -> { }
      }
    }
    seen.clear();
    List<Artifact> artifacts = Scope.nonNull(t.outputs().artifacts());
    for (int i = 0; i < artifacts.size(); i++) {
      Artifact a = artifacts.get(i);
      String at = path + ".outputs.artifacts[" + i + "]";
      if (!ArgumentRules.paramName(a.name(), at, "output artifact", seen, out)) continue;
      globalName(a.globalName(), at);
      if (!Callee.isLeaf(t) && a.path() != null) {
        out.error(at + ".path", "only templates that run a container collect artifacts from a path; in a " + type + " template use from: \"{{...}}\"");
      } else if (Callee.isLeaf(t) && isEmpty(a.path())) {
        out.error(at + ".path", "output artifact '" + a.name() + "' needs a path: the file or directory the " + type + " template leaves it in");
      }
    }
  }

  private void globalName(String g, String at) {
    if (g == null || Tags.has(g)) return;
    String bad = Names.param(g);
    if (bad != null) out.error(at + ".globalName", "globalName '" + g + "' " + bad);
  }

  private void leafOnly(Template t, String path) {
    boolean leaf = Callee.isLeaf(t);
    if (t.parallelism() != null && leaf) {
      out.error(path + ".parallelism", "parallelism limits the children of steps and dag templates; a " + Callee.type(t) + " template has none, so remove it");
    }
    if (t.parallelism() != null && t.parallelism() < 0) out.error(path + ".parallelism", "parallelism must be 0 or more");
    if (t.timeout() != null) {
      if (!leaf) {
        out.error(path + ".timeout", "timeout applies to templates that run something; on a " + Callee.type(t) + " template use activeDeadlineSeconds on its children");
      } else if (!Tags.has(t.timeout()) && !Durations.isGo(t.timeout())) {
        out.error(path + ".timeout", "'" + t.timeout() + "' is not a duration; write it with a unit, e.g. 30s, 10m or 1h");
      }
    }
    IntOrString ads = t.activeDeadlineSeconds();
    if (ads != null) {
      if (!leaf && t.suspend() == null) {
        out.warn(path + ".activeDeadlineSeconds", "activeDeadlineSeconds limits the pods of templates that run something; set it on the " + Callee.type(t) + " template's children");
      } else if (ads.isInt() ? ads.longValue() <= 0 : !Tags.has(ads.stringValue()) && !(Durations.isWhole(ads.stringValue()) && Long.parseLong(ads.stringValue()) > 0)) {
        out.error(path + ".activeDeadlineSeconds", "activeDeadlineSeconds must be a whole number of seconds above 0 (or a {{...}} variable)");
      }
    }
  }

  private void container(Template t, String path) {
    Container c = t.container();
    if (isEmpty(c.image()) && (defaults == null || defaults.container() == null || isEmpty(defaults.container().image()))) {
      out.error(path + ".container.image", "container needs an image (or set spec.templateDefaults.container.image)");
    }
    mounts(t, c.volumeMounts(), path + ".container.volumeMounts", path);
  }

  private void script(Template t, String path) {
    ScriptTemplate s = t.script();
    if (isEmpty(s.image()) && (defaults == null || defaults.script() == null || isEmpty(defaults.script().image()))) {
      out.error(path + ".script.image", "script needs an image (or set spec.templateDefaults.script.image)");
    }
    mounts(t, s.volumeMounts(), path + ".script.volumeMounts", path);
  }

  /** Mounts name declared volumes and take distinct paths; with {@code templatePath}, input artifacts too. */
  private void mounts(Template t, List<VolumeMount> list, String path, String templatePath) {
    Map<String, String> taken = new HashMap<>();
    List<VolumeMount> mounts = Scope.nonNull(list);
    for (int i = 0; i < mounts.size(); i++) {
      VolumeMount m = mounts.get(i);
      String at = path + "[" + i + "]";
      if (m.mountPath() != null) {
        String before = taken.putIfAbsent(m.mountPath(), "volume mount '" + m.name() + "'");
        if (before != null) out.error(at + ".mountPath", "'" + m.mountPath() + "' is already taken by " + before + "; mount each path once");
      }
      if (m.name() != null && !Tags.has(m.name()) && volumes != null && !volumes.contains(m.name()) && !declaredIn(t, m.name())) {
        out.error(at + ".name", "no volume is named '" + m.name() + "'; declare it in spec.volumes, spec.volumeClaimTemplates or the template's volumes");
      }
    }
    if (templatePath == null || t.inputs() == null) return;
    List<Artifact> in = Scope.nonNull(t.inputs().artifacts());
    for (int i = 0; i < in.size(); i++) {
      Artifact a = in.get(i);
      if (a.path() == null) continue;
      String before = taken.putIfAbsent(a.path(), "input artifact '" + a.name() + "'");
      if (before != null) {
        out.error(templatePath + ".inputs.artifacts[" + i + "].path",
            "'" + a.path() + "' is already taken by " + before + "; load the artifact to another path");
      }
    }
  }

  private static boolean declaredIn(Template t, String volume) {
    for (Volume v : Scope.nonNull(t.volumes())) {
      if (volume.equals(v.name())) return true;
    }
    return false;
  }

  private void containerSet(Template t, ContainerSetTemplate cs, String path) {
    List<ContainerNode> containers = Scope.nonNull(cs.containers());
    if (containers.isEmpty()) {
      out.error(path + ".containers", "a containerSet needs at least one container");
      return;
    }
    mounts(t, cs.volumeMounts(), path + ".volumeMounts", null);
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < containers.size(); i++) {
      ContainerNode c = containers.get(i);
      String at = path + ".containers[" + i + "]";
      String bad = c.name() == null ? null : Names.field(c.name());
      if (bad != null) out.error(at + ".name", "container name '" + c.name() + "' " + bad);
      if (c.name() != null && names.putIfAbsent(c.name(), i) != null) out.error(at + ".name", "container name '" + c.name() + "' is used twice; names must be unique");
      if (c.name() != null && reservedInContainerSet(c.name())) {
        out.error(at + ".name", "'" + c.name() + "' is a container name Argo " + (v35 ? "v3.5" : "v4") + " reserves in a containerSet ("
            + (v35 ? "init, wait" : "init, wait, supervisor, artifact-plugin-*") + "); pick another name");
      }
      if (isEmpty(c.image())) out.error(at + ".image", "container '" + c.name() + "' needs an image");
      mounts(t, c.volumeMounts(), at + ".volumeMounts", null);
    }
    for (int i = 0; i < containers.size(); i++) {
      List<String> deps = Scope.nonNull(containers.get(i).dependencies());
      for (int k = 0; k < deps.size(); k++) {
        if (!names.containsKey(deps.get(k))) {
          out.error(path + ".containers[" + i + "].dependencies[" + k + "]", "container '" + deps.get(k) + "' is not in this containerSet; containers here: "
              + String.join(", ", names.keySet().stream().sorted().toList()));
        }
      }
    }
    containerCycle(containers, names, path);
    boolean io = (t.inputs() != null && !Scope.nonNull(t.inputs().artifacts()).isEmpty())
        || (t.outputs() != null && (!Scope.nonNull(t.outputs().parameters()).isEmpty() || !Scope.nonNull(t.outputs().artifacts()).isEmpty()));
    if (io && !names.containsKey("main")) {
      out.error(path + ".containers", "a containerSet with input artifacts or outputs needs a container named 'main' (they are read and written there)");
    }
  }

  private void containerCycle(List<ContainerNode> containers, Map<String, Integer> names, String path) {
    int[] state = new int[containers.size()];
    for (int i = 0; i < containers.size(); i++) {
      if (state[i] == 0 && cyclic(i, containers, names, state)) {
        out.error(path + ".containers[" + i + "].dependencies", "containers depend on each other in a cycle, so none can start; remove one dependency");
        return;
      }
    }
  }

  private static boolean cyclic(int i, List<ContainerNode> containers, Map<String, Integer> names, int[] state) {
    state[i] = 1;
    for (String d : Scope.nonNull(containers.get(i).dependencies())) {
      Integer j = names.get(d);
      if (j == null) continue;
      if (state[j] == 1 || (state[j] == 0 && cyclic(j, containers, names, state))) return true;
    }
    state[i] = 2;
    return false;
  }

  private void resource(Template t, ResourceTemplate r, String path) {
    String action = r.action();
    if (action != null && !Tags.has(action) && !ACTIONS.contains(action)) {
      out.error(path + ".action", "action '" + action + "' is unknown; use one of get, create, apply, delete, replace, patch");
    }
    if (r.mergeStrategy() != null && !Tags.has(r.mergeStrategy()) && !MERGE_STRATEGIES.contains(r.mergeStrategy())) {
      out.error(path + ".mergeStrategy", "mergeStrategy '" + r.mergeStrategy() + "' is unknown; use strategic, merge or json");
    }
    if ("get".equals(action) || "delete".equals(action)) return;
    if (r.manifest() == null && r.manifestFrom() == null) {
      out.error(path, "a resource template that " + (action == null ? "acts" : action + "s") + " needs manifest (or manifestFrom)");
      return;
    }
    if (r.manifest() != null && r.manifestFrom() != null) {
      out.error(path, "resource sets both manifest and manifestFrom; keep one");
    }
    if (r.manifestFrom() != null && r.manifestFrom().artifact() != null) {
      String name = r.manifestFrom().artifact().name();
      boolean found = false;
      if (t.inputs() != null) {
        for (Artifact a : Scope.nonNull(t.inputs().artifacts())) found |= a.name() != null && a.name().equals(name);
      }
      if (!found) out.error(path + ".manifestFrom.artifact.name", "manifestFrom names artifact '" + name + "', which is not an input artifact of this template; declare it under inputs.artifacts");
    }
    if (r.manifest() != null) manifest(r.manifest(), !"patch".equals(action), path + ".manifest");
  }

  /**
   * The manifest must be YAML once its {{...}} are filled in; unless it is a patch (which may be a JSON
   * patch list or a partial object), it must describe a Kubernetes object.
   */
  private void manifest(String text, boolean object, String path) {
    String trimmed = text.trim();
    if (trimmed.startsWith("{{") && trimmed.endsWith("}}") && trimmed.indexOf("{{", 2) < 0) return;
    String filled = Tags.scan(text, t -> {}).replaceAll("\u27e6[^\u27e7]*\u27e7", "placeholder");
    try {
      JsonNode doc = YAML.readTree(filled);
      if (!object) return;
      if (doc == null || !doc.isObject()) {
        out.error(path, "manifest must be a YAML map describing one Kubernetes object (apiVersion, kind, metadata, ...)");
      } else if (!doc.hasNonNull("kind")) {
        out.error(path, "manifest has no kind; say what Kubernetes object it is, e.g. kind: ConfigMap");
      }
    } catch (JsonProcessingException e) {
      String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
      out.error(path, "manifest is not valid YAML" + line + "; fix its indentation and syntax");
    }
  }

  private void userContainers(List<UserContainer> list, String path, Template t) {
    List<UserContainer> containers = Scope.nonNull(list);
    for (int i = 0; i < containers.size(); i++) {
      UserContainer c = containers.get(i);
      String at = path + "[" + i + "]";
      if (c.name() != null && ARGO_CONTAINERS.contains(c.name())) {
        out.error(at + ".name", "'" + c.name() + "' is a container name Argo " + (v35 ? "v3.5" : "v4")
            + " reserves for the containers it adds to the pod (main, wait, init); pick another name");
      }
      if (isEmpty(c.image())) {
        out.warn(at + ".image", "container '" + c.name() + "' has no image; Argo accepts the workflow, but Kubernetes refuses the pod"
            + " when the step starts: give it an image");
      }
      mounts(t, c.volumeMounts(), at + ".volumeMounts", null);
    }
  }

  private boolean reservedInContainerSet(String name) {
    if (name.equals("init") || name.equals("wait")) return true;
    return !v35 && (name.equals("supervisor") || name.startsWith("artifact-plugin-"));
  }

  /** Volume names: valid and unique. */
  static void volumeNames(List<Volume> list, String path, Problems out) {
    List<Volume> vols = Scope.nonNull(list);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < vols.size(); i++) {
      String name = vols.get(i).name();
      if (name == null || Tags.has(name)) continue;
      String bad = Names.volume(name);
      if (bad != null) out.error(path + "[" + i + "].name", "volume name '" + name + "' " + bad);
      if (!seen.add(name)) out.error(path + "[" + i + "].name", "volume name '" + name + "' is used twice; names must be unique");
    }
  }

  /** Volume names declared at the workflow level. */
  static Set<String> declaredVolumes(io.argowf.model.workflow.WorkflowSpec spec) {
    Set<String> names = new HashSet<>();
    for (Volume v : Scope.nonNull(spec.volumes())) {
      if (v.name() != null) names.add(v.name());
    }
    for (io.argowf.model.k8s.PersistentVolumeClaim c : Scope.nonNull(spec.volumeClaimTemplates())) {
      if (c.metadata() != null && c.metadata().name() != null) names.add(c.metadata().name());
    }
    return names;
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }
}
