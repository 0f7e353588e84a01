package io.argowf.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import io.argowf.model.Lint;
import io.argowf.model.Manifests;
import io.argowf.model.workflow.Workflow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;

/** The organisation defaults in force: those found with {@link ServiceLoader} and those set once in code. */
final class Defaults {
  private static final List<WorkflowDefaults> FOUND = load();
  private static volatile List<WorkflowDefaults> set;

  private Defaults() {}

  static synchronized void set(List<WorkflowDefaults> defaults) {
    if (set != null) {
      throw new IllegalStateException("organisation defaults were set already (" + names(set) + "); set them once, at start-up");
    }
    set = List.copyOf(defaults);
  }

  static List<WorkflowDefaults> all() {
    List<WorkflowDefaults> all = new ArrayList<>(FOUND);
    if (set != null) all.addAll(set);
    all.sort(Comparator.comparingInt(WorkflowDefaults::order).thenComparing(WorkflowDefaults::name));
    return all;
  }

  /** Applies each default, noting every field it changed as an info problem; paths start with {@code specPath}. */
  static Workflow apply(Workflow wf, String specPath, List<Lint.Problem> notes) {
    for (WorkflowDefaults d : all()) {
      Workflow after = d.apply(wf);
      if (after == null) throw new IllegalStateException("organisation default '" + d.name() + "' returned null");
      if (after == wf) continue;
      List<String> changed = new ArrayList<>();
      diff(tree(wf), tree(after), "", changed);
      for (String path : changed) {
        String at = path.startsWith("spec") ? specPath + path.substring(4) : path;
        notes.add(new Lint.Problem(Lint.Severity.INFO, at, "set by organisation default '" + d.name() + "'"));
      }
      wf = after;
    }
    return wf;
  }

  private static JsonNode tree(Workflow wf) {
    return Json.MAPPER.valueToTree(wf);
  }

  /** Made on first use only (most builds have no defaults to apply); one copy, not one per call. */
  private static final class Json {
    static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = Manifests.jsonMapper();
  }

  private static void diff(JsonNode before, JsonNode after, String path, List<String> changed) {
    if (before != null && before.isObject() && after != null && after.isObject()) {
      List<String> names = new ArrayList<>();
      before.fieldNames().forEachRemaining(names::add);
      after.fieldNames().forEachRemaining(n -> { if (!names.contains(n)) names.add(n); });
      for (String n : names) diff(before.get(n), after.get(n), path.isEmpty() ? n : path + "." + n, changed);
    } else if (before == null ? after != null : !before.equals(after)) {
      changed.add(path);
    }
  }

  private static List<WorkflowDefaults> load() {
    List<WorkflowDefaults> found = new ArrayList<>();
    Iterator<WorkflowDefaults> it = ServiceLoader.load(WorkflowDefaults.class).iterator();
    it.forEachRemaining(found::add);
    return List.copyOf(found);
  }

  private static String names(List<WorkflowDefaults> defaults) {
    return String.join(", ", defaults.stream().map(WorkflowDefaults::name).toList());
  }
}
