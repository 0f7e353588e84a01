package io.argowf.model;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

/** The reference data beside the repository (CI has it; a fresh clone may not). */
final class SharedData {
  private SharedData() {}

  /** The folder, or the test is skipped saying why. */
  static Path dir(String sub) {
    Path p = path(sub);
    assumeTrue(Files.isDirectory(p), why(p));
    return p;
  }

  /** Dynamic tests over the folder's files, or one skipped test saying why. */
  static Stream<DynamicTest> each(String sub, ThrowingConsumer<Path> test) {
    Path p = path(sub);
    if (!Files.isDirectory(p)) return Stream.of(DynamicTest.dynamicTest("reference data absent", () -> assumeTrue(false, why(p))));
    return yamlFiles(sub).stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> test.accept(f)));
  }

  private static Path path(String sub) {
    return Path.of(System.getProperty("argowf.shared", "../../shared")).resolve(sub);
  }

  private static String why(Path p) {
    return "skipped: reference data " + p.toAbsolutePath()
        + " is not here (it sits beside the repository in CI; a fresh clone runs without it)";
  }

  static List<Path> yamlFiles(String sub) {
    try (Stream<Path> s = Files.walk(dir(sub))) {
      return s.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml") || f.toString().endsWith(".json"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
