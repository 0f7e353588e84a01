package io.argowf.dsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.model.Lint;
import io.argowf.model.Manifests;
import java.util.List;

/** Compares what the DSL built with one of Argo's examples, as Kubernetes reads both. */
final class Golden {
  private Golden() {}

  /**
   * Asserts the manifests lint clean and, when the reference data is here, equal the example's documents.
   *
   * @param example the path under {@code argo/examples}, e.g. {@code dag-diamond.yaml}
   * @param built the manifests, in the file's order
   */
  static void assertMatches(String example, Object... built) {
    for (Object manifest : built) {
      assertThat(Lint.check(manifest)).filteredOn(Lint.Problem::isError).isEmpty();
      assertThat(Manifests.toYaml(manifest)).isNotBlank();
    }
    List<Object> expected = Manifests.readAll(SharedData.file("argo/examples/" + example));
    assertThat(built).hasSameSizeAs(expected);
    for (int i = 0; i < built.length; i++) {
      assertThat(Manifests.differences(expected.get(i), built[i])).as("%s, document %d", example, i + 1).isEmpty();
    }
  }
}
