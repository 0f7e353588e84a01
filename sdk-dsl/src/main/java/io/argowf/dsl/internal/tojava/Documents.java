package io.argowf.dsl.internal.tojava;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
import io.argowf.dsl.Argo;
import io.argowf.dsl.Argument;
import io.argowf.dsl.BaseTemplate;
import io.argowf.dsl.SpecBuilder;
import io.argowf.model.ArgoVersion;
import io.argowf.model.GenericManifest;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.CronWorkflowSpec;
import io.argowf.model.workflow.DAGTask;
import io.argowf.model.workflow.LifecycleHook;
import io.argowf.model.workflow.ParallelSteps;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowStep;
import io.argowf.model.workflow.WorkflowTemplate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One document as the body of a method: Workflows and their kin with the DSL (checked by running the same calls
 * and comparing the result with the document), other kinds with the model's builders, and, when neither gives the
 * document back exactly, the document read from its YAML.
 */
final class Documents {
  /**
   * A written document.
   *
   * @param body the method's statements
   * @param returns the method's return type
   * @param typed how many expressions became handles
   * @param total how many {@code {{...}}} expressions the document holds
   */
  record Written(CodeBlock body, TypeName returns, int typed, int total) {
    Written counted(String text) {
      return new Written(body, returns, typed, Assembly.count(text));
    }
  }

  private Documents() {}

  static Written write(Object document) {
    String text = ModelTypes.json(document);
    return write(document, text).counted(text);
  }

  private static Written write(Object document, String text) {
    if (document instanceof Workflow || document instanceof WorkflowTemplate
        || document instanceof ClusterWorkflowTemplate || document instanceof CronWorkflow) {
      String reason = null;
      int first = collectedInOrder(specOf(document)) ? 0 : 1;
      for (int attempt = first; attempt < 3; attempt++) {
        try {
          Written w = dsl(document, text, attempt > 0, attempt == 2 ? ArgoVersion.V3_5 : null);
          if (w != null) return w;
        } catch (RuntimeException e) {
          reason = e.getMessage() == null ? e.getClass().getSimpleName()
              : e.getMessage().lines().filter(l -> !l.endsWith("problem:") && !l.endsWith("problems:")).findFirst().orElse("").strip();
        }
      }
      String why = reason == null ? "the DSL would write it otherwise" : "build() says: " + reason;
      try {
        Written w = assembled(document, text, why);
        if (w != null) return w;
      } catch (RuntimeException e) {
        // read from YAML below
      }
      return yaml(document, why);
    }
    if (document instanceof GenericManifest) return yaml(document, null);
    try {
      Js js = Values.of(document);
      if (same(document, js.live())) {
        return new Written(CodeBlock.builder().addStatement("return $L", js.code()).build(), TypeName.get(document.getClass()), 0, 0);
      }
    } catch (RuntimeException e) {
      // read from YAML below
    }
    return yaml(document, null);
  }

  private static Written yaml(Object document, String reason) {
    CodeBlock.Builder b = CodeBlock.builder();
    if (reason != null) b.add("// the DSL cannot make this document exactly ($L), so it is read from its YAML\n", oneLine(reason));
    else if (document instanceof GenericManifest) b.add("// a kind the model does not know, read from its YAML\n");
    String text = Manifests.toYaml(document);
    Object back = Manifests.read(text);
    if (document instanceof GenericManifest) {
      b.addStatement("return $T.read($S)", Manifests.class, text);
      return new Written(b.build(), TypeName.OBJECT, 0, 0);
    }
    if (!same(document, back)) throw new IllegalStateException("a document that its own YAML does not give back");
    b.addStatement("return $T.read($S, $T.class)", Manifests.class, text, document.getClass());
    return new Written(b.build(), TypeName.get(document.getClass()), 0, 0);
  }

  private static String oneLine(String s) {
    String line = s.replaceAll("[\\r\\n]+", " ").replace("*/", "* /");
    return line.length() > 150 ? line.substring(0, 150) + "..." : line;
  }

  static boolean same(Object a, Object b) {
    return Objects.equals(a, b) || Manifests.differences(a, b).isEmpty();
  }

  /** @return the document written with the DSL, or null when the DSL's manifest differs from it */
  private static Written dsl(Object document, String text, boolean listTemplates, ArgoVersion version) {
    Doc doc = new Doc(new Counts(), text);
    ObjectMeta meta;
    WorkflowSpec spec;
    Js start;
    if (document instanceof Workflow w) {
      meta = w.metadata();
      spec = w.spec();
      start = Js.of(Argo.workflow(), "workflow()");
    } else if (document instanceof WorkflowTemplate w) {
      meta = w.metadata();
      spec = w.spec();
      String n = meta == null ? null : meta.name();
      start = Js.of(Argo.workflowTemplate(n), "workflowTemplate($S)", n);
    } else if (document instanceof ClusterWorkflowTemplate w) {
      meta = w.metadata();
      spec = w.spec();
      String n = meta == null ? null : meta.name();
      start = Js.of(Argo.clusterWorkflowTemplate(n), "clusterWorkflowTemplate($S)", n);
    } else {
      CronWorkflow cw = (CronWorkflow) document;
      meta = cw.metadata();
      spec = cw.spec() == null ? null : cw.spec().workflowSpec();
      String n = meta == null ? null : meta.name();
      start = Js.of(Argo.cronWorkflow(n), "cronWorkflow($S)", n);
    }
    Chain c = Chain.of(start);
    metadata(c, meta, document instanceof Workflow);
    if (document instanceof CronWorkflow cw && cw.spec() != null) cron(c, cw.spec());
    if (spec != null) spec(c, doc, spec, listTemplates);
    if (version != null) c.call("targeting", ArgoVersion.class, Js.of(version, "$T.$L", ArgoVersion.class, version.name()));
    Workflow target = Workflow.builder().metadata(meta).spec(spec)
        .status(document instanceof Workflow w ? w.status() : null)
        .unknownFields(document instanceof Workflow w ? w.unknownFields() : Map.of()).build();
    leftovers(c, target);
    if (!same(document, c.live())) return null;
    doc.statement(CodeBlock.of("return $L", c.js().code()), c.js().lines());
    return new Written(doc.body.build(), TypeName.get(document.getClass()), doc.counts.typed, 0);
  }

  /**
   * The templates with the DSL, the manifest around them with the model's builders: for a document {@code build()}
   * refuses (lint errors) or would write otherwise.
   */
  private static Written assembled(Object document, String text, String why) {
    Doc doc = new Doc(new Counts(), text);
    WorkflowSpec spec = specOf(document);
    if (spec == null || spec.templates() == null || spec.templates().isEmpty()) return null;
    if (spec.arguments() != null) {
      for (Parameter p : Templates.orEmpty(spec.arguments().parameters())) {
        if (p != null && p.name() != null && !doc.arguments.containsKey(p.name())) {
          doc.arguments.put(p.name(), doc.declare(p.name(), "argument", Js.of(Argo.argument(p.name()), "argument($S)", p.name())));
        }
      }
    }
    Map<String, Template> byName = new LinkedHashMap<>();
    for (Template t : spec.templates()) {
      if (t == null || t.name() == null || byName.putIfAbsent(t.name(), t) != null) return null;
    }
    declareTemplates(doc, byName);
    List<Js> models = spec.templates().stream().map(t -> {
      Js var = doc.templates.get(t.name()).var();
      return Js.of(((BaseTemplate<?>) var.live()).toModel(), "$L.toModel()", var.code());
    }).toList();
    Js list = Js.of(models.stream().map(Js::live).toList(), "$T.of($L)", List.class, Js.join(models));
    Js manifest = Values.with(document, new Values.Override(spec, "templates", list));
    if (!same(document, manifest.live())) return null;
    doc.body.add("// $L: the manifest is assembled with the model's builders\n", oneLine(why));
    doc.body.addStatement("return $L", manifest.code());
    return new Written(doc.body.build(), TypeName.get(document.getClass()), doc.counts.typed, 0);
  }

  private static WorkflowSpec specOf(Object document) {
    if (document instanceof Workflow w) return w.spec();
    if (document instanceof WorkflowTemplate w) return w.spec();
    if (document instanceof ClusterWorkflowTemplate w) return w.spec();
    CronWorkflowSpec cron = ((CronWorkflow) document).spec();
    return cron == null ? null : cron.workflowSpec();
  }

  /**
   * @return true when the DSL, collecting the templates from the entry point and exit handlers (depth first),
   *     finds them in the YAML's order, so that {@code templates(...)} need not list them
   */
  private static boolean collectedInOrder(WorkflowSpec spec) {
    if (spec == null || spec.templates() == null) return true;
    Map<String, Template> byName = new LinkedHashMap<>();
    spec.templates().forEach(t -> { if (t != null) byName.putIfAbsent(t.name(), t); });
    List<String> found = new ArrayList<>();
    collect(spec.entrypoint(), byName, found);
    collect(spec.onExit(), byName, found);
    Templates.orEmpty(spec.hooks()).values().forEach(h -> { if (h != null) collect(h.template(), byName, found); });
    return found.equals(new ArrayList<>(byName.keySet()));
  }

  private static void collect(String name, Map<String, Template> byName, List<String> found) {
    if (name == null || !byName.containsKey(name) || found.contains(name)) return;
    found.add(name);
    usesOf(byName.get(name), byName, found);
  }

  private static void usesOf(Template t, Map<String, Template> byName, List<String> found) {
    List<Object> calls = new ArrayList<>();
    Templates.orEmpty(t.steps()).forEach(g -> { if (g != null) calls.addAll(g.steps()); });
    if (t.dag() != null) calls.addAll(Templates.orEmpty(t.dag().tasks()));
    for (Object call : calls) {
      if (call instanceof WorkflowStep s) used(s.template(), s.inline(), s.onExit(), s.hooks(), byName, found);
      if (call instanceof DAGTask d) used(d.template(), d.inline(), d.onExit(), d.hooks(), byName, found);
    }
  }

  private static void used(String template, Template inline, String onExit, Map<String, LifecycleHook> hooks,
      Map<String, Template> byName, List<String> found) {
    if (inline != null) usesOf(inline, byName, found);
    else collect(template, byName, found);
    collect(onExit, byName, found);
    Templates.orEmpty(hooks).values().forEach(h -> { if (h != null) collect(h.template(), byName, found); });
  }

  private static void metadata(Chain c, ObjectMeta m, boolean workflow) {
    if (m == null) return;
    if (workflow && m.name() != null) c.call("name", String.class, Js.string(m.name()));
    if (m.generateName() != null) c.call("generateName", String.class, Js.string(m.generateName()));
    if (m.namespace() != null) c.call("namespace", String.class, Js.string(m.namespace()));
    Templates.orEmpty(m.labels()).forEach((k, v) -> {
      if (v != null) c.call("label", new Class<?>[] {String.class, String.class}, Js.string(k), Js.string(v));
    });
    Templates.orEmpty(m.annotations()).forEach((k, v) -> {
      if (v != null) c.call("annotation", new Class<?>[] {String.class, String.class}, Js.string(k), Js.string(v));
    });
  }

  private static void cron(Chain c, CronWorkflowSpec s) {
    List<String> schedules = new ArrayList<>(Templates.orEmpty(s.schedules()));
    if (s.schedule() != null) schedules.add(s.schedule());
    if (!schedules.isEmpty() && !Templates.hasNull(schedules)) c.varargs("schedule", String.class, schedules.stream().map(Js::string).toList());
    if (s.timezone() != null) c.call("timezone", String.class, Js.string(s.timezone()));
    if (s.concurrencyPolicy() != null) Words.enumOrText(c, "concurrencyPolicy", io.argowf.dsl.ConcurrencyPolicy.class, s.concurrencyPolicy());
    if (s.startingDeadlineSeconds() != null) c.call("startingDeadlineSeconds", int.class, Js.of(s.startingDeadlineSeconds(), "$L", s.startingDeadlineSeconds()));
    if (s.successfulJobsHistoryLimit() != null) c.call("successfulJobsHistoryLimit", int.class, Js.of(s.successfulJobsHistoryLimit(), "$L", s.successfulJobsHistoryLimit()));
    if (s.failedJobsHistoryLimit() != null) c.call("failedJobsHistoryLimit", int.class, Js.of(s.failedJobsHistoryLimit(), "$L", s.failedJobsHistoryLimit()));
    if (s.suspend() != null) c.call("suspend", boolean.class, Js.of(s.suspend(), "$L", s.suspend()));
    if (s.when() != null) c.call("when", String.class, Js.string(s.when()));
  }

  private static void spec(Chain c, Doc doc, WorkflowSpec s, boolean listTemplates) {
    arguments(c, doc, s);
    List<Template> templates = Templates.orEmpty(s.templates());
    Map<String, Template> byName = new LinkedHashMap<>();
    for (Template t : templates) {
      if (t == null || t.name() == null || byName.putIfAbsent(t.name(), t) != null) {
        throw new IllegalStateException("templates without a name or with one name twice");
      }
    }
    declareTemplates(doc, byName);
    if (s.entrypoint() != null && doc.templates.containsKey(s.entrypoint())) {
      c.call("entrypoint", BaseTemplate.class, doc.templates.get(s.entrypoint()).var());
    }
    if (listTemplates && !templates.isEmpty()) {
      c.varargs("templates", BaseTemplate.class, templates.stream().map(t -> doc.templates.get(t.name()).var()).toList());
    }
    if (s.onExit() != null && doc.templates.containsKey(s.onExit())) {
      c.call("onExit", BaseTemplate.class, doc.templates.get(s.onExit()).var());
    }
    Templates.orEmpty(s.hooks()).forEach((event, hook) -> Calls.hook(c, doc, event, hook));
    if (s.parallelism() != null) c.call("parallelism", int.class, Js.of(s.parallelism(), "$L", s.parallelism()));
    if (s.activeDeadlineSeconds() != null) {
      c.call("activeDeadlineSeconds", int.class, Js.of(s.activeDeadlineSeconds(), "$L", s.activeDeadlineSeconds()));
    }
    if (s.serviceAccountName() != null) c.call("serviceAccountName", String.class, Js.string(s.serviceAccountName()));
    if (s.podGC() != null) {
      if (s.podGC().strategy() != null && s.podGC().equals(io.argowf.model.workflow.PodGC.builder().strategy(s.podGC().strategy()).build())) {
        Words.enumOrText(c, "podGC", io.argowf.dsl.PodGCStrategy.class, s.podGC().strategy());
      } else {
        c.call("podGC", io.argowf.model.workflow.PodGC.class, Values.of(s.podGC()));
      }
    }
    if (s.ttlStrategy() != null) c.call("ttlStrategy", io.argowf.model.workflow.TTLStrategy.class, Values.of(s.ttlStrategy()));
    if (s.volumes() != null && !s.volumes().isEmpty() && !Templates.hasNull(s.volumes())) {
      c.varargs("volumes", io.argowf.model.k8s.Volume.class, s.volumes().stream().map(Values::of).toList());
    }
    if (s.volumeClaimTemplates() != null && !s.volumeClaimTemplates().isEmpty() && !Templates.hasNull(s.volumeClaimTemplates())) {
      c.varargs("volumeClaimTemplates", io.argowf.model.k8s.PersistentVolumeClaim.class,
          s.volumeClaimTemplates().stream().map(Values::of).toList());
    }
    if (s.podMetadata() != null) {
      Templates.orEmpty(s.podMetadata().annotations()).forEach((k, v) -> {
        if (v != null) c.call("podAnnotation", new Class<?>[] {String.class, String.class}, Js.string(k), Js.string(v));
      });
      Templates.orEmpty(s.podMetadata().labels()).forEach((k, v) -> {
        if (v != null) c.call("podLabel", new Class<?>[] {String.class, String.class}, Js.string(k), Js.string(v));
      });
    }
    Templates.orEmpty(s.nodeSelector()).forEach((k, v) -> {
      if (v != null) c.call("nodeSelector", new Class<?>[] {String.class, String.class}, Js.string(k), Js.string(v));
    });
    if (s.tolerations() != null && !s.tolerations().isEmpty() && !Templates.hasNull(s.tolerations())) {
      c.varargs("tolerations", io.argowf.model.k8s.Toleration.class, s.tolerations().stream().map(Values::of).toList());
    }
    if (s.affinity() != null) c.call("affinity", io.argowf.model.k8s.Affinity.class, Values.of(s.affinity()));
    if (s.securityContext() != null) {
      c.call("securityContext", io.argowf.model.k8s.PodSecurityContext.class, Values.of(s.securityContext()));
    }
    if (s.imagePullSecrets() != null && !s.imagePullSecrets().isEmpty()
        && s.imagePullSecrets().stream().allMatch(r -> r != null && r.name() != null
            && r.equals(io.argowf.model.k8s.LocalObjectReference.builder().name(r.name()).build()))) {
      c.varargs("imagePullSecrets", String.class, s.imagePullSecrets().stream().map(r -> Js.string(r.name())).toList());
    }
    var ref = s.workflowTemplateRef();
    if (ref != null && ref.name() != null) {
      if (Boolean.TRUE.equals(ref.clusterScope())) c.call("clusterWorkflowTemplateRef", String.class, Js.string(ref.name()));
      else c.call("workflowTemplateRef", String.class, Js.string(ref.name()));
    }
  }

  private static void arguments(Chain c, Doc doc, WorkflowSpec s) {
    if (s.arguments() == null) return;
    List<Js> all = new ArrayList<>();
    boolean exact = s.arguments().artifacts() == null && ModelTypes.unknownFields(s.arguments()).isEmpty();
    for (Parameter p : Templates.orEmpty(s.arguments().parameters())) {
      if (p == null || p.name() == null) {
        exact = false;
        continue;
      }
      Js init = p.value() != null ? Js.of(Argo.argument(p.name(), p.value()), "argument($S, $S)", p.name(), p.value())
          : Js.of(Argo.argument(p.name()), "argument($S)", p.name());
      exact &= ((Argument) init.live()).toModel().equals(p);
      Js var = doc.declare(p.name(), "argument", init);
      doc.arguments.put(p.name(), var);
      all.add(var);
    }
    if (exact && !all.isEmpty()) c.varargs("arguments", Argument.class, all);
  }

  /** Declares every template, the ones a template runs before it; a template run from inside its own calls is split. */
  private static void declareTemplates(Doc doc, Map<String, Template> byName) {
    List<String> order = new ArrayList<>();
    Set<String> split = new LinkedHashSet<>();
    Set<String> onStack = new HashSet<>();
    for (String n : byName.keySet()) visit(n, byName, order, split, onStack);
    Templates templates = new Templates(doc);
    Map<String, Chain> pending = new LinkedHashMap<>();
    Map<String, Scope> scopes = new LinkedHashMap<>();
    for (String n : split) {
      Template t = byName.get(n);
      Scope scope = new Scope(doc.arguments);
      Chain chain = templates.start(t, scope);
      Js var = doc.declare(n, "template", chain.js());
      doc.templates.put(n, new Doc.Declared(t, var, doc.handles.get(n)));
      pending.put(n, Chain.of(var));
      scopes.put(n, scope);
    }
    for (String n : order) {
      Template t = byName.get(n);
      if (split.contains(n)) {
        Chain body = pending.get(n);
        templates.finish(body, t, scopes.get(n));
        doc.statement(body.js());
        continue;
      }
      Js var;
      try {
        Scope scope = new Scope(doc.arguments);
        Chain chain = templates.start(t, scope);
        templates.finish(chain, t, scope);
        var = doc.declare(n, "template", chain.js());
      } catch (RuntimeException e) {
        Js model = Values.of(t);
        doc.body.add("// the DSL's words cannot write this template exactly: the model's builders do\n");
        var = doc.declare(n, "template", Js.of(Argo.template((Template) model.live()), "template($L)", model.code()));
      }
      doc.templates.put(n, new Doc.Declared(t, var, doc.handles.get(n)));
    }
  }

  private static void visit(String n, Map<String, Template> byName, List<String> order, Set<String> split, Set<String> onStack) {
    if (order.contains(n)) return;
    if (onStack.contains(n)) {
      split.add(n);
      return;
    }
    onStack.add(n);
    for (String callee : callees(byName.get(n))) {
      if (byName.containsKey(callee)) visit(callee, byName, order, split, onStack);
    }
    onStack.remove(n);
    order.add(n);
  }

  private static Set<String> callees(Template t) {
    Set<String> out = new LinkedHashSet<>();
    if (t == null) return out;
    for (ParallelSteps g : Templates.orEmpty(t.steps())) {
      if (g == null) continue;
      for (WorkflowStep s : g.steps()) {
        if (s == null) continue;
        add(out, s.template(), s.onExit(), s.hooks());
        out.addAll(callees(s.inline()));
      }
    }
    if (t.dag() != null) {
      for (DAGTask task : Templates.orEmpty(t.dag().tasks())) {
        if (task == null) continue;
        add(out, task.template(), task.onExit(), task.hooks());
        out.addAll(callees(task.inline()));
      }
    }
    return out;
  }

  private static void add(Set<String> out, String template, String onExit, Map<String, LifecycleHook> hooks) {
    if (template != null) out.add(template);
    if (onExit != null) out.add(onExit);
    Templates.orEmpty(hooks).values().forEach(h -> { if (h != null && h.template() != null) out.add(h.template()); });
  }

  /**
   * What the DSL's manifest lacks, set by a {@code customize(w -> ...)}, then {@code build()}; the manifest is seen
   * by running the DSL's own checks once, and built again only when a {@code customize} was added.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void leftovers(Chain c, Workflow target) {
    Workflow[] seen = new Workflow[1];
    SpecBuilder<?, ?> builder = (SpecBuilder<?, ?>) c.live();
    builder.customize(w -> {
      seen[0] = w;
      return w;
    });
    io.argowf.dsl.Built<?> built = builder.buildWithProblems();
    if (words(c, seen[0].spec(), target.spec())) built = builder.buildWithProblems();
    Workflow made = seen[0];
    List<ModelTypes.Attr> diff = Patch.differing(made, target, Set.of("metadata", "spec"));
    boolean unknown = Patch.unknownDiffer(made, target);
    CodeBlock.Builder code = CodeBlock.builder().add("wf -> wf");
    List<UnaryOperator<Workflow>> steps = new ArrayList<>();
    List<String> what = new ArrayList<>();
    nested(made.metadata(), target.metadata(), "metadata", code, steps, what);
    nested(made.spec(), target.spec(), "spec", code, steps, what);
    if (!diff.isEmpty() || unknown) {
      Js rest = Patch.withs(CodeBlock.of(""), target, diff, unknown);
      code.add(rest.code());
      steps.add(w -> (Workflow) ((UnaryOperator) rest.live()).apply(w));
      what.add(Patch.names(diff, unknown));
    }
    if (steps.isEmpty()) {
      c.called("build", built.orThrow());   // as build(), without its log
      return;
    }
    UnaryOperator<Workflow> all = w -> {
      Workflow r = w;
      for (UnaryOperator<Workflow> s : steps) r = s.apply(r);
      return r;
    };
    c.comment("no DSL word for " + String.join(", ", what));
    c.call("customize", UnaryOperator.class, new Js(code.build(), all));
    c.called("build", ((SpecBuilder<?, ?>) c.live()).buildWithProblems().orThrow());   // as build(), without its log
  }

  /** @return whether the builder's own words were called for fields of the spec the DSL's manifest lacks */
  private static boolean words(Chain c, WorkflowSpec made, WorkflowSpec target) {
    if (made == null || target == null) return false;
    boolean worded = false;
    for (ModelTypes.Attr a : Patch.differing(made, target, Set.of("templates", "arguments"))) {
      worded |= Words.apply(c, a, a.of(target));
    }
    return worded;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void nested(Object made, Object target, String attr, CodeBlock.Builder code,
      List<UnaryOperator<Workflow>> steps, List<String> what) {
    if (Objects.equals(made, target)) return;
    String wither = "with" + Character.toUpperCase(attr.charAt(0)) + attr.substring(1);
    Class<?> type = attr.equals("spec") ? WorkflowSpec.class : ObjectMeta.class;
    java.lang.reflect.Method with = Reflect.method(Workflow.class, wither, type);
    if (made == null || target == null) {
      Js v = Values.of(target);
      code.add("$Z.$L($L)", wither, v.code());
      steps.add(w -> (Workflow) Reflect.invoke(with, w, v.live()));
      what.add(attr);
      return;
    }
    List<ModelTypes.Attr> diff = Patch.differing(made, target, Set.of());
    boolean unknown = Patch.unknownDiffer(made, target);
    Js inner = Patch.withs(CodeBlock.of("wf.$L()", attr), target, diff, unknown);
    code.add("$Z.$L($L)", wither, inner.code());
    java.lang.reflect.Method get = Reflect.method(Workflow.class, attr);
    steps.add(w -> (Workflow) Reflect.invoke(with, w, ((UnaryOperator) inner.live()).apply(Reflect.invoke(get, w))));
    what.add(attr + " " + Patch.names(diff, unknown));
  }
}
