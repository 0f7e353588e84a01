package io.argowf.model.internal.lint;

import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.k8s.PersistentVolumeClaim;
import io.argowf.model.k8s.Volume;
import io.argowf.model.workflow.LifecycleHook;
import io.argowf.model.workflow.PodGC;
import io.argowf.model.workflow.TTLStrategy;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.WorkflowSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Workflow-level rules: metadata, template names, arguments, pod GC, TTL, limits, volumes and hooks. */
final class SpecRules {
  private static final Set<String> POD_GC = Set.of("OnPodCompletion", "OnPodSuccess", "OnWorkflowCompletion", "OnWorkflowSuccess");

  private SpecRules() {}

  /** Name or generateName, valid for Kubernetes and short enough for Argo; labels and annotations well formed. */
  static void metadata(ObjectMeta m, String path, int max, Problems out) {
    String name = m == null ? null : m.name();
    String generate = m == null ? null : m.generateName();
    if ((name == null || name.isEmpty()) && (generate == null || generate.isEmpty())) {
      out.warn(path, "has neither name nor generateName, so Kubernetes will refuse to create it; set metadata.name or metadata.generateName");
      return;
    }
    if (name != null && !name.isEmpty()) {
      String bad = Names.object(name, max);
      if (bad != null) out.error(path + ".name", "name '" + name + "' " + bad);
    }
    if (generate != null && !generate.isEmpty()) {
      String masked = generate.endsWith("-") ? generate.substring(0, generate.length() - 1) + "a" : generate;
      String bad = Names.object(masked, 253);
      if (bad != null) out.error(path + ".generateName", "generateName '" + generate + "' " + bad);
    }
    if (m.labels() != null) {
      for (Map.Entry<String, String> e : m.labels().entrySet()) {
        String bad = Names.labelKey(e.getKey());
        if (bad != null) out.error(path + ".labels", "label key '" + e.getKey() + "' " + bad);
        bad = Names.labelValue(e.getValue() == null ? "" : e.getValue());
        if (bad != null) out.error(path + ".labels." + e.getKey(), "label value '" + e.getValue() + "' " + bad);
      }
    }
    if (m.annotations() != null) {
      for (String key : m.annotations().keySet()) {
        String bad = Names.labelKey(key);
        if (bad != null) out.error(path + ".annotations", "annotation key '" + key + "' " + bad);
      }
    }
  }

  /**
   * @param valuesLater whether parameters may wait for the submitter (a WorkflowTemplate, or Argo's lint)
   */
  static void check(WorkflowSpec spec, String path, boolean valuesLater, Problems out) {
    templateNames(spec.templates(), path + ".templates", out);
    ArgumentRules.check(spec.arguments(), path + ".arguments", valuesLater, out);
    if (spec.activeDeadlineSeconds() != null && spec.activeDeadlineSeconds() < 0) {
      out.error(path + ".activeDeadlineSeconds", "activeDeadlineSeconds must be 0 or more seconds");
    }
    if (spec.parallelism() != null && spec.parallelism() < 0) out.error(path + ".parallelism", "parallelism must be 0 or more");
    ttl(spec.ttlStrategy(), path + ".ttlStrategy", out);
    podGC(spec.podGC(), path + ".podGC", out);
    CommonRules.retry(spec.retryStrategy(), path + ".retryStrategy", out);
    CommonRules.metrics(spec.metrics(), path + ".metrics", out);
    CommonRules.synchronization(spec.synchronization(), path + ".synchronization", out);
    CommonRules.podResources(spec.podResources(), path + ".podResources", out);
    TemplateRules.volumeNames(spec.volumes(), path + ".volumes", out);
    claims(spec, path, out);
    if (spec.hooks() != null) {
      for (Map.Entry<String, LifecycleHook> e : spec.hooks().entrySet()) {
        if (e.getValue().template() == null && e.getValue().templateRef() == null) {
          out.error(path + ".hooks." + e.getKey(), "hook '" + e.getKey() + "' names no template; set template or templateRef");
        }
      }
    }
  }

  private static void templateNames(List<Template> templates, String path, Problems out) {
    Set<String> seen = new HashSet<>();
    List<Template> list = Scope.nonNull(templates);
    for (int i = 0; i < list.size(); i++) {
      String name = list.get(i).name();
      String at = path + "[" + i + "].name";
      if (name == null || name.isEmpty()) {
        out.error(at, "a template needs a name");
        continue;
      }
      String bad = Names.field(name);
      if (bad != null) out.error(at, "template name '" + name + "' " + bad);
      if (!seen.add(name)) out.error(at, "template name '" + name + "' is used twice; names must be unique");
    }
  }

  private static void ttl(TTLStrategy t, String path, Problems out) {
    if (t == null) return;
    nonNegative(t.secondsAfterCompletion(), path + ".secondsAfterCompletion", out);
    nonNegative(t.secondsAfterSuccess(), path + ".secondsAfterSuccess", out);
    nonNegative(t.secondsAfterFailure(), path + ".secondsAfterFailure", out);
  }

  static void nonNegative(Integer n, String path, Problems out) {
    if (n != null && n < 0) out.error(path, "must be 0 or more");
  }

  private static void podGC(PodGC gc, String path, Problems out) {
    if (gc == null) return;
    String s = gc.strategy();
    if (s != null && !s.isEmpty() && !POD_GC.contains(s)) {
      out.error(path + ".strategy", "podGC strategy '" + s + "' is unknown; use one of OnPodCompletion, OnPodSuccess, OnWorkflowCompletion, OnWorkflowSuccess");
    }
    CommonRules.labelSelector(gc.labelSelector(), path + ".labelSelector", out);
    if (gc.labelSelector() != null && "OnWorkflowCompletion".equals(s)
        && (!Scope.nonNull(gc.labelSelector().matchExpressions()).isEmpty()
            || (gc.labelSelector().matchLabels() != null && !gc.labelSelector().matchLabels().isEmpty()))) {
      out.error(path + ".labelSelector", "OnWorkflowCompletion deletes every pod of the workflow, so a labelSelector does not apply; use OnPodCompletion to select pods");
    }
    CommonRules.duration(gc.deleteDelayDuration(), path + ".deleteDelayDuration", out);
  }

  private static void claims(WorkflowSpec spec, String path, Problems out) {
    Set<String> volumes = new HashSet<>();
    for (Volume v : Scope.nonNull(spec.volumes())) {
      if (v.name() != null) volumes.add(v.name());
    }
    Set<String> seen = new HashSet<>();
    List<PersistentVolumeClaim> claims = Scope.nonNull(spec.volumeClaimTemplates());
    for (int i = 0; i < claims.size(); i++) {
      PersistentVolumeClaim c = claims.get(i);
      String at = path + ".volumeClaimTemplates[" + i + "].metadata.name";
      String name = c.metadata() == null ? null : c.metadata().name();
      if (name == null || name.isEmpty()) {
        out.error(at, "a volume claim template needs metadata.name: the volume name mounts use");
        continue;
      }
      String bad = Names.volume(name);
      if (bad != null) out.error(at, "volume name '" + name + "' " + bad);
      if (!seen.add(name)) out.error(at, "volume claim template '" + name + "' is declared twice; names must be unique");
      if (volumes.contains(name)) out.error(at, "'" + name + "' is also in spec.volumes; give the claim and the volume different names");
    }
  }
}
