package io.argowf.model.internal.lint;

import java.util.HashSet;
import java.util.Set;

/** The {@code workflow.*} variables one manifest offers. */
final class Globals {
  private static final String[] FIXED = {"workflow.name", "workflow.namespace", "workflow.uid",
      "workflow.serviceAccountName", "workflow.mainEntrypoint", "workflow.priority", "workflow.parameters",
      "workflow.parameters.json", "workflow.annotations", "workflow.annotations.json", "workflow.labels",
      "workflow.labels.json", "workflow.status"};

  private final Set<String> names = new HashSet<>(Set.of(FIXED));
  /** WorkflowTemplates get their parameters from the workflows that use them. */
  boolean anyParameter;
  /** A parameterized globalName makes every global output name possible. */
  boolean anyOutputParameter;
  boolean anyOutputArtifact;

  void parameter(String name) {
    names.add("workflow.parameters." + name);
  }

  void label(String key) {
    names.add("workflow.labels." + key);
  }

  void annotation(String key) {
    names.add("workflow.annotations." + key);
  }

  void outputParameter(String globalName) {
    if (Tags.has(globalName)) anyOutputParameter = true;
    else names.add("workflow.outputs.parameters." + globalName);
  }

  void outputArtifact(String globalName) {
    if (Tags.has(globalName)) anyOutputArtifact = true;
    else names.add("workflow.outputs.artifacts." + globalName);
  }

  /**
   * @param tag a {@code workflow.*} variable
   * @param exit whether it is used in an exit handler
   * @return null when it resolves, otherwise why not and what would
   */
  String missing(String tag, boolean exit) {
    if (names.contains(tag)) return null;
    if (tag.equals("workflow.failures")) {
      return exit ? null : "is only set while exit handlers run; use it in the spec.onExit template (or an exit hook)";
    }
    if (tag.startsWith("workflow.parameters.")) {
      return anyParameter ? null : "names a workflow parameter that spec.arguments.parameters does not declare; declare it there";
    }
    if (tag.startsWith("workflow.outputs.parameters.")) {
      return anyOutputParameter ? null : "names a global output no template sets; give an output parameter globalName: "
          + tag.substring("workflow.outputs.parameters.".length());
    }
    if (tag.startsWith("workflow.outputs.artifacts.")) {
      return anyOutputArtifact ? null : "names a global output no template sets; give an output artifact globalName: "
          + tag.substring("workflow.outputs.artifacts.".length());
    }
    if (tag.startsWith("workflow.labels.")) return "names a label the workflow does not have; add it to metadata.labels or spec.workflowMetadata.labels";
    if (tag.startsWith("workflow.annotations.")) return "names an annotation the workflow does not have; add it to metadata.annotations or spec.workflowMetadata.annotations";
    return "is not a workflow variable; known ones include workflow.name, workflow.namespace, workflow.uid, "
        + "workflow.parameters.NAME, workflow.labels.KEY, workflow.creationTimestamp and workflow.duration";
  }
}
