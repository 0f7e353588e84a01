package io.argowf.local;

import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.WorkflowSpec;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code workflow.*} variables every template sees. */
final class Globals {
  private final RunState run;
  private final Map<String, String> fixed = new LinkedHashMap<>();
  private final Map<String, String> parameters = new LinkedHashMap<>();

  Globals(RunState run, WorkflowSpec spec) {
    this.run = run;
    RunIdentity id = run.identity;
    fixed.put("workflow.name", id.name());
    fixed.put("workflow.namespace", id.namespace());
    fixed.put("workflow.uid", id.uid());
    fixed.put("workflow.serviceAccountName", spec.serviceAccountName() == null ? "default" : spec.serviceAccountName());
    fixed.put("workflow.mainEntrypoint", spec.entrypoint() == null ? "" : spec.entrypoint());
    fixed.put("workflow.priority", spec.priority() == null ? "0" : spec.priority().toString());
    creationTimestamp(id);
    var meta = run.submitted().metadata();
    if (meta != null) {
      labels("workflow.labels", meta.labels());
      labels("workflow.annotations", meta.annotations());
    }
  }

  private void creationTimestamp(RunIdentity id) {
    ZonedDateTime t = id.created().atZone(ZoneOffset.UTC);
    fixed.put("workflow.creationTimestamp", DateTimeFormatter.ISO_INSTANT.format(id.created().truncatedTo(
        java.time.temporal.ChronoUnit.SECONDS)));
    String[][] parts = {{"Y", "yyyy"}, {"y", "yy"}, {"m", "MM"}, {"d", "dd"}, {"H", "HH"}, {"M", "mm"},
        {"S", "ss"}, {"b", "MMM"}, {"B", "MMMM"}, {"a", "EEE"}, {"A", "EEEE"}, {"j", "DDD"}, {"p", "a"}};
    for (String[] p : parts) fixed.put("workflow.creationTimestamp." + p[0], DateTimeFormatter.ofPattern(p[1],
        java.util.Locale.ROOT).format(t));
    fixed.put("workflow.creationTimestamp.s", Long.toString(id.created().getEpochSecond()));
    fixed.put("workflow.creationTimestamp.RFC3339", fixed.get("workflow.creationTimestamp"));
  }

  private void labels(String prefix, Map<String, String> values) {
    if (values == null) return;
    var json = Json.object();
    values.forEach((k, v) -> {
      fixed.put(prefix + "." + k, v);
      json.put(k, v);
    });
    fixed.put(prefix, Json.text(json));
    fixed.put(prefix + ".json", Json.text(json));
  }

  /** Sets the workflow's parameters (after {@code -p} overrides and ConfigMap lookups). */
  void parameters(Iterable<Parameter> params, Catalog catalog) {
    var json = Json.array();
    for (Parameter p : params) {
      String v = p.value();
      if (v == null && p.valueFrom() != null && p.valueFrom().configMapKeyRef() != null) {
        v = catalog.configMapValue(p.valueFrom().configMapKeyRef().name(), p.valueFrom().configMapKeyRef().key());
      }
      if (v == null && p.valueFrom() != null) v = p.valueFrom().defaultValue();
      if (v == null) v = p.defaultValue();
      if (v == null) throw new IllegalArgumentException("spec.arguments.parameters." + p.name() + " has no value");
      parameters.put(p.name(), v);
      json.addObject().put("name", p.name()).put("value", v);
    }
    Map<String, String> resolved = new LinkedHashMap<>();
    Vars base = Vars.of(fixed);
    parameters.forEach((k, v) -> resolved.put(k, Substitution.apply(v, base.with(prefixed()), false)));
    parameters.putAll(resolved);
    fixed.put("workflow.parameters", Json.text(json));
    var byName = Json.object();
    parameters.forEach(byName::put);
    fixed.put("workflow.parameters.json", Json.text(byName));
  }

  private Map<String, String> prefixed() {
    Map<String, String> m = new LinkedHashMap<>();
    parameters.forEach((k, v) -> m.put("workflow.parameters." + k, v));
    return m;
  }

  Map<String, String> parameterValues() {
    return parameters;
  }

  /** Every {@code workflow.*} variable now (global outputs change as the run goes). */
  Vars vars() {
    Map<String, String> m = new LinkedHashMap<>(fixed);
    m.putAll(prefixed());
    run.globalParameters().forEach((k, v) -> m.put("workflow.outputs.parameters." + k, v));
    return Vars.of(m);
  }
}
