package io.argowf.model.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.argowf.model.ArgoVersion;
import io.argowf.model.Lint;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.workflow.Arguments;
import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowMetadata;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowTemplate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lint's engine: one run over one manifest. {@link Lint} is the front door. */
public final class Linter {
  private final Problems out = new Problems();
  private final Catalog catalog;

  private final Lint.Mode mode;
  private final ArgoVersion version;

  private Linter(Collection<?> templates, Lint.Mode mode, ArgoVersion version) {
    this.catalog = new Catalog(templates);
    this.mode = mode;
    this.version = version;
  }

  /**
   * @param manifest a Workflow, WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow
   * @param templates WorkflowTemplates and ClusterWorkflowTemplates references may name
   * @param mode what the manifest is checked for
   * @param version the Argo version it is checked for
   * @return every problem found, errors and warnings, in the order found
   */
  public static List<Lint.Problem> run(Object manifest, Collection<?> templates, Lint.Mode mode, ArgoVersion version) {
    Linter l = new Linter(templates, mode, version);
    l.manifest(manifest);
    return List.copyOf(l.out.list());
  }

  private void manifest(Object manifest) {
    if (manifest instanceof Workflow w) {
      FieldRules.check(w, version, out);
      SpecRules.metadata(w.metadata(), "metadata", Names.MAX, out);
      if (w.spec() == null) {
        out.error("spec", "a Workflow needs a spec");
        return;
      }
      // argo lint lets workflow parameters wait for -p at submit; creating the Workflow as it is needs their values
      boolean lint = mode == Lint.Mode.LINT;
      spec(w.spec(), tree(w).path("spec"), "spec", lint, lint, w.metadata(), null);
    } else if (manifest instanceof WorkflowTemplate t) {
      FieldRules.check(t, version, out);
      SpecRules.metadata(t.metadata(), "metadata", Names.MAX, out);
      if (t.spec() == null) {
        out.error("spec", "a WorkflowTemplate needs a spec");
        return;
      }
      spec(t.spec(), tree(t).path("spec"), "spec", true, mode != Lint.Mode.SUBMIT, t.metadata(), null);
    } else if (manifest instanceof ClusterWorkflowTemplate t) {
      FieldRules.check(t, version, out);
      SpecRules.metadata(t.metadata(), "metadata", Names.MAX, out);
      if (t.spec() == null) {
        out.error("spec", "a ClusterWorkflowTemplate needs a spec");
        return;
      }
      spec(t.spec(), tree(t).path("spec"), "spec", true, mode != Lint.Mode.SUBMIT, t.metadata(), null);
    } else if (manifest instanceof CronWorkflow c) {
      FieldRules.check(c, version, out);
      SpecRules.metadata(c.metadata(), "metadata", Names.MAX_CRON, out);
      if (c.spec() == null) {
        out.error("spec", "a CronWorkflow needs a spec with schedules and workflowSpec");
        return;
      }
      CronRules.check(c, version, out);
      if (c.spec().workflowSpec() != null) {
        spec(c.spec().workflowSpec(), tree(c).path("spec").path("workflowSpec"), "spec.workflowSpec", false,
            mode == Lint.Mode.LINT, null, c.spec().workflowMetadata());
      }
    } else {
      out.error("", "lint checks Workflow, WorkflowTemplate, ClusterWorkflowTemplate and CronWorkflow objects; got "
          + manifest.getClass().getSimpleName());
    }
  }

  private static JsonNode tree(Object manifest) {
    return Manifests.jsonMapper().valueToTree(manifest);
  }

  /**
   * @param template whether it is a WorkflowTemplate's spec: entrypoint optional, parameters may come later
   * @param valuesLater whether the spec's parameters may lack values (Argo's lint, or a template not submitted)
   * @param meta the manifest's metadata (labels and annotations become variables)
   * @param cronMeta a CronWorkflow's workflowMetadata, which its workflows get
   */
  private void spec(WorkflowSpec spec, JsonNode node, String path, boolean template, boolean valuesLater, ObjectMeta meta,
      ObjectMeta cronMeta) {
    Source main = new Source("", spec, node, path, true);
    Source ref = null;
    if (spec.workflowTemplateRef() != null) {
      String name = spec.workflowTemplateRef().name();
      boolean cluster = Boolean.TRUE.equals(spec.workflowTemplateRef().clusterScope());
      if (name == null || name.isEmpty()) {
        out.error(path + ".workflowTemplateRef.name", "workflowTemplateRef needs the name of a WorkflowTemplate");
      } else {
        ref = catalog.find(cluster, name);
        if (ref == null) {
          out.error(path + ".workflowTemplateRef.name", (cluster ? "ClusterWorkflowTemplate '" : "WorkflowTemplate '") + name
              + "' is not among the templates given to lint; pass it to Lint.check(manifest, templates), or fix the name");
        }
      }
      if (!main.templates().isEmpty()) {
        out.error(path + ".templates", "a workflow with workflowTemplateRef takes its templates from the WorkflowTemplate; remove spec.templates");
      }
    }
    SpecRules.check(spec, path, valuesLater, out);

    Globals globals = globals(spec, ref, template, meta, cronMeta);
    Set<String> volumes = template || spec.workflowTemplateRef() != null || spec.podSpecPatch() != null
        ? null : TemplateRules.declaredVolumes(spec);
    TemplateRules ownRules = new TemplateRules(out, spec.templateDefaults(), volumes, version);
    boolean retries = spec.retryStrategy() != null || spec.templateDefaults() != null && spec.templateDefaults().retryStrategy() != null;
    Walker walker = new Walker(out, catalog, globals, retries,
        s -> s.own ? ownRules : new TemplateRules(out, s.spec.templateDefaults(), null, version));

    Arguments args = merged(spec.arguments(), ref == null ? null : ref.spec.arguments());
    String entrypoint = spec.entrypoint() != null ? spec.entrypoint() : ref != null ? ref.spec.entrypoint() : null;
    if (entrypoint == null || entrypoint.isEmpty()) {
      if (!template && (spec.workflowTemplateRef() == null || ref != null)) {
        out.error(path + ".entrypoint", "entrypoint is missing; name the template the workflow starts with");
      }
    } else if (spec.workflowTemplateRef() == null || ref != null) {
      Callee entry = find(main, ref, entrypoint);
      if (entry == null) {
        out.error(path + ".entrypoint", "entrypoint '" + entrypoint + "' names no template; " + (ref != null ? ref : main).names());
      } else {
        if (!template) ArgumentRules.supply(entry.template(), entry.name(), args, path + ".entrypoint", out);
        walker.visit(entry, false, null);
      }
    }
    if (spec.onExit() != null) {
      Callee exit = find(main, ref, spec.onExit());
      if (exit == null) {
        out.error(path + ".onExit", "onExit names template '" + spec.onExit() + "', which does not exist; " + (ref != null ? ref : main).names());
      } else {
        ArgumentRules.supply(exit.template(), exit.name(), args, path + ".onExit", out);
        walker.visit(exit, true, null);
      }
    }
    walker.hooks(spec.hooks(), node.path("hooks"), path + ".hooks", ref != null ? ref : main, walker.global(true));
    boolean exitDefault = spec.onExit() != null || spec.hooks() != null;
    for (int i = 0; i < main.templates().size(); i++) {
      Callee c = main.callee(i);
      if (!walker.seen(c)) walker.visit(c, exitDefault, null);
    }
  }

  private static Callee find(Source main, Source ref, String name) {
    Callee c = main.find(name);
    return c == null && ref != null ? ref.find(name) : c;
  }

  /** The workflow's arguments over the WorkflowTemplate's, as Argo merges them. */
  private static Arguments merged(Arguments own, Arguments inherited) {
    if (inherited == null) return own;
    Map<String, Parameter> params = new LinkedHashMap<>();
    Map<String, Artifact> artifacts = new LinkedHashMap<>();
    for (Arguments a : new Arguments[] {inherited, own}) {
      if (a == null) continue;
      for (Parameter p : Scope.nonNull(a.parameters())) {
        if (p.name() != null) params.put(p.name(), p);
      }
      for (Artifact x : Scope.nonNull(a.artifacts())) {
        if (x.name() != null) artifacts.put(x.name(), x);
      }
    }
    return Arguments.builder().parameters(List.copyOf(params.values())).artifacts(List.copyOf(artifacts.values())).build();
  }

  private Globals globals(WorkflowSpec spec, Source ref, boolean template, ObjectMeta meta, ObjectMeta cronMeta) {
    Globals g = new Globals();
    g.anyParameter = template;
    for (WorkflowSpec s : ref == null ? List.of(spec) : List.of(spec, ref.spec)) {
      if (s.arguments() != null) {
        for (Parameter p : Scope.nonNull(s.arguments().parameters())) {
          if (p.name() != null) g.parameter(p.name());
        }
      }
      WorkflowMetadata wm = s.workflowMetadata();
      if (wm != null) {
        if (wm.labels() != null) wm.labels().keySet().forEach(g::label);
        if (wm.labelsFrom() != null) wm.labelsFrom().keySet().forEach(g::label);
        if (wm.annotations() != null) wm.annotations().keySet().forEach(g::annotation);
      }
    }
    for (ObjectMeta m : new ObjectMeta[] {meta, cronMeta}) {
      if (m == null) continue;
      if (m.labels() != null) m.labels().keySet().forEach(g::label);
      if (m.annotations() != null) m.annotations().keySet().forEach(g::annotation);
    }
    globalOutputs(spec, g);
    for (Object t : catalog.all()) {
      WorkflowSpec s = t instanceof WorkflowTemplate w ? w.spec() : ((ClusterWorkflowTemplate) t).spec();
      if (s != null) globalOutputs(s, g);
    }
    return g;
  }

  private static void globalOutputs(WorkflowSpec spec, Globals g) {
    for (Template t : Scope.nonNull(spec.templates())) {
      if (t.outputs() == null) continue;
      for (Parameter p : Scope.nonNull(t.outputs().parameters())) {
        if (p.globalName() != null) g.outputParameter(p.globalName());
      }
      for (Artifact a : Scope.nonNull(t.outputs().artifacts())) {
        if (a.globalName() != null) g.outputArtifact(a.globalName());
      }
    }
  }
}
