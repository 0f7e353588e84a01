package io.argowf.model.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.model.Lint;
import io.argowf.model.Manifests;
import io.argowf.model.workflow.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

class LintModeTest {
  private static final Workflow PARAMETER_FOR_SUBMIT = Manifests.read("""
      apiVersion: argoproj.io/v1alpha1
      kind: Workflow
      metadata: {generateName: needs-p-}
      spec:
        entrypoint: main
        arguments:
          parameters:
          - name: date
        templates:
        - name: main
          container: {image: alpine, args: ["{{workflow.parameters.date}}"]}
      """, Workflow.class);

  @Test
  void creatingAWorkflowNeedsEveryParameterValue() {
    assertThat(Lint.check(PARAMETER_FOR_SUBMIT)).filteredOn(Lint.Problem::isError)
        .extracting(Lint.Problem::path).containsExactly("spec.arguments.parameters[0]");
  }

  @Test
  void lintModeLetsParametersWaitForSubmit() {
    assertThat(Lint.check(PARAMETER_FOR_SUBMIT, List.of(), Lint.Mode.LINT)).noneMatch(Lint.Problem::isError);
  }
}
