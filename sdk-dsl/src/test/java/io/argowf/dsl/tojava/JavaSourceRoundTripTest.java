package io.argowf.dsl.tojava;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.argowf.dsl.JavaSource;
import io.argowf.model.Manifests;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated Java, compiled with {@code -Xlint:all -Werror} against the modules' jars (or classes) and their
 * compile dependencies alone, as a user's build has them, and run in this JVM, gives back the manifests of the YAML
 * it came from, as Kubernetes reads them.
 */
class JavaSourceRoundTripTest {
  private static final Path OWN = Path.of("src/test/resources/tojava");
  @TempDir Path tmp;

  @Test
  void ourFixturesComeBackFromTheirJava() throws IOException {
    Report r = roundTrip(yamlFiles(OWN));
    System.out.println("own fixtures: " + r);
    assertThat(r.failures).isEmpty();
    assertThat(r.typed).isPositive();
  }

  @Test
  void theGeneratedCodeCompilesWithNoWarningAgainstWhatAUsersBuildHas() throws IOException {
    List<Path> sources = new ArrayList<>();
    for (Path f : yamlFiles(OWN)) {
      sources.add(JavaSource.of(f).inPackage("gen.clean").writeTo(tmp.resolve("clean")));
    }
    assertThat(InMemoryJava.userClasspath()).contains("sdk-model").contains("sdk-dsl").doesNotContain("immutables");
    assertThat(InMemoryJava.compile(tmp, sources).diagnostics()).isEmpty();
  }

  @Test
  void argosExamplesAndTheTutorialComeBackFromTheirJava() throws IOException {
    Path examples = shared("argo/examples");
    Path tutorial = shared("seeds/manifests");
    List<Path> files = new ArrayList<>(yamlFiles(examples));
    files.addAll(yamlFiles(tutorial));
    Report r = roundTrip(files);
    System.out.println("Argo examples and tutorial: " + r);
    assertThat(r.failures).isEmpty();
    assertThat(r.typed).isGreaterThan(r.text);
  }

  static final class Report {
    int files;
    int typed;
    int text;
    final Map<String, String> failures = new TreeMap<>();

    @Override
    public String toString() {
      return files + " files, " + typed + " {{...}} expressions as typed handles, " + text + " stayed text"
          + (failures.isEmpty() ? "" : ", failures: " + failures);
    }
  }

  private Report roundTrip(List<Path> files) throws IOException {
    return roundTrip(files, tmp);
  }

  /** Generates, compiles (in {@code tmp}), runs and compares every readable file. */
  static Report roundTrip(List<Path> files, Path tmp) throws IOException {
    Report r = new Report();
    List<Path> sources = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    List<List<Object>> expected = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      List<Object> docs;
      try {
        docs = new ArrayList<>(Manifests.readAll(files.get(i)));
      } catch (RuntimeException notReadable) {
        // a file the model refuses is Manifests' business, not the generator's; ours must all be readable
        if (files.get(i).startsWith(OWN)) r.failures.put(files.get(i).toString(), notReadable.getMessage());
        continue;
      }
      JavaSource java = JavaSource.of(files.get(i).getFileName().toString(), docs).inPackage("gen.f" + i);
      r.files++;
      r.typed += java.typedExpressions();
      r.text += java.textExpressions();
      Path dir = tmp.resolve("src").resolve("f" + i);
      sources.add(java.writeTo(dir));
      classes.add("gen.f" + i + "." + java.className());
      expected.add(docs);
    }
    InMemoryJava.Compiled compiled = InMemoryJava.compile(tmp, sources);
    if (!compiled.diagnostics().isEmpty()) r.failures.put("javac", String.join("\n", compiled.diagnostics()));
    for (int i = 0; i < classes.size() && compiled.diagnostics().isEmpty(); i++) {
      try {
        Method m = compiled.loader().loadClass(classes.get(i)).getMethod("manifests");
        Object back = m.invoke(null);
        List<String> diff = Manifests.differences(expected.get(i), back);
        if (!diff.isEmpty()) r.failures.put(classes.get(i), diff.toString());
      } catch (ReflectiveOperationException | RuntimeException e) {
        r.failures.put(classes.get(i), String.valueOf(e.getCause() == null ? e : e.getCause()));
      }
    }
    return r;
  }

  static List<Path> yamlFiles(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
    }
  }

  static Path shared(String sub) {
    Path p = Path.of(System.getProperty("argowf.shared", "../../shared")).resolve(sub);
    assumeTrue(Files.isDirectory(p), "skipped: reference data " + p.toAbsolutePath()
        + " is not here (it sits beside the repository in CI; a fresh clone runs without it)");
    return p;
  }
}
