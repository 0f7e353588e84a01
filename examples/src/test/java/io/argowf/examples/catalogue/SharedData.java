package io.argowf.examples.catalogue;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The reference data beside the repository (CI has it; a fresh clone may not). */
final class SharedData {
  private SharedData() {}

  /** The folder, or the test is skipped saying why. */
  static Path dir(String sub) {
    String root = System.getProperty("argowf.shared", "../../shared");
    Path p = Path.of(root).resolve(sub);
    assumeTrue(Files.isDirectory(p), "skipped: reference data " + p.toAbsolutePath()
        + " is not here (it sits beside the repository in CI; a fresh clone runs without it)");
    return p;
  }

  /** A tutorial manifest, e.g. {@code 04-resourcepolicy.yaml}, or the test is skipped saying why. */
  static Path manifest(String file) {
    Path p = dir("seeds/manifests").resolve(file);
    assumeTrue(Files.isRegularFile(p), "skipped: " + p.toAbsolutePath() + " is not here");
    return p;
  }
}
