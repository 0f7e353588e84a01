package io.argowf.dsl.examples;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The reference data beside the repository (CI has it; a fresh clone may not). */
final class SharedData {
  private SharedData() {}

  /** The file, or the test is skipped saying why. */
  static Path file(String sub) {
    String root = System.getProperty("argowf.shared", "../../shared");
    Path p = Path.of(root).resolve(sub);
    assumeTrue(Files.isRegularFile(p), "skipped: reference file " + p.toAbsolutePath()
        + " is not here (it sits beside the repository in CI; a fresh clone runs without it)");
    return p;
  }
}
