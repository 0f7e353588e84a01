package io.argowf.local;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.argowf.model.Manifests;
import io.argowf.model.workflow.Workflow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Argo's examples beside the repository (CI has them; a fresh clone may not, and then the tests skip). */
final class SharedExamples {
  private SharedExamples() {}

  static Path dir() {
    Path p = Path.of(System.getProperty("argowf.shared", "../../shared")).resolve("argo/examples");
    assumeTrue(Files.isDirectory(p), "skipped: Argo's examples " + p.toAbsolutePath()
        + " are not here (they sit beside the repository in CI; our own fixtures cover the main paths)");
    return p;
  }

  /** The workflow of an example file and, after it, the file's other documents. */
  static List<Object> read(String file) {
    return new ArrayList<>(Manifests.readAll(dir().resolve(file)));
  }

  static Workflow workflow(List<Object> docs) {
    return docs.stream().filter(Workflow.class::isInstance).map(Workflow.class::cast).findFirst().orElseThrow();
  }

  static List<Object> others(List<Object> docs) {
    Workflow wf = workflow(docs);
    List<Object> rest = new ArrayList<>(docs);
    rest.remove(wf);
    return rest;
  }

  /** The WorkflowTemplates (and ClusterWorkflowTemplates) of a folder of examples. */
  static List<Object> templatesIn(String folder) {
    List<Object> out = new ArrayList<>();
    try (var files = Files.list(dir().resolve(folder))) {
      for (Path f : files.sorted().toList()) {
        for (Object o : Manifests.readAll(f)) if (!(o instanceof Workflow)) out.add(o);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }
}
