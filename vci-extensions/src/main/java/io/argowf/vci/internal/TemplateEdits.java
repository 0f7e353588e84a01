package io.argowf.vci.internal;

import io.argowf.model.workflow.Metadata;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Edits of a workflow's templates and of pod metadata, shared by the placements. */
public final class TemplateEdits {
  private TemplateEdits() {}

  /**
   * Applies an edit to the named templates of a workflow.
   *
   * @throws IllegalArgumentException naming a template that is not there and listing those that are
   */
  public static Workflow onTemplates(Workflow wf, List<String> names, UnaryOperator<Template> edit) {
    if (names.isEmpty()) throw new IllegalArgumentException("no template names given; expected at least one");
    if (wf.spec() == null || wf.spec().templates() == null) {
      throw new IllegalArgumentException("spec.templates: absent; expected templates named " + names);
    }
    List<Template> templates = wf.spec().templates();
    List<String> present = new ArrayList<>();
    templates.forEach(t -> present.add(t.name()));
    for (String n : names) {
      if (!present.contains(n)) {
        throw new IllegalArgumentException("spec.templates: no template named '" + n + "'; templates here: "
            + String.join(", ", present));
      }
    }
    List<Template> out = new ArrayList<>();
    for (Template t : templates) out.add(names.contains(t.name()) ? edit.apply(t) : t);
    return wf.withSpec(wf.spec().withTemplates(out));
  }

  /** Pod metadata with extra annotations and labels (they win over what is there). */
  public static Metadata merge(Metadata existing, Map<String, String> annotations, Map<String, String> labels) {
    Metadata base = existing == null ? Metadata.builder().build() : existing;
    if (!annotations.isEmpty()) base = base.withAnnotations(plus(base.annotations(), annotations));
    if (!labels.isEmpty()) base = base.withLabels(plus(base.labels(), labels));
    return base;
  }

  private static Map<String, String> plus(Map<String, String> existing, Map<String, String> more) {
    Map<String, String> out = new LinkedHashMap<>();
    if (existing != null) out.putAll(existing);
    out.putAll(more);
    return out;
  }
}
