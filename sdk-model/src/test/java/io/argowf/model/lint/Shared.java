package io.argowf.model.lint;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The reference data beside the repository (CI has it; a fresh clone may not). */
final class Shared {
  private Shared() {}

  /** A path in it, or the test is skipped saying why. */
  static Path path(String sub) {
    Path p = Path.of(System.getProperty("argowf.shared", "../../shared")).resolve(sub);
    assumeTrue(Files.exists(p), "skipped: reference data " + p.toAbsolutePath()
        + " is not here (it sits beside the repository in CI; a fresh clone runs without it)");
    return p;
  }

  static List<Path> yamlFiles(String sub) {
    try (Stream<Path> s = Files.walk(path(sub))) {
      return s.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
