package io.argowf.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sdk-model sources are exactly what the generator makes from Argo's schema. */
class GeneratedSourcesAreCurrentTest {

  @Test
  void committedModelSourcesMatchAFreshGeneration(@TempDir Path out) throws IOException {
    Path argo = Path.of(System.getProperty("argowf.shared", "../../shared")).resolve("argo");
    assumeTrue(Files.isRegularFile(argo.resolve("v4.1.2/schema.json")), "skipped: Argo's schema "
        + argo.toAbsolutePath() + " is not here (it sits beside the repository in CI; a fresh clone builds from the committed sources)");
    Path committed = Path.of(System.getProperty("argowf.root", "..")).resolve("sdk-model/src/generated/java");

    int written = new ModelGenerator(Definitions.load(argo.resolve("v4.1.2/schema.json"), argo.resolve("v3.5.5/schema.json")), out).generate();

    Map<String, String> fresh = sources(out);
    assertThat(fresh).hasSize(written);
    assertThat(sources(committed)).as("run the command in sdk-model/README.md to regenerate").isEqualTo(fresh);
  }

  @Test
  void everyArgoWorkflowKindAndTheKubernetesKindsBesideItAreModelled() {
    assertThat(ModelGenerator.KINDS.values()).extracting(k -> k[1]).contains("Workflow", "WorkflowTemplate",
        "ClusterWorkflowTemplate", "CronWorkflow", "WorkflowEventBinding", "WorkflowTaskSet", "WorkflowTaskResult",
        "WorkflowArtifactGCTask", "ConfigMap", "Secret", "PersistentVolumeClaim", "Namespace", "ServiceAccount", "Role",
        "RoleBinding", "ResourceQuota");
  }

  private static Map<String, String> sources(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) files.put(root.relativize(p).toString(), Files.readString(p));
    }
    return files;
  }
}
