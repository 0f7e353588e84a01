package io.argowf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.model.Manifests;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Workflow;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkflowParametersTest {
  private static final Workflow WF = Manifests.read(String.join("\n",
      "apiVersion: argoproj.io/v1alpha1", "kind: Workflow", "metadata: {generateName: p-}",
      "spec:", "  entrypoint: main", "  arguments:", "    parameters:", "    - {name: a, value: '1'}",
      "    - {name: b, value: '2'}", "  templates:", "  - {name: main, suspend: {}}", ""), Workflow.class);

  @Test
  void setsTheNamedValuesKeepsTheOrderAndAddsNewOnesLast() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("c", "three");
    values.put("b", "two\nlines");
    Workflow wf = WorkflowParameters.apply(WF, values);
    assertThat(wf.spec().arguments().parameters()).extracting(Parameter::name, Parameter::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "1"), org.assertj.core.groups.Tuple.tuple("b", "two\nlines"),
            org.assertj.core.groups.Tuple.tuple("c", "three"));
  }

  @Test
  void noValuesLeavesTheWorkflowAsItWas() {
    assertThat(WorkflowParameters.apply(WF, Map.of())).isSameAs(WF);
  }
}
