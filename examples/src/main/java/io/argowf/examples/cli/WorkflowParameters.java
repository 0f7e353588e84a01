package io.argowf.examples.cli;

import io.argowf.model.workflow.Arguments;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code -p name=value}, as {@code argo submit -p}: sets the value of the workflow's argument of that name, or
 * adds the argument when the workflow has none of that name. The order of the arguments is kept.
 */
final class WorkflowParameters {
  private WorkflowParameters() {}

  static Workflow apply(Workflow wf, Map<String, String> values) {
    if (values.isEmpty()) return wf;
    Arguments args = wf.spec().arguments() == null ? Arguments.builder().build() : wf.spec().arguments();
    Map<String, String> left = new LinkedHashMap<>(values);
    List<Parameter> params = new ArrayList<>();
    for (Parameter p : args.parameters() == null ? List.<Parameter>of() : args.parameters()) {
      params.add(left.containsKey(p.name()) ? p.withValue(left.remove(p.name())) : p);
    }
    left.forEach((name, value) -> params.add(Parameter.builder().name(name).value(value).build()));
    return wf.withSpec(wf.spec().withArguments(args.withParameters(params)));
  }

  /** The documents with {@link #apply} done to each Workflow among them. */
  static List<Object> apply(List<Object> manifests, Map<String, String> values) {
    return manifests.stream().map(d -> d instanceof Workflow w ? (Object) apply(w, values) : d).toList();
  }
}
