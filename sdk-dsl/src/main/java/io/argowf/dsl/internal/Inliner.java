package io.argowf.dsl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.model.Lint;
import io.argowf.model.LintException;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.Resource;
import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowTemplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flattens a workflow that uses {@code workflowTemplateRef} and {@code templateRef} into one self-contained manifest:
 * the referenced WorkflowTemplate's spec is joined under the workflow's own (what the workflow sets wins; arguments
 * are merged by name, as Argo does), and every template a {@code templateRef} names is copied in, with the templates it
 * calls in turn. A copied template keeps its name when that is free, else becomes {@code WORKFLOWTEMPLATE-TEMPLATE}.
 */
public final class Inliner {
  private static final ObjectMapper JSON = Manifests.jsonMapper();
  private final Map<String, ObjectNode> libraries = new LinkedHashMap<>();
  private final Map<String, String> copiedAs = new HashMap<>();
  private final Set<String> taken = new HashSet<>();
  private ArrayNode templates;
  private final List<Lint.Problem> problems = new ArrayList<>();

  private Inliner(List<Resource> given) {
    for (Resource r : given) {
      if (r instanceof WorkflowTemplate w) libraries.put(key(false, w.metadata().name()), tree(w.spec()));
      else if (r instanceof ClusterWorkflowTemplate c) libraries.put(key(true, c.metadata().name()), tree(c.spec()));
      else throw new IllegalArgumentException("inline takes WorkflowTemplates and ClusterWorkflowTemplates, not " + r.getClass().getSimpleName());
    }
  }

  /** The flattened workflow, checked with Lint as one manifest; a reference to a template not given is an error. */
  public static Workflow inline(Workflow workflow, List<Resource> given) {
    ObjectNode wf = tree(workflow);
    ObjectNode spec = wf.with("spec");
    ObjectNode ref = spec.has("workflowTemplateRef") ? (ObjectNode) spec.remove("workflowTemplateRef") : null;
    Inliner in = new Inliner(given);
    if (ref != null) in.join(spec, ref);
    in.templates = spec.withArray("templates");
    in.templates.forEach(t -> in.taken.add(t.path("name").asText()));
    int own = in.templates.size();
    for (int i = 0; i < own; i++) in.calls((ObjectNode) in.templates.get(i), null, "spec.templates[" + i + "]");
    if (in.templates.isEmpty()) spec.remove("templates");
    Workflow result = JSON.convertValue(wf, Workflow.class);
    List<Lint.Problem> all = new ArrayList<>(in.problems);
    all.addAll(Lint.check(result));
    if (all.stream().anyMatch(Lint.Problem::isError)) throw new LintException(all);
    return result;
  }

  /** Joins the referenced template's spec under the workflow's: the workflow's fields win, arguments merge by name. */
  private void join(ObjectNode spec, ObjectNode ref) {
    String name = ref.path("name").asText();
    ObjectNode library = libraries.get(key(ref.path("clusterScope").asBoolean(), name));
    if (library == null) {
      problems.add(new Lint.Problem(Lint.Severity.ERROR, "spec.workflowTemplateRef.name", what(ref.path("clusterScope").asBoolean(), name)
          + " was not given to inline; given: " + given()));
      return;
    }
    ObjectNode base = library.deepCopy();
    ArrayNode own = (ArrayNode) spec.remove("templates");
    ObjectNode args = spec.has("arguments") ? (ObjectNode) spec.remove("arguments") : null;
    Iterator<Map.Entry<String, JsonNode>> fields = spec.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      base.set(f.getKey(), f.getValue());
    }
    if (args != null) base.set("arguments", mergeArguments(base.path("arguments"), args));
    spec.removeAll();
    spec.setAll(base);
    if (own != null) spec.withArray("templates").addAll(own);
  }

  private static ObjectNode mergeArguments(JsonNode base, ObjectNode own) {
    ObjectNode merged = base.isObject() ? ((ObjectNode) base).deepCopy() : JSON.createObjectNode();
    for (String kind : List.of("parameters", "artifacts")) {
      if (!own.has(kind)) continue;
      Map<String, JsonNode> byName = new LinkedHashMap<>();
      merged.path(kind).forEach(p -> byName.put(p.path("name").asText(), p));
      own.get(kind).forEach(p -> byName.put(p.path("name").asText(), p));
      ArrayNode list = merged.putArray(kind);
      byName.values().forEach(list::add);
    }
    return merged;
  }

  /** Rewrites the calls of one template; {@code library} is the WorkflowTemplate it was copied from, or null. */
  private void calls(ObjectNode template, String library, String path) {
    JsonNode steps = template.path("steps");
    for (int g = 0; g < steps.size(); g++) {
      for (int j = 0; j < steps.get(g).size(); j++) call((ObjectNode) steps.get(g).get(j), library, path + ".steps[" + g + "][" + j + "]");
    }
    JsonNode tasks = template.path("dag").path("tasks");
    for (int k = 0; k < tasks.size(); k++) call((ObjectNode) tasks.get(k), library, path + ".dag.tasks[" + k + "]");
  }

  private void call(ObjectNode call, String library, String path) {
    if (call.has("inline")) calls((ObjectNode) call.get("inline"), library, path + ".inline");
    target(call, library, path);
    if (library != null && call.has("onExit")) {
      String copied = copy(library, call.get("onExit").asText(), path + ".onExit");
      if (copied != null) call.put("onExit", copied);
    }
    Iterator<Map.Entry<String, JsonNode>> hooks = call.path("hooks").fields();
    while (hooks.hasNext()) {
      Map.Entry<String, JsonNode> h = hooks.next();
      target((ObjectNode) h.getValue(), library, path + ".hooks." + h.getKey());
    }
  }

  /** Points a step, task or hook at the copy of what it runs: its templateRef's, or its library's template. */
  private void target(ObjectNode call, String library, String path) {
    if (call.has("templateRef")) {
      JsonNode ref = call.get("templateRef");
      String copied = copy(key(ref.path("clusterScope").asBoolean(), ref.path("name").asText()), ref.path("template").asText(),
          path + ".templateRef");
      if (copied != null) {
        call.remove("templateRef");
        call.put("template", copied);
      }
    } else if (library != null && call.has("template")) {
      String copied = copy(library, call.get("template").asText(), path + ".template");
      if (copied != null) call.put("template", copied);
    }
  }

  /** Copies a template of a library once, with what it calls; returns its name here, or null when not found. */
  private String copy(String library, String template, String path) {
    String id = library + "/" + template;
    if (copiedAs.containsKey(id)) return copiedAs.get(id);
    ObjectNode spec = libraries.get(library);
    JsonNode found = null;
    if (spec != null) for (JsonNode t : spec.path("templates")) if (template.equals(t.path("name").asText())) found = t;
    if (found == null) {
      problems.add(new Lint.Problem(Lint.Severity.ERROR, path, (spec == null ? describe(library) + " was not given to inline"
          : describe(library) + " has no template '" + template + "'") + "; given: " + given()));
      return null;
    }
    String name = taken.contains(template) ? unique(library.substring(library.indexOf(':') + 1) + "-" + template) : template;
    taken.add(name);
    copiedAs.put(id, name);
    ObjectNode copy = ((ObjectNode) found).deepCopy();
    copy.put("name", name);
    templates.add(copy);
    calls(copy, library, "spec.templates[" + (templates.size() - 1) + "]");
    return name;
  }

  private String given() {
    return libraries.isEmpty() ? "none" : String.join(", ", libraries.keySet().stream().map(Inliner::describe).toList());
  }

  private String unique(String name) {
    String candidate = name;
    for (int n = 2; taken.contains(candidate); n++) candidate = name + "-" + n;
    return candidate;
  }

  private static String key(boolean cluster, String name) {
    return (cluster ? "ClusterWorkflowTemplate:" : "WorkflowTemplate:") + name;
  }

  private static String describe(String key) {
    return key.replace(":", " '") + "'";
  }

  private static String what(boolean cluster, String name) {
    return describe(key(cluster, name));
  }

  private static ObjectNode tree(Object model) {
    return JSON.valueToTree(model);
  }
}
