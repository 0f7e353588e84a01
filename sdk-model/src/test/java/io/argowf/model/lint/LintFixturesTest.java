package io.argowf.model.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.model.Lint;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.Resource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each fixture under {@code lint/} lists, in {@code # expect} comments, exactly the problems lint must find:
 * severity, path, and a part of the message. The first document is linted; later ones are the templates it
 * may name.
 */
class LintFixturesTest {
  private static final Pattern EXPECT = Pattern.compile("# expect (error|warning) (\\S*): (.+)");

  @TestFactory
  Stream<DynamicTest> fixturesGetExactlyTheirExpectedProblems() throws IOException, URISyntaxException {
    Path dir = Path.of(LintFixturesTest.class.getResource("/lint").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream()
          .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }
  }

  private record Expected(Lint.Severity severity, String path, String fragment) {
    boolean matches(Lint.Problem p) {
      return p.severity() == severity && p.path().equals(path) && p.message().contains(fragment);
    }
  }

  private static void check(Path file) {
    List<Expected> expected = new ArrayList<>();
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String line : text.lines().toList()) {
      Matcher m = EXPECT.matcher(line);
      if (m.matches()) expected.add(new Expected(Lint.Severity.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT)), m.group(2), m.group(3)));
    }
    assertThat(expected.isEmpty()).as("a fixture says '# expect nothing' or lists what it expects")
        .isEqualTo(text.contains("# expect nothing"));
    List<Resource> docs = Manifests.readAll(text);
    List<Lint.Problem> found = new ArrayList<>(Lint.check(docs.get(0), docs.subList(1, docs.size())));
    List<Expected> missing = new ArrayList<>();
    for (Expected e : expected) {
      if (!found.removeIf(new java.util.function.Predicate<>() {
        boolean done;
        @Override
        public boolean test(Lint.Problem p) {
          if (done || !e.matches(p)) return false;
          done = true;
          return true;
        }
      })) {
        missing.add(e);
      }
    }
    assertThat(missing).as("expected but not reported (reported besides: " + found + ")").isEmpty();
    assertThat(found).as("reported but not expected").isEmpty();
  }
}
