package io.argowf.local;

import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.Inputs;
import io.argowf.model.workflow.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A template's inputs with their values: parameters as text, artifacts with where to load them from. */
record Bound(Map<String, String> parameters, Map<String, Artifact> artifacts) {

  static Bound none() {
    return new Bound(new LinkedHashMap<>(), new LinkedHashMap<>());
  }

  /** The inputs as a node's status shows them. */
  Inputs toInputs() {
    if (parameters.isEmpty() && artifacts.isEmpty()) return null;
    Inputs.Builder b = Inputs.builder();
    if (!parameters.isEmpty()) {
      List<Parameter> ps = new ArrayList<>();
      parameters.forEach((k, v) -> ps.add(Parameter.builder().name(k).value(v).build()));
      b.parameters(ps);
    }
    if (!artifacts.isEmpty()) b.artifacts(List.copyOf(artifacts.values()));
    return b.build();
  }

  /** {@code {{inputs.parameters}}}: the list of parameters as JSON. */
  String parametersJson() {
    var a = Json.array();
    parameters.forEach((k, v) -> a.addObject().put("name", k).put("value", v));
    return Json.text(a);
  }
}
