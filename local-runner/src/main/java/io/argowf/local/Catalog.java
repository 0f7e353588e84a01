package io.argowf.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.ConfigMap;
import io.argowf.model.k8s.Secret;
import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.TemplateRef;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowTemplate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a run can reach by name: the workflow's templates, the WorkflowTemplates and ClusterWorkflowTemplates given to
 * the runner, and the ConfigMaps and Secrets given with them (for {@code configMapKeyRef} and {@code secretKeyRef}).
 */
final class Catalog {
  /** Templates looked up together: the workflow's own, or one WorkflowTemplate's. */
  record Scope(String description, Map<String, Template> templates) {}

  /** A template found, with the scope its own references resolve in. */
  record Found(Template template, Scope scope) {}

  private final Map<String, Scope> namespaced = new LinkedHashMap<>();
  private final Map<String, Scope> cluster = new LinkedHashMap<>();
  private final Map<String, WorkflowSpec> namespacedSpecs = new LinkedHashMap<>();
  private final Map<String, WorkflowSpec> clusterSpecs = new LinkedHashMap<>();
  private final Map<String, ConfigMap> configMaps = new LinkedHashMap<>();
  private final Map<String, Secret> secrets = new LinkedHashMap<>();
  private Template defaults;

  Catalog(Collection<?> given) {
    for (Object o : given) {
      if (o instanceof WorkflowTemplate t) add(namespaced, namespacedSpecs, t.metadata().name(), t.spec(), "namespaced/");
      else if (o instanceof ClusterWorkflowTemplate t) {
        add(cluster, clusterSpecs, t.metadata().name(), t.spec(), "cluster/");
      } else if (o instanceof ConfigMap c) configMaps.put(c.metadata().name(), c);
      else if (o instanceof Secret s) secrets.put(s.metadata().name(), s);
      else if (o != null) {
        throw new IllegalArgumentException("the runner takes WorkflowTemplates, ClusterWorkflowTemplates, ConfigMaps "
            + "and Secrets besides the workflow, not " + o.getClass().getSimpleName());
      }
    }
  }

  private static void add(Map<String, Scope> scopes, Map<String, WorkflowSpec> specs, String name, WorkflowSpec spec,
      String prefix) {
    Map<String, Template> byName = new LinkedHashMap<>();
    if (spec != null && spec.templates() != null) spec.templates().forEach(t -> byName.put(t.name(), t));
    scopes.put(name, new Scope(prefix + name, byName));
    specs.put(name, spec);
  }

  static Scope local(WorkflowSpec spec) {
    Map<String, Template> byName = new LinkedHashMap<>();
    if (spec.templates() != null) spec.templates().forEach(t -> byName.put(t.name(), t));
    return new Scope("local", byName);
  }

  void templateDefaults(Template defaults) {
    this.defaults = defaults;
  }

  /** The spec of a referenced WorkflowTemplate ({@code workflowTemplateRef}), or null. */
  WorkflowSpec workflowTemplateSpec(String name, boolean clusterScope) {
    return (clusterScope ? clusterSpecs : namespacedSpecs).get(name);
  }

  /**
   * Finds the template a step or task calls.
   *
   * @throws IllegalArgumentException with Argo's wording when it is not there
   */
  Found find(Scope from, String name, TemplateRef ref, Template inline) {
    if (inline != null) return new Found(withDefaults(inline), from);
    if (ref != null) return findRef(ref);
    Template t = from.templates().get(name);
    if (t == null) throw new IllegalArgumentException("template " + name + " not found");
    return new Found(withDefaults(t), from);
  }

  private Found findRef(TemplateRef ref) {
    boolean clusterScope = Boolean.TRUE.equals(ref.clusterScope());
    Scope s = (clusterScope ? cluster : namespaced).get(ref.name());
    if (s == null) {
      throw new IllegalArgumentException((clusterScope ? "ClusterWorkflowTemplate" : "WorkflowTemplate") + " "
          + ref.name() + " not found: give it to the runner (LocalRunner.run(workflow, templates))");
    }
    Template t = s.templates().get(ref.template());
    if (t == null) throw new IllegalArgumentException("template " + ref.template() + " not found in " + ref.name());
    return new Found(withDefaults(t), s);
  }

  /** Argo's {@code templateDefaults}: the template's own fields win. */
  Template withDefaults(Template t) {
    if (defaults == null) return t;
    ObjectNode merged = (ObjectNode) Json.tree(Manifests.toJson(defaults));
    merge(merged, Json.tree(Manifests.toJson(t)));
    return Manifests.read(Json.text(merged), Template.class);
  }

  private static void merge(ObjectNode base, JsonNode over) {
    over.fields().forEachRemaining(e -> {
      JsonNode b = base.get(e.getKey());
      if (b instanceof ObjectNode bo && e.getValue().isObject()) merge(bo, e.getValue());
      else base.set(e.getKey(), e.getValue());
    });
  }

  String configMapValue(String name, String key) {
    ConfigMap c = configMaps.get(name);
    if (c == null || c.data() == null) return null;
    return c.data().get(key);
  }

  String secretValue(String name, String key) {
    Secret s = secrets.get(name);
    if (s == null) return null;
    if (s.stringData() != null && s.stringData().containsKey(key)) return s.stringData().get(key);
    if (s.data() != null && s.data().get(key) != null) {
      return new String(java.util.Base64.getDecoder().decode(s.data().get(key)), java.nio.charset.StandardCharsets.UTF_8);
    }
    return null;
  }

  Map<String, String> configMapData(String name) {
    ConfigMap c = configMaps.get(name);
    return c == null || c.data() == null ? Map.of() : c.data();
  }

  Map<String, String> secretData(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    Secret s = secrets.get(name);
    if (s == null) return out;
    if (s.data() != null) s.data().keySet().forEach(k -> out.put(k, secretValue(name, k)));
    if (s.stringData() != null) out.putAll(s.stringData());
    return out;
  }

  boolean hasConfigMap(String name) {
    return configMaps.containsKey(name);
  }

  boolean hasSecret(String name) {
    return secrets.containsKey(name);
  }
}
