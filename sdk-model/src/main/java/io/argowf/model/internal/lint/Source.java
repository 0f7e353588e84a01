package io.argowf.model.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.WorkflowSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One WorkflowSpec whose templates calls may name: the manifest's own, or a WorkflowTemplate's. */
final class Source {
  final String label;
  final WorkflowSpec spec;
  final JsonNode specNode;
  final String specPath;
  final boolean own;
  private final Map<String, Integer> index = new HashMap<>();

  /**
   * @param label e.g. {@code WorkflowTemplate 'build'}, or empty for the manifest itself
   * @param specPath where the spec sits, e.g. {@code spec} or {@code spec.workflowSpec}
   */
  Source(String label, WorkflowSpec spec, JsonNode specNode, String specPath, boolean own) {
    this.label = label;
    this.spec = spec;
    this.specNode = specNode;
    this.specPath = specPath;
    this.own = own;
    List<Template> templates = templates();
    for (int i = 0; i < templates.size(); i++) {
      String name = templates.get(i).name();
      if (name != null) index.putIfAbsent(name, i);
    }
  }

  List<Template> templates() {
    return spec.templates() == null ? List.of() : spec.templates();
  }

  /** The template of that name, or null. */
  Callee find(String name) {
    Integer i = index.get(name);
    return i == null ? null : callee(i);
  }

  Callee callee(int i) {
    return new Callee(this, templates().get(i), specNode.path("templates").path(i), specPath + ".templates[" + i + "]");
  }

  /** The names of the templates here, for messages. */
  String names() {
    List<Template> templates = templates();
    String shown = templates.stream().limit(12).map(Template::name).filter(n -> n != null)
        .collect(Collectors.joining(", "));
    if (shown.isEmpty()) return "there are none";
    return (label.isEmpty() ? "templates here: " : label + " has: ") + shown + (templates.size() > 12 ? ", ..." : "");
  }
}
