package io.argowf.model.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.argowf.model.Manifests;
import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowTemplate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The WorkflowTemplates and ClusterWorkflowTemplates that {@code templateRef}s may name, indexed once. */
final class Catalog {
  private final Map<String, Object> byKey = new HashMap<>();
  private final Map<String, Source> sources = new HashMap<>();

  Catalog(Collection<?> templates) {
    for (Object t : templates) {
      if (t instanceof WorkflowTemplate w && w.metadata() != null && w.metadata().name() != null) {
        byKey.putIfAbsent(key(false, w.metadata().name()), w);
      } else if (t instanceof ClusterWorkflowTemplate c && c.metadata() != null && c.metadata().name() != null) {
        byKey.putIfAbsent(key(true, c.metadata().name()), c);
      } else if (!(t instanceof WorkflowTemplate) && !(t instanceof ClusterWorkflowTemplate)) {
        throw new IllegalArgumentException("templates may only hold WorkflowTemplates and ClusterWorkflowTemplates, not "
            + (t == null ? "null" : t.getClass().getSimpleName()));
      }
    }
  }

  /** Every template given, for the global outputs they may set. */
  Collection<Object> all() {
    return byKey.values();
  }

  /**
   * @param cluster whether a ClusterWorkflowTemplate is meant
   * @return its spec as a source of templates, or null when not given
   */
  Source find(boolean cluster, String name) {
    String key = key(cluster, name);
    Source s = sources.get(key);
    if (s != null) return s;
    Object t = byKey.get(key);
    if (t == null) return null;
    WorkflowSpec spec = t instanceof WorkflowTemplate w ? w.spec() : ((ClusterWorkflowTemplate) t).spec();
    if (spec == null) return null;
    JsonNode tree = Manifests.jsonMapper().valueToTree(spec);
    String label = (cluster ? "ClusterWorkflowTemplate '" : "WorkflowTemplate '") + name + "'";
    s = new Source(label, spec, tree, "(" + label + ") spec", false);
    sources.put(key, s);
    return s;
  }

  static String key(boolean cluster, String name) {
    return (cluster ? "cluster/" : "namespaced/") + name;
  }
}
