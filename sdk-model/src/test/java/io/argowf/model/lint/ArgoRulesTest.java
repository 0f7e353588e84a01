package io.argowf.model.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.model.ArgoVersion;
import io.argowf.model.Lint;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.Resource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our own small workflows, one per rule of Argo's validator, each headed by the verdict Argo gives:
 * {@code # argo: valid}, or {@code # argo: invalid PATH} where lint must report an error at exactly PATH.
 * Optional lines: {@code # lint: MODE VERSION} (default {@code CREATE V4}) checks as that mode and Argo version, and
 * {@code # warns: PATH} expects a warning at PATH (what Argo accepts but fails later). The first document is
 * linted; later ones are the templates it may name.
 */
class ArgoRulesTest {
  private static final Pattern VERDICT = Pattern.compile("(?m)^# argo: (valid|invalid (\\S+))$");
  private static final Pattern SETTINGS = Pattern.compile("(?m)^# lint: (CREATE|LINT|SUBMIT) (V3_5|V4)$");
  private static final Pattern WARNS = Pattern.compile("(?m)^# warns: (\\S+)$");

  @TestFactory
  Stream<DynamicTest> eachCaseGetsArgosVerdict() throws IOException, URISyntaxException {
    Path dir = Path.of(ArgoRulesTest.class.getResource("/lint/argo-rules").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream()
          .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }
  }

  private static void check(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher m = VERDICT.matcher(text);
    assertThat(m.find()).as("the fixture starts with '# argo: valid' or '# argo: invalid PATH'").isTrue();
    List<Resource> docs = Manifests.readAll(text);
    Matcher settings = SETTINGS.matcher(text);
    boolean set = settings.find();
    Lint.Mode mode = set ? Lint.Mode.valueOf(settings.group(1)) : Lint.Mode.CREATE;
    ArgoVersion version = set ? ArgoVersion.valueOf(settings.group(2)) : ArgoVersion.V4;
    List<Lint.Problem> problems = Lint.check(docs.get(0), docs.subList(1, docs.size()), mode, version);
    List<Lint.Problem> errors = problems.stream().filter(Lint.Problem::isError).toList();
    for (Matcher w = WARNS.matcher(text); w.find();) {
      assertThat(problems).as("lint warns at " + w.group(1)).filteredOn(p -> !p.isError())
          .extracting(Lint.Problem::path).contains(w.group(1));
    }
    if (m.group(2) == null) {
      assertThat(errors).as("Argo accepts this").isEmpty();
    } else {
      assertThat(errors).as("Argo refuses this; lint should say so at " + m.group(2))
          .extracting(Lint.Problem::path).contains(m.group(2));
    }
  }
}
