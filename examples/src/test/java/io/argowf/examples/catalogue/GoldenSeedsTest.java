package io.argowf.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.argowf.model.Manifests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Each example equals its golden tutorial manifest as Kubernetes reads it. */
class GoldenSeedsTest {

  /** The golden folder, or the test is skipped saying why. */
  static Path seeds() {
    Path p = Path.of(System.getProperty("argowf.shared", "../../shared")).resolve("seeds/manifests");
    assumeTrue(Files.isDirectory(p), "skipped: the tutorial's golden manifests " + p.toAbsolutePath()
        + " are not here (they sit beside the repository in CI)");
    return p;
  }

  @TestFactory
  Stream<DynamicTest> everyExampleWithAGoldenFileEqualsIt() throws IOException {
    Path dir = Path.of(System.getProperty("argowf.shared", "../../shared")).resolve("seeds/manifests");
    if (!Files.isDirectory(dir)) return Stream.of(DynamicTest.dynamicTest("golden manifests absent", GoldenSeedsTest::seeds));
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList().stream()
          .filter(f -> Catalogue.find(exampleName(f)).isPresent())
          .map(f -> DynamicTest.dynamicTest(exampleName(f), () -> {
            String written = Manifests.toYamlAll(Catalogue.find(exampleName(f)).orElseThrow().manifests());
            assertThat(Manifests.differences(Files.readString(f), written)).as(written).isEmpty();
          }));
    }
  }

  /** {@code 12-blender-render.yaml} is example {@code blender-render}. */
  static String exampleName(Path file) {
    return file.getFileName().toString().replaceFirst("^[0-9]+-", "").replaceFirst("\\.yaml$", "");
  }

  @org.junit.jupiter.api.Test
  void everyGoldenManifestHasAnExample() throws IOException {
    try (Stream<Path> files = Files.list(seeds())) {
      assertThat(files.map(GoldenSeedsTest::exampleName).toList())
          .allSatisfy(name -> assertThat(Catalogue.find(name)).as("example " + name).isPresent())
          .hasSize(13);
    }
  }
}
