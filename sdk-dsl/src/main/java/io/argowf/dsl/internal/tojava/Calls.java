package io.argowf.dsl.internal.tojava;

import io.argowf.dsl.Argo;
import io.argowf.dsl.BaseTemplate;
import io.argowf.dsl.InputArtifact;
import io.argowf.dsl.InputParam;
import io.argowf.model.workflow.Arguments;
import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.ContinueOn;
import io.argowf.model.workflow.DAGTask;
import io.argowf.model.workflow.Item;
import io.argowf.model.workflow.LifecycleHook;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Sequence;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.TemplateRef;
import io.argowf.model.workflow.WorkflowStep;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Steps and tasks as DSL code: {@code whalesay.step("hello1").with(message, "hello1")}, with loops, conditions,
 * hooks and {@code depends} in the DSL's words, and a {@code customize(...)} for the rest.
 */
final class Calls {
  private final Doc doc;
  private final Templates templates;

  Calls(Doc doc, Templates templates) {
    this.doc = doc;
    this.templates = templates;
  }

  /** The fields steps and tasks share. */
  private record View(String name, String template, TemplateRef templateRef, Template inline, Arguments arguments,
      ContinueOn continueOn, Map<String, LifecycleHook> hooks, String onExit, String when, List<Item> withItems,
      String withParam, Sequence withSequence) {
    static View of(WorkflowStep s) {
      return new View(s.name(), s.template(), s.templateRef(), s.inline(), s.arguments(), s.continueOn(), s.hooks(),
          s.onExit(), s.when(), s.withItems(), s.withParam(), s.withSequence());
    }

    static View of(DAGTask t) {
      return new View(t.name(), t.template(), t.templateRef(), t.inline(), t.arguments(), t.continueOn(), t.hooks(),
          t.onExit(), t.when(), t.withItems(), t.withParam(), t.withSequence());
    }
  }

  Js step(WorkflowStep s, Scope scope) {
    Chain c = common(View.of(s), "step", scope);
    Object made = Reflect.call(c.live(), "toModel", new Class<?>[0]);
    leftovers(c, made, s, "call");
    return c.js();
  }

  /** A task; {@code chained}: its {@code depends} is written by the DAG's chain ({@code a.then(b)}), not by the task. */
  Js task(DAGTask t, Scope scope, Map<String, Js> tasks, boolean chained) {
    Chain c = common(View.of(t), "task", scope);
    if (t.depends() != null && !chained) new DependsCode(tasks).apply(c, t.depends());
    Object made = Reflect.call(c.live(), "toModel", new Class<?>[0]);
    leftovers(c, made, chained ? t.withDepends(null) : t, "call");
    return c.js();
  }

  /** @return the tasks others refer to (by depends, dependencies, target or outputs), each after those it refers to */
  List<String> referencedTasks(Template t) {
    List<DAGTask> tasks = Templates.orEmpty(t.dag().tasks());
    Map<String, Set<String>> refs = new LinkedHashMap<>();
    Set<String> names = new LinkedHashSet<>();
    tasks.forEach(x -> { if (x.name() != null) names.add(x.name()); });
    Set<String> referenced = new LinkedHashSet<>();
    for (DAGTask x : tasks) {
      if (x.name() == null || refs.containsKey(x.name())) continue;
      Set<String> mine = new LinkedHashSet<>();
      String text = ModelTypes.json(x);
      for (String n : names) {
        if (n.equals(x.name())) continue;
        boolean inDepends = x.depends() != null && DependsCode.mentions(x.depends(), n);
        boolean inDependencies = x.dependencies() != null && x.dependencies().contains(n);
        if (inDepends || inDependencies || text.contains("tasks." + n + ".")) mine.add(n);
      }
      refs.put(x.name(), mine);
      referenced.addAll(mine);
    }
    if (t.dag().target() != null) referenced.addAll(List.of(t.dag().target().split(" ")));
    if (t.outputs() != null) {
      String out = ModelTypes.json(t.outputs());
      names.stream().filter(n -> out.contains("tasks." + n + ".")).forEach(referenced::add);
    }
    referenced.retainAll(names);
    List<String> order = new ArrayList<>();
    Set<String> visiting = new LinkedHashSet<>();
    for (String n : names) if (referenced.contains(n)) visit(n, refs, referenced, visiting, order);
    return order;
  }

  private static void visit(String n, Map<String, Set<String>> refs, Set<String> referenced, Set<String> visiting, List<String> order) {
    if (order.contains(n) || !visiting.add(n)) return;
    for (String r : refs.getOrDefault(n, Set.of())) if (referenced.contains(r)) visit(r, refs, referenced, visiting, order);
    order.add(n);
  }

  private Chain common(View v, String kind, Scope scope) {
    Chain c = Chain.of(callee(v, kind));
    if (v.inline() != null) c.call("inline");
    arguments(c, v, scope);
    if (v.when() != null) {
      Js when = when(v.when(), scope);
      c.call("when", when.live() instanceof io.argowf.dsl.Condition ? io.argowf.dsl.Condition.class : CharSequence.class, when);
    }
    if (v.withItems() != null) withItems(c, v.withItems());
    if (v.withParam() != null) c.call("withParam", CharSequence.class, doc.strings.of(v.withParam(), scope));
    if (v.withSequence() != null) c.call("withSequence", Sequence.class, sequence(v.withSequence()));
    ContinueOn on = v.continueOn();
    if (on != null && on.equals(ContinueOn.builder().failed(true).build())) c.call("continueOnFailed");
    if (on != null && on.equals(ContinueOn.builder().error(true).build())) c.call("continueOnError");
    if (v.onExit() != null && doc.templates.containsKey(v.onExit())) {
      c.call("onExit", BaseTemplate.class, doc.templates.get(v.onExit()).var());
    }
    Templates.orEmpty(v.hooks()).forEach((event, hook) -> hook(c, doc, event, hook));
    return c;
  }

  private Js callee(View v, String kind) {
    String name = v.name();
    if (v.inline() != null) {
      Scope scope = new Scope(doc.arguments);
      Template named = v.inline().withName(name);
      Chain t = templates.start(named, scope);
      templates.finish(t, named, scope);
      Js var = doc.declare(name, "inline", t.js());
      return Js.of(Reflect.call(var.live(), kind, new Class<?>[] {String.class}, name), "$L.$L($S)", var.code(), kind, name);
    }
    if (v.templateRef() != null) {
      TemplateRef r = v.templateRef();
      Chain ref = Chain.of(Js.of(Argo.templateRef(r.name(), r.template()), "templateRef($S, $S)", r.name(), r.template()));
      if (Boolean.TRUE.equals(r.clusterScope())) ref.call("clusterScope");
      Js js = ref.js();
      return Js.of(Reflect.call(js.live(), kind, new Class<?>[] {String.class}, name), "$L.$L($S)", js.code(), kind, name);
    }
    Doc.Declared d = v.template() == null ? null : doc.templates.get(v.template());
    if (d == null) throw new IllegalStateException("step or task '" + name + "' runs a template this document lacks");
    return Js.of(Reflect.call(d.var().live(), kind, new Class<?>[] {String.class}, name), "$L.$L($S)", d.var().code(), kind, name);
  }

  private void arguments(Chain c, View v, Scope scope) {
    Arguments a = v.arguments();
    if (a == null || !ModelTypes.unknownFields(a).isEmpty()) return;
    List<Parameter> params = Templates.orEmpty(a.parameters());
    boolean plain = params.stream().allMatch(p -> p != null && p.name() != null && p.value() != null
        && p.equals(Parameter.builder().name(p.name()).value(p.value()).build()));
    List<Artifact> artifacts = Templates.orEmpty(a.artifacts());
    if (!plain || Templates.hasNull(artifacts) || artifacts.stream().anyMatch(x -> x.name() == null)) return;
    Doc.Handles callee = v.template() == null ? null : doc.handles.get(v.template());
    for (Parameter p : params) {
      Js input = callee != null && callee.params.containsKey(p.name()) ? callee.params.get(p.name())
          : Js.of(Argo.param(p.name()), "param($S)", p.name());
      c.call("with", new Class<?>[] {InputParam.class, CharSequence.class}, input, doc.strings.of(p.value(), scope));
    }
    for (Artifact x : artifacts) {
      Js input = callee != null && callee.artifacts.containsKey(x.name()) ? callee.artifacts.get(x.name())
          : Js.of(Argo.inputArtifact(x.name(), null), "inputArtifact($S, null)", x.name());
      Js storage = Storages.of(x);
      if (x.from() != null && x.equals(Artifact.builder().name(x.name()).from(x.from()).build())) {
        c.call("with", new Class<?>[] {InputArtifact.class, CharSequence.class}, input, doc.strings.of(x.from(), scope));
      } else if (storage != null && x.equals(Argo.inputArtifact(x.name(), null).from((io.argowf.dsl.Storage) storage.live()).toModel())) {
        c.call("with", new Class<?>[] {InputArtifact.class, io.argowf.dsl.Storage.class}, input, storage);
      } else {
        c.call("with", new Class<?>[] {InputArtifact.class, Artifact.class}, input, Values.of(x));
      }
    }
  }

  /** {@code flip.result().eq("heads")}, {@code n.gt(5).and(...)}: a {@code Condition} where one renders the text, else text. */
  private Js when(String when, Scope scope) {
    Js condition = WhenCode.of(when, scope, doc.counts);
    return condition != null ? condition : doc.strings.of(when, scope);
  }

  private static void withItems(Chain c, List<Item> items) {
    List<Js> values = new ArrayList<>();
    for (Item i : items) {
      if (i == null) return;
      Js js = Values.java(i.toJava());
      if (!Item.of(js.live()).equals(i)) return;
      values.add(js);
    }
    if (values.size() == 1 && values.get(0).live() instanceof Collection) {
      c.call("withItems", Collection.class, Js.of(List.of(values.get(0).live()), "$T.of($L)", List.class, values.get(0).code()));
    } else {
      c.varargs("withItems", Object.class, values);
    }
  }

  private static Js sequence(Sequence s) {
    if (s.equals(Sequence.builder().count(s.count()).build()) && s.count() != null && s.count().isInt()) {
      return Js.of(Argo.count(s.count().longValue()), "count($L)", s.count().longValue());
    }
    if (s.start() != null && s.end() != null && s.start().isInt() && s.end().isInt()
        && s.equals(Argo.range(s.start().longValue(), s.end().longValue()))) {
      return Js.of(s, "range($L, $L)", s.start().longValue(), s.end().longValue());
    }
    return Values.of(s);
  }

  /** {@code .hook("exit", handler)}, or with its expression; other hooks are left to the leftovers. */
  static void hook(Chain c, Doc doc, String event, LifecycleHook hook) {
    Doc.Declared d = hook == null || hook.template() == null ? null : doc.templates.get(hook.template());
    if (d == null) return;
    if (hook.equals(LifecycleHook.builder().template(hook.template()).build())) {
      c.call("hook", new Class<?>[] {String.class, BaseTemplate.class}, Js.string(event), d.var());
    } else if (hook.equals(LifecycleHook.builder().template(hook.template()).expression(hook.expression()).build())) {
      c.call("hook", new Class<?>[] {String.class, String.class, BaseTemplate.class}, Js.string(event),
          Js.string(hook.expression()), d.var());
    }
  }

  private static void leftovers(Chain c, Object made, Object target, String param) {
    List<ModelTypes.Attr> diff = Patch.differing(made, target, Set.of());
    boolean unknown = Patch.unknownDiffer(made, target);
    if (diff.isEmpty() && !unknown) return;
    c.comment("no DSL word for " + Patch.names(diff, unknown));
    c.call("customize", UnaryOperator.class, Patch.lambda(param, target, diff, unknown));
  }
}
