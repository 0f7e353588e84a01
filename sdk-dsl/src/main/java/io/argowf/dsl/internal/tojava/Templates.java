package io.argowf.dsl.internal.tojava;

import io.argowf.dsl.Argo;
import io.argowf.dsl.BaseTemplate;
import io.argowf.dsl.InputArtifact;
import io.argowf.dsl.InputParam;
import io.argowf.dsl.OutputArtifact;
import io.argowf.dsl.OutputParam;
import io.argowf.dsl.ResourceAmount;
import io.argowf.dsl.Step;
import io.argowf.dsl.Task;
import io.argowf.model.k8s.Container;
import io.argowf.model.k8s.EnvVar;
import io.argowf.model.k8s.Quantity;
import io.argowf.model.k8s.ResourceRequirements;
import io.argowf.model.k8s.VolumeMount;
import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.DAGTask;
import io.argowf.model.workflow.Memoize;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.ParallelSteps;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.ValueFrom;
import io.argowf.model.workflow.WorkflowStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One template as DSL code: {@code container("x")}, {@code script(...)}, {@code steps(...)}, {@code dag(...)}, ...
 * with its inputs as handles, then the settings the DSL has words for, then a {@code customize(...)} for the rest.
 */
final class Templates {
  /** Parts of a template changed field by field when the DSL wrote most of them ({@code t.withHttp(t.http().with...)}). */
  private static final Set<String> NESTED = Set.of("http", "containerSet", "data", "dag");
  private final Doc doc;
  private final Calls calls;

  Templates(Doc doc) {
    this.doc = doc;
    this.calls = new Calls(doc, this);
  }

  /** @return the template's chain: its kind, inputs and settings (not yet its steps or tasks) */
  Chain start(Template t, Scope scope) {
    Chain c = Chain.of(kind(t));
    if (!(c.live() instanceof io.argowf.dsl.ModelTemplate)) {
      inputs(c, t, scope);
      settings(c, t, scope);
      if (t.container() != null) containerSettings(c, t.container(), scope);
      if (t.script() != null) script(c, t, scope);
      if (t.resource() != null) resource(c, t, scope);
      if (t.suspend() != null && t.suspend().duration() != null) {
        c.call("duration", CharSequence.class, doc.strings.of(t.suspend().duration(), scope));
      }
      if (t.http() != null) OtherKinds.http(c, t.http(), doc.strings, scope);
      if (t.containerSet() != null) OtherKinds.containerSet(c, t.containerSet());
      if (t.data() != null) OtherKinds.data(c, t.data());
      if (t.plugin() != null) OtherKinds.plugin(c, t.plugin());
    }
    return c;
  }

  /** Adds the steps or tasks, then the outputs, then what the DSL has no word for. */
  void finish(Chain c, Template t, Scope scope) {
    if (c.live() instanceof io.argowf.dsl.ModelTemplate) return;
    if (t.steps() != null) steps(c, t, scope);
    if (t.dag() != null) dag(c, t, scope);
    outputs(c, t, scope);
    leftovers(c, t, scope);
  }

  private Js kind(Template t) {
    String name = t.name();
    if (t.container() != null) return Js.of(Argo.container(name), "container($S)", name);
    if (t.script() != null) return Js.of(Argo.script(name), "script($S)", name);
    if (t.resource() != null) return Js.of(Argo.resource(name), "resource($S)", name);
    if (t.suspend() != null) return Js.of(Argo.suspend(name), "suspend($S)", name);
    if (t.steps() != null) return Js.of(Argo.steps(name), "steps($S)", name);
    if (t.dag() != null) return Js.of(Argo.dag(name), "dag($S)", name);
    if (t.http() != null) return Js.of(Argo.http(name), "http($S)", name);
    if (t.containerSet() != null) return Js.of(Argo.containerSet(name), "containerSet($S)", name);
    if (t.data() != null) return Js.of(Argo.data(name), "data($S)", name);
    if (t.plugin() != null) return Js.of(Argo.plugin(name), "plugin($S)", name);
    // a template of no kind (or one the model does not know): the model's builders
    Js model = Values.of(t);
    return Js.of(Argo.template((Template) model.live()), "template($L)", model.code());
  }

  private void inputs(Chain c, Template t, Scope scope) {
    Doc.Handles h = doc.handles.computeIfAbsent(t.name() == null ? "" : t.name(), k -> new Doc.Handles());
    if (t.inputs() == null) return;
    List<Js> params = new ArrayList<>();
    boolean exact = true;
    for (Parameter p : orEmpty(t.inputs().parameters())) {
      Js handle = doc.shared(p, p.name(), "param", () -> param(p));
      exact &= ((InputParam) handle.live()).toModel().equals(p);
      params.add(handle);
      if (p.name() != null) {
        h.params.put(p.name(), handle);
        scope.inputs.put(p.name(), handle);
      }
    }
    if (exact && !params.isEmpty()) c.varargs("inputs", InputParam.class, params);
    List<Js> artifacts = new ArrayList<>();
    for (Artifact a : orEmpty(t.inputs().artifacts())) {
      Js handle = doc.shared(a, a.name(), "artifact", () -> inputArtifact(a));
      artifacts.add(handle);
      if (a.name() != null) h.artifacts.put(a.name(), handle);
    }
    if (!artifacts.isEmpty()) c.varargs("inputs", InputArtifact.class, artifacts);
  }

  private Js param(Parameter p) {
    Chain c = Chain.of(Js.of(Argo.param(p.name()), "param($S)", p.name()));
    if (p.defaultValue() != null) c.call("withDefault", Object.class, Js.string(p.defaultValue()));
    if (p.value() != null) c.call("withValue", Object.class, Js.string(p.value()));
    if (p.enumValues() != null && !Templates.hasNull(p.enumValues())) {
      c.varargs("withEnum", String.class, p.enumValues().stream().map(Js::string).toList());
    }
    if (p.description() != null) c.call("withDescription", String.class, Js.string(p.description()));
    return c.js();
  }

  private Js inputArtifact(Artifact a) {
    Chain c = Chain.of(Js.of(Argo.inputArtifact(a.name(), a.path()), "inputArtifact($S, $S)", a.name(), a.path()));
    if (a.raw() != null && a.raw().data() != null) {
      Artifact withRaw = ((InputArtifact) c.live()).raw(a.raw().data()).toModel();
      if (Objects.equals(withRaw.raw(), a.raw())) c.call("raw", String.class, Js.string(a.raw().data()));
    }
    Js storage = Storages.of(a);
    if (storage != null) c.call("from", io.argowf.dsl.Storage.class, storage);
    if (Boolean.TRUE.equals(a.optional())) c.call("optional");
    artifactLeftovers(c, a, ((InputArtifact) c.live()).toModel());
    return c.js();
  }

  private static void artifactLeftovers(Chain c, Artifact target, Artifact made) {
    List<ModelTypes.Attr> diff = Patch.differing(made, target, Set.of());
    boolean unknown = Patch.unknownDiffer(made, target);
    if (diff.isEmpty() && !unknown) return;
    c.call("customize", java.util.function.UnaryOperator.class, Patch.lambda("art", target, diff, unknown));
  }

  private void settings(Chain c, Template t, Scope scope) {
    if (t.metadata() != null) {
      orEmpty(t.metadata().labels()).forEach((k, v) -> {
        if (v != null) c.call("label", new Class<?>[] {String.class, String.class}, Js.string(k), Js.string(v));
      });
      orEmpty(t.metadata().annotations()).forEach((k, v) -> {
        if (v != null) c.call("annotation", new Class<?>[] {String.class, String.class}, Js.string(k), Js.string(v));
      });
    }
    if (t.retryStrategy() != null) {
      var r = t.retryStrategy();
      boolean small = r.limit() != null && r.limit().isInt() && r.limit().longValue() <= Integer.MAX_VALUE;
      Js policy = small && r.retryPolicy() != null ? Words.enumOf(io.argowf.dsl.RetryPolicy.class, r.retryPolicy()) : null;
      if (small && r.equals(Argo.retry((int) r.limit().longValue()))) {
        c.call("retry", int.class, Js.of((int) r.limit().longValue(), "$L", r.limit().longValue()));
      } else if (policy != null && r.equals(Argo.retry((int) r.limit().longValue(), (io.argowf.dsl.RetryPolicy) policy.live()))) {
        c.call("retry", new Class<?>[] {int.class, io.argowf.dsl.RetryPolicy.class},
            Js.of((int) r.limit().longValue(), "$L", r.limit().longValue()), policy);
      } else {
        c.call("retry", io.argowf.model.workflow.RetryStrategy.class, Values.of(r));
      }
    }
    if (t.timeout() != null) c.call("timeout", String.class, doc.strings.string(t.timeout(), scope));
    if (t.activeDeadlineSeconds() != null && t.activeDeadlineSeconds().isInt()) {
      long s = t.activeDeadlineSeconds().longValue();
      c.call("activeDeadlineSeconds", long.class, Js.of(s, "$L", s));
    }
    orEmpty(t.nodeSelector()).forEach((k, v) -> {
      if (v != null) c.call("nodeSelector", new Class<?>[] {String.class, String.class}, Js.string(k), Js.string(v));
    });
    if (t.tolerations() != null && !t.tolerations().isEmpty() && !Templates.hasNull(t.tolerations())) {
      c.varargs("tolerations", io.argowf.model.k8s.Toleration.class, t.tolerations().stream().map(Values::of).toList());
    }
    if (t.affinity() != null) c.call("affinity", io.argowf.model.k8s.Affinity.class, Values.of(t.affinity()));
    if (t.securityContext() != null) {
      c.call("securityContext", io.argowf.model.k8s.PodSecurityContext.class, Values.of(t.securityContext()));
    }
    if (t.serviceAccountName() != null) c.call("serviceAccountName", String.class, Js.string(t.serviceAccountName()));
    if (t.volumes() != null && !t.volumes().isEmpty() && !Templates.hasNull(t.volumes())) {
      c.varargs("volumes", io.argowf.model.k8s.Volume.class, t.volumes().stream().map(Values::of).toList());
    }
    synchronization(c, t);
    memoize(c, t.memoize(), scope);
    if (Boolean.TRUE.equals(t.daemon())) c.call("daemon");
    if (t.parallelism() != null && (t.steps() != null || t.dag() != null)) {
      c.call("parallelism", int.class, Js.of(t.parallelism(), "$L", t.parallelism()));
    }
  }

  private static void synchronization(Chain c, Template t) {
    var s = t.synchronization();
    if (s == null || s.mutex() != null || s.semaphore() != null) return;
    for (var m : orEmpty(s.mutexes())) {
      if (m != null && m.name() != null) c.call("mutex", String.class, Js.string(m.name()));
    }
    for (var ref : orEmpty(s.semaphores())) {
      var cm = ref == null ? null : ref.configMapKeyRef();
      if (cm != null && cm.name() != null && cm.key() != null) {
        c.call("semaphore", new Class<?>[] {String.class, String.class}, Js.string(cm.name()), Js.string(cm.key()));
      }
    }
  }

  private void memoize(Chain c, Memoize m, Scope scope) {
    if (m == null || m.key() == null || m.maxAge() == null || m.cache() == null || m.cache().configMap() == null
        || m.cache().configMap().name() == null) {
      return;
    }
    c.call("memoize", new Class<?>[] {CharSequence.class, String.class, String.class},
        doc.strings.of(m.key(), scope), Js.string(m.maxAge()), Js.string(m.cache().configMap().name()));
  }

  private void containerSettings(Chain c, Container k, Scope scope) {
    if (k.image() != null) c.call("image", CharSequence.class, doc.strings.of(k.image(), scope));
    if (k.command() != null && !k.command().isEmpty() && !Templates.hasNull(k.command())) {
      c.varargs("command", CharSequence.class, k.command().stream().map(s -> doc.strings.of(s, scope)).toList());
    }
    if (k.args() != null && !k.args().isEmpty() && !Templates.hasNull(k.args())) {
      c.varargs("args", CharSequence.class, k.args().stream().map(s -> doc.strings.of(s, scope)).toList());
    }
    if (k.workingDir() != null) c.call("workingDir", String.class, doc.strings.string(k.workingDir(), scope));
    for (EnvVar e : orEmpty(k.env())) {
      if (e == null) continue;
      if (e.name() != null && e.value() != null && e.equals(EnvVar.builder().name(e.name()).value(e.value()).build())) {
        c.call("env", new Class<?>[] {String.class, CharSequence.class}, Js.string(e.name()), doc.strings.of(e.value(), scope));
      } else {
        c.call("env", EnvVar.class, Values.of(e));
      }
    }
    if (k.imagePullPolicy() != null) Words.enumOrText(c, "imagePullPolicy", io.argowf.dsl.ImagePullPolicy.class, k.imagePullPolicy());
    resources(c, k.resources());
    for (VolumeMount m : orEmpty(k.volumeMounts())) {
      if (m != null && m.name() != null && m.mountPath() != null
          && m.equals(VolumeMount.builder().name(m.name()).mountPath(m.mountPath()).build())) {
        c.call("volumeMount", new Class<?>[] {String.class, String.class}, Js.string(m.name()), Js.string(m.mountPath()));
      }
    }
    if (k.securityContext() != null) {
      c.call("containerSecurityContext", io.argowf.model.k8s.SecurityContext.class, Values.of(k.securityContext()));
    }
  }

  private static void resources(Chain c, ResourceRequirements r) {
    if (r == null || r.claims() != null || !ModelTypes.unknownFields(r).isEmpty()) return;
    if (r.requests() != null && !r.requests().isEmpty()) c.varargs("requests", ResourceAmount.class, amounts(r.requests()));
    if (r.limits() != null && !r.limits().isEmpty()) c.varargs("limits", ResourceAmount.class, amounts(r.limits()));
  }

  private static List<Js> amounts(Map<String, Quantity> map) {
    List<Js> out = new ArrayList<>();
    map.forEach((k, q) -> {
      if (q == null) throw new Values.Unwritable("a null quantity");
      Js word = amountWord(k, q);
      if (word != null && ((ResourceAmount) word.live()).quantity().equals(q)) {
        out.add(word);
      } else {
        Js v = Values.of(q);
        out.add(Js.of(new ResourceAmount(k, (Quantity) v.live()), "new $T($S, $L)", ResourceAmount.class, k, v.code()));
      }
    });
    return out;
  }

  /** @return {@code cpu("500m")}, {@code memory("1Gi")}, {@code ephemeralStorage(...)}, {@code gpu(1)}, {@code resource(name, "...")} */
  private static Js amountWord(String name, Quantity q) {
    try {
      if (name.equals("nvidia.com/gpu") && q.isNumber() && q.toString().matches("\\d{1,9}")) {
        int n = Integer.parseInt(q.toString());
        return Js.of(Argo.gpu(n), "gpu($L)", n);
      }
      if (q.isNumber()) return null;
      String amount = q.toString();
      return switch (name) {
        case "cpu" -> Js.of(Argo.cpu(amount), "cpu($S)", amount);
        case "memory" -> Js.of(Argo.memory(amount), "memory($S)", amount);
        case "ephemeral-storage" -> Js.of(Argo.ephemeralStorage(amount), "ephemeralStorage($S)", amount);
        default -> Js.of(Argo.resource(name, amount), "resource($S, $S)", name, amount);
      };
    } catch (RuntimeException refused) {
      return null;   // not a quantity the DSL takes: the model's form below
    }
  }

  private void script(Chain c, Template t, Scope scope) {
    Container k = ModelTypes.JSON.convertValue(t.script().withSource(null), Container.class);
    containerSettings(c, k, scope);
    if (t.script().source() != null) c.call("source", CharSequence.class, doc.strings.of(t.script().source(), scope));
  }

  private void resource(Chain c, Template t, Scope scope) {
    var r = t.resource();
    if (r.action() != null) Words.enumOrText(c, "action", io.argowf.dsl.ResourceAction.class, r.action());
    if (r.manifest() != null) c.call("manifest", CharSequence.class, doc.strings.of(r.manifest(), scope));
    if (r.successCondition() != null) c.call("successCondition", String.class, Js.string(r.successCondition()));
    if (r.failureCondition() != null) c.call("failureCondition", String.class, Js.string(r.failureCondition()));
    if (Boolean.TRUE.equals(r.setOwnerReference())) c.call("setOwnerReference");
    if (r.flags() != null && !Templates.hasNull(r.flags())) c.varargs("flags", String.class, r.flags().stream().map(Js::string).toList());
    if (r.mergeStrategy() != null) Words.enumOrText(c, "mergeStrategy", io.argowf.dsl.MergeStrategy.class, r.mergeStrategy());
  }

  private void steps(Chain c, Template t, Scope scope) {
    scope.siblingScope = "steps";
    String text = ModelTypes.json(t);
    for (ParallelSteps group : t.steps()) {
      List<Js> steps = new ArrayList<>();
      for (WorkflowStep s : group == null ? List.<WorkflowStep>of() : group.steps()) {
        Js step = calls.step(s, scope);
        if (s.name() != null && text.contains("steps." + s.name() + ".")) {
          step = doc.declare(s.name(), "step", step);
          scope.siblings.put(s.name(), sibling(step, s.template(), s.withItems() != null || s.withParam() != null || s.withSequence() != null));
        }
        steps.add(step);
      }
      if (steps.size() == 1) c.call("then", Step.class, steps.get(0));
      else c.varargs("thenParallel", Step.class, steps);
    }
  }

  private void dag(Chain c, Template t, Scope scope) {
    scope.siblingScope = "tasks";
    List<DAGTask> tasks = orEmpty(t.dag().tasks());
    List<List<DAGTask>> layers = DagChains.layers(tasks);
    boolean chained = layers != null;
    Map<String, Js> vars = new java.util.HashMap<>();
    Map<String, Js> made = new java.util.HashMap<>();
    for (String name : calls.referencedTasks(t)) {
      DAGTask task = tasks.stream().filter(x -> name.equals(x.name())).findFirst().orElseThrow();
      Js v = doc.declare(name, "task", calls.task(task, scope, vars, chained));
      vars.put(name, v);
      made.put(name, v);
      scope.siblings.put(name, sibling(v, task.template(), task.withItems() != null || task.withParam() != null || task.withSequence() != null));
    }
    List<Js> all = new ArrayList<>();
    Map<DAGTask, Js> byTask = new java.util.IdentityHashMap<>();
    for (DAGTask task : tasks) {
      Js known = task.name() == null ? null : made.get(task.name());
      all.add(known != null ? known : calls.task(task, scope, vars, chained));
      byTask.put(task, all.get(all.size() - 1));
    }
    if (chained) {
      Js chain = DagChains.chain(layers.stream().map(l -> l.stream().map(byTask::get).toList()).toList());
      c.varargs("tasks", io.argowf.dsl.TaskChain.class, List.of(chain));
    } else if (!all.isEmpty()) {
      c.varargs("tasks", Task.class, all);
    }
    String target = t.dag().target();
    if (target != null) {
      List<String> names = List.of(target.split(" ", -1));
      if (String.join(" ", names).equals(target) && vars.keySet().containsAll(names)) {
        c.varargs("target", Task.class, names.stream().map(vars::get).toList());
      }
    }
    if (Boolean.FALSE.equals(t.dag().failFast())) c.call("noFailFast");
  }

  private Scope.Sibling sibling(Js call, String template, boolean looped) {
    Doc.Handles h = template == null ? null : doc.handles.get(template);
    return h == null ? new Scope.Sibling(call, Map.of(), Map.of(), looped) : new Scope.Sibling(call, h.outputs, h.outputArtifacts, looped);
  }

  private void outputs(Chain c, Template t, Scope scope) {
    if (t.outputs() == null) return;
    Doc.Handles h = doc.handles.computeIfAbsent(t.name() == null ? "" : t.name(), k -> new Doc.Handles());
    List<Js> params = new ArrayList<>();
    boolean exact = true;
    for (Parameter p : orEmpty(t.outputs().parameters())) {
      Js js = outputParam(p, scope);
      exact &= js != null;
      if (!exact) break;
      if (p.name() != null && doc.mentions(".outputs.parameters." + p.name())) {
        js = doc.declare(p.name(), "output", js);
        h.outputs.put(p.name(), js);
      }
      params.add(js);
    }
    if (exact && !params.isEmpty()) c.varargs("outputs", OutputParam.class, params);
    List<Js> artifacts = new ArrayList<>();
    for (Artifact a : orEmpty(t.outputs().artifacts())) {
      Chain o = Chain.of(Js.of(Argo.outputArtifact(a.name(), a.path()), "outputArtifact($S, $S)", a.name(), a.path()));
      Storages.output(o, a);
      artifactLeftovers(o, a, ((OutputArtifact) o.live()).toModel());
      Js js = o.js();
      if (a.name() != null && doc.mentions(".outputs.artifacts." + a.name())) {
        js = doc.declare(a.name(), "artifact", js);
        h.outputArtifacts.put(a.name(), js);
      }
      artifacts.add(js);
    }
    if (!artifacts.isEmpty()) c.varargs("outputs", OutputArtifact.class, artifacts);
  }

  /** @return an output parameter exactly as the YAML has it, or null when the DSL has no words for it */
  private Js outputParam(Parameter p, Scope scope) {
    if (p.name() == null) return null;
    Chain c = Chain.of(Js.of(Argo.outputParam(p.name()), "outputParam($S)", p.name()));
    ValueFrom v = p.valueFrom();
    if (v != null) {
      if (v.path() != null) c.call("fromPath", String.class, Js.string(v.path()));
      if (v.jsonPath() != null) c.call("fromJsonPath", String.class, Js.string(v.jsonPath()));
      if (v.jqFilter() != null) c.call("fromJqFilter", String.class, Js.string(v.jqFilter()));
      if (v.parameter() != null) c.call("fromParameter", CharSequence.class, doc.strings.of(v.parameter(), scope));
      if (v.expression() != null) c.call("fromExpression", String.class, Js.string(v.expression()));
      if (v.supplied() != null) c.call("supplied");
      if (v.defaultValue() != null) c.call("withDefault", Object.class, Js.string(v.defaultValue()));
    }
    if (p.globalName() != null) c.call("global", String.class, Js.string(p.globalName()));
    return ((OutputParam) c.live()).toModel().equals(p) ? c.js() : null;
  }

  private void leftovers(Chain c, Template t, Scope scope) {
    BaseTemplate<?> live = (BaseTemplate<?>) c.live();
    Template made = live.toModel();
    if (t.container() != null && made.container() != null && !t.container().equals(made.container())) {
      containerLeftovers(c, made.container(), t.container());
    }
    if (t.script() != null && made.script() != null && !t.script().withSource(null).equals(made.script().withSource(null))) {
      containerLeftovers(c, asContainer(made.script()), asContainer(t.script()));
    }
    made = live.toModel();
    List<ModelTypes.Attr> diff = Patch.differing(made, t, Set.of());
    boolean worded = false;
    for (ModelTypes.Attr a : diff) worded |= Words.apply(c, a, a.of(t), text -> doc.strings.of(text, scope));
    if (worded) {
      made = live.toModel();
      diff = Patch.differing(made, t, Set.of());
    }
    boolean unknown = Patch.unknownDiffer(made, t);
    if (diff.isEmpty() && !unknown) return;
    c.comment("no DSL word for " + Patch.names(made, t, diff, unknown, NESTED));
    c.call("customize", java.util.function.UnaryOperator.class, Patch.lambda("t", made, t, diff, unknown, NESTED));
  }

  private static void containerLeftovers(Chain c, Container made, Container target) {
    List<ModelTypes.Attr> diff = Patch.differing(made, target, Set.of());
    boolean unknown = Patch.unknownDiffer(made, target);
    if (diff.isEmpty() && !unknown) return;
    c.comment("no DSL word for " + Patch.names(diff, unknown));
    c.call("container", java.util.function.UnaryOperator.class, Patch.lambda("ctr", target, diff, unknown));
  }

  private static Container asContainer(io.argowf.model.workflow.ScriptTemplate script) {
    return ModelTypes.JSON.convertValue(script.withSource(null), Container.class);
  }

  static boolean hasNull(java.util.Collection<?> values) {
    return values.stream().anyMatch(Objects::isNull);
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
    return map == null ? Map.of() : map;
  }
}
