package io.argowf.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.model.Manifests;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowSpec;

/**
 * The spec a run executes: the workflow's own, or for {@code workflowTemplateRef} the referenced template's spec with
 * the workflow's fields on top (its {@code arguments.parameters} replacing the template's by name), as Argo merges
 * them.
 */
final class Specs {
  private Specs() {}

  static WorkflowSpec effective(Workflow wf, Catalog catalog) {
    WorkflowSpec own = wf.spec();
    if (own == null) throw new LocalRunException(java.util.List.of("spec: the workflow has no spec"));
    if (own.workflowTemplateRef() == null) return own;
    var ref = own.workflowTemplateRef();
    WorkflowSpec base = catalog.workflowTemplateSpec(ref.name(), Boolean.TRUE.equals(ref.clusterScope()));
    if (base == null) {
      throw new LocalRunException(java.util.List.of("spec.workflowTemplateRef: "
          + (Boolean.TRUE.equals(ref.clusterScope()) ? "ClusterWorkflowTemplate " : "WorkflowTemplate ") + ref.name()
          + " was not given to the runner (LocalRunner.run(workflow, templates))"));
    }
    ObjectNode merged = (ObjectNode) Json.tree(Manifests.toJson(base));
    ObjectNode over = (ObjectNode) Json.tree(Manifests.toJson(own));
    over.remove("workflowTemplateRef");
    mergeArguments(merged, over);
    over.fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
    return Manifests.read(Json.text(merged), WorkflowSpec.class);
  }

  private static void mergeArguments(ObjectNode base, ObjectNode over) {
    JsonNode baseParams = base.path("arguments").path("parameters");
    JsonNode overParams = over.path("arguments").path("parameters");
    if (!baseParams.isArray() || !overParams.isArray()) return;
    ArrayNode out = Json.array();
    for (JsonNode p : baseParams) {
      JsonNode replacement = null;
      for (JsonNode q : overParams) if (q.path("name").equals(p.path("name"))) replacement = q;
      out.add(replacement != null ? replacement : p);
    }
    for (JsonNode q : overParams) {
      boolean known = false;
      for (JsonNode p : baseParams) known |= p.path("name").equals(q.path("name"));
      if (!known) out.add(q);
    }
    ((ObjectNode) over.get("arguments")).set("parameters", out);
  }
}
