package io.argowf.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every Argo example and every tutorial manifest reads into its classes and writes back without loss. */
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
