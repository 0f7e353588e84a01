package io.argowf.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.workflow.Workflow;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestsErrorsTest {

  private static ManifestException failure(String yaml) {
    try {
      Manifests.readAll(yaml);
    } catch (ManifestException e) {
      return e;
    }
    throw new AssertionError("no error for:\n" + yaml);
  }

  @Test
  void aMapWhereAListBelongsNamesThePathLineAndColumn() {
    ManifestException e = failure("""
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata:
          name: x
        spec:
          entrypoint: main
          arguments:
            parameters:
              name: a
        """);
    assertThat(e.path()).isEqualTo("spec.arguments.parameters");
    assertThat(e.problem()).isEqualTo("expected a list, got a map");
    assertThat(e.line()).isEqualTo(9);
    assertThat(e.column()).isEqualTo(7);
    assertThat(e.getMessage()).isEqualTo("<string>: spec.arguments.parameters: expected a list, got a map at line 9, column 7");
  }

  @Test
  void aStringWhereANumberBelongsIsRefusedNotGuessed() {
    ManifestException e = failure("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nspec:\n  parallelism: \"5\"\n");
    assertThat(e.getMessage()).isEqualTo("<string>: spec.parallelism: expected a whole number, got the string \"5\" at line 4, column 16");
  }

  @Test
  void pathsGoThroughStepGroupsAndLists() {
    ManifestException e = failure("""
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        spec:
          templates:
          - name: a
            steps:
            - - name: b
                arguments: [1]
        """);
    assertThat(e.path()).isEqualTo("spec.templates[0].steps[0][0].arguments");
    assertThat(e.problem()).isEqualTo("expected a map (Arguments), got a list");
    assertThat(e.line()).isEqualTo(8);
  }

  @Test
  void aListWhereAQuantityBelongsSaysWhatAQuantityIs() {
    ManifestException e = failure("""
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        spec:
          templates:
          - name: a
            container:
              resources: {requests: {cpu: [1]}}
        """);
    assertThat(e.path()).isEqualTo("spec.templates[0].container.resources.requests.cpu");
    assertThat(e.problem()).contains("expected a quantity such as 500m or 8Gi");
  }

  @Test
  void malformedYamlNamesLineAndColumn() {
    ManifestException e = failure("apiVersion: v1\nkind: ConfigMap\ndata:\n  a: [1, 2\n");
    assertThat(e.problem()).startsWith("malformed YAML");
    assertThat(e.line()).isEqualTo(5);
  }

  @Test
  void theSecondDocumentIsNamedInMultiDocumentErrors() {
    ManifestException e = failure("apiVersion: v1\nkind: ConfigMap\n---\napiVersion: v1\nkind: ConfigMap\ndata: [x]\n");
    assertThat(e.path()).isEqualTo("(document 2) data");
    assertThat(e.line()).isEqualTo(6);
  }

  @Test
  void aDocumentThatIsNotAMapIsRefused() {
    assertThat(failure("- a\n- b\n").problem()).isEqualTo("expected a Kubernetes object (a map with apiVersion and kind), got a list");
  }

  @Test
  void aliasBombsAreRefused() {
    StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      y.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 10; i++) y.append(i == 0 ? "" : ", ").append('*').append(prev);
      y.append("]\n");
      prev = c;
    }
    assertThat(failure(y.toString()).problem()).contains("an alias bomb");
  }

  @Test
  void overDeepNestingIsRefused() {
    String deep = "a: " + "[".repeat(300) + "]".repeat(300) + "\n";
    assertThat(failure(deep).problem()).contains("nesting is deeper than 256 levels");
  }

  @Test
  void readingOneDocumentFromManyIsAnError() {
    assertThatThrownBy(() -> Manifests.read("a: 1\n---\nb: 2\n", Workflow.class))
        .isInstanceOf(ManifestException.class).hasMessageContaining("expected one document, found 2");
  }

  @Test
  void fileErrorsNameTheFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("wf.yaml");
    Files.writeString(f, "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nspec: {templates: {}}\n");
    assertThatThrownBy(() -> Manifests.read(f)).hasMessage(f + ": spec.templates: expected a list, got a map at line 3, column 19");
    assertThatThrownBy(() -> Manifests.read(dir.resolve("missing.yaml"))).hasMessageContaining("missing.yaml: cannot read the file");
  }

  @Test
  void aByteOrderMarkIsIgnored() {
    assertThat(Manifests.read("\uFEFFapiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n")).isNotNull();
  }
}
