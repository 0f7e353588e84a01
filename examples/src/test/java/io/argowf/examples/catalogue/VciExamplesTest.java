package io.argowf.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.examples.Main;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.Resource;
import io.argowf.model.k8s.ConfigMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VciExamplesTest {
  /** Example name, golden file, and the ConfigMap keys that hold a document as text (compared parsed). */
  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("resourcepolicy", "04-resourcepolicy.yaml", List.of()),
        Arguments.of("argo-jobs-namespace", "06-argo-jobs-namespace.yaml", List.of()),
        Arguments.of("argo-role-sa", "07-argo-role-sa.yaml", List.of()),
        Arguments.of("vci-profile", "08-vci-profile.yaml", List.of("selectors")),
        Arguments.of("workflow-controller-configmap", "10-workflow-controller-configmap.yaml", List.of("executor")),
        Arguments.of("podmonitor", "11-podmonitor.yaml", List.of()),
        Arguments.of("shared-data-pvc", "13-shared-data-pvc.yaml", List.of()));
  }

  @ParameterizedTest(name = "{0} builds and its YAML reads back the same")
  @MethodSource("examples")
  void buildsAndWritesYaml(String name, String golden, List<String> textKeys) {
    Example e = Catalogue.find(name).orElseThrow();
    String yaml = Manifests.toYamlAll(e.manifests());
    List<Resource> back = Manifests.readAll(yaml);
    assertThat(back).hasSameSizeAs(e.manifests());
    assertThat(Manifests.differences(e.manifests(), back)).isEmpty();
  }

  @ParameterizedTest(name = "{0} equals {1} as Kubernetes reads it")
  @MethodSource("examples")
  void equalsItsGolden(String name, String golden, List<String> textKeys, @TempDir Path dir) throws IOException {
    Path file = SharedData.dir("seeds/manifests").resolve(golden);
    // export it the way users do, then compare the file
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = Main.run(new String[] {"export", dir.toString(), name}, new PrintStream(out), new PrintStream(out));
    assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
    List<Resource> expected = Manifests.readAll(file);
    List<Resource> actual = Manifests.readAll(dir.resolve(name + ".yaml"));
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      Object want = expected.get(i);
      Object got = actual.get(i);
      if (want instanceof ConfigMap w && got instanceof ConfigMap g) {
        // these values are documents held as text (JSON / YAML): differences would compare the strings, so
        // compare them parsed, and the rest of the ConfigMap with differences
        for (String key : textKeys) {
          assertThat(Manifests.differences(w.data().get(key), g.data().get(key))).as(key).isEmpty();
        }
        want = without(w, textKeys);
        got = without(g, textKeys);
      }
      assertThat(Manifests.differences(want, got)).as(golden + " document " + (i + 1)).isEmpty();
    }
  }

  static ConfigMap without(ConfigMap cm, List<String> keys) {
    Map<String, String> data = new HashMap<>(cm.data());
    keys.forEach(data::remove);
    return cm.withData(data);
  }

  @ParameterizedTest(name = "{0} is listed")
  @MethodSource("examples")
  void isListed(String name, String golden, List<String> textKeys) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(Main.run(new String[] {"list"}, new PrintStream(out), System.err)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("(?m)^" + name + " ");
  }
}
