package io.argowf.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.k8s.Resource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Argo example and every tutorial manifest reads into its classes and writes back without loss; one that repeats
 * a key in a map is refused naming it, as strict decoding refuses it.
 */
class SharedCorpusRoundTripTest {

  @TestFactory
  Stream<DynamicTest> argoExamplesRoundTripLosslessly() {
    return SharedData.each("argo/examples", SharedCorpusRoundTripTest::roundTrip);
  }

  @TestFactory
  Stream<DynamicTest> tutorialManifestsRoundTripLosslessly() {
    return SharedData.each("seeds/manifests", SharedCorpusRoundTripTest::roundTrip);
  }

  static void roundTrip(Path file) throws IOException {
    String original = Files.readString(file);
    if (StrictYaml.repeatsAKey(file)) {   // e.g. an example that gives metadata.annotations twice
      assertThatThrownBy(() -> Manifests.readAll(file)).isInstanceOf(ManifestException.class).hasMessageContaining("is given twice");
      return;
    }
    List<Resource> docs = Manifests.readAll(file);
    assertThat(docs).isNotEmpty();
    for (Object d : docs) {
      if (d instanceof GenericManifest g) {
        assertThat(g.kind()).as("Argo Workflows kinds are typed in " + file)
            .matches(k -> !(g.apiVersion().startsWith("argoproj.io") && (k.contains("Workflow") || k.startsWith("Cron"))));
      }
    }
    String written = Manifests.toYamlAll(docs);
    assertThat(Manifests.differences(original, written)).as(file + " written as:\n" + written).isEmpty();
    assertThat(Manifests.toYamlAll(Manifests.readAll(written))).as("second round trip gives the same bytes").isEqualTo(written);
  }
}
