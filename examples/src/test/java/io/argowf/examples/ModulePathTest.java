package io.argowf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The other tests run on the class path; this one proves the module descriptors: it compiles a small user module
 * ({@code src/test/resources/module-path}) against the published modules on the module path and runs it there, so a
 * missing {@code exports}, {@code opens} (Jackson binding), {@code requires} or {@code provides} (the VCI kinds) fails
 * here. The module path is the examples module's runtime class path, which the build passes in as
 * {@code argowf.runtimePath} (see this module's pom).
 */
class ModulePathTest {
  @TempDir Path work;

  @Test
  void aUserModuleUsesEveryFrontDoorOnTheModulePath() throws Exception {
    String modulePath = System.getProperty("argowf.runtimePath");
    assertThat(modulePath).as("argowf.runtimePath, set by the build").isNotBlank();

    Path out = work.resolve("classes");
    compile(modulePath, out);
    List<String> lines = run(out + File.pathSeparator + modulePath);

    assertThat(lines).containsExactly(
        "dsl+manifests: read back equal true",
        "lint: problems 0",
        "json: true",
        "vci kind via service: ResourcePolicy true",
        "client: namespace jobs",
        "expr: 6 true",
        "named: check reads io.argowf.model");
  }

  private static void compile(String modulePath, Path out) throws IOException {
    Path src = Path.of("src/test/resources/module-path");
    List<String> files;
    try (Stream<Path> s = Files.walk(src)) {
      files = s.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
    }
    List<String> options = List.of("--module-path", modulePath, "-d", out.toString());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      boolean ok = javac.getTask(errors, fm, null, options, null, fm.getJavaFileObjectsFromStrings(files)).call();
      assertThat(ok).as("javac on the module path:%n%s", errors).isTrue();
    }
  }

  private static List<String> run(String modulePath) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path log = Files.createTempFile("module-path", ".out");
    try {
      Process p = new ProcessBuilder(java.toString(), "--module-path", modulePath, "-m", "check/check.Main")
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      boolean ended = p.waitFor(2, TimeUnit.MINUTES);
      if (!ended) p.destroyForcibly();
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(ended).as("the program ended; it printed:%n%s", output).isTrue();
      assertThat(p.exitValue()).as("exit code; it printed:%n%s", output).isZero();
      // SLF4J's one-time notice about a missing binding goes to stderr; keep our lines only
      return output.lines().filter(l -> !l.startsWith("SLF4J")).toList();
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
