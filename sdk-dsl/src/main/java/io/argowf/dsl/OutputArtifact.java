package io.argowf.dsl;

import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.ArtifactGC;
import java.util.function.UnaryOperator;

/**
 * A template's output artifact. Read it from a step or task: {@code step.artifact(art)}.
 *
 * <pre>{@code
 * var helloArt = outputArtifact("hello-art", "/tmp/hello_world.txt");
 * var gen = container("gen").image("busybox").outputs(helloArt);
 * print.step("consume").with(message, gen.step("generate").artifact(helloArt));
 * }</pre>
 */
public final class OutputArtifact {
  private final Artifact artifact;

  OutputArtifact(Artifact artifact) {
    this.artifact = artifact;
  }

  /** @return the artifact's name */
  public String name() {
    return artifact.name();
  }

  /**
   * The same artifact, stored here instead of the default artifact repository.
   *
   * <pre>{@code
   * outputArtifact("model", "/out/model.bin").to(s3("models", "{{workflow.name}}/model.bin"));
   * }</pre>
   */
  public OutputArtifact to(Storage storage) {
    return new OutputArtifact(storage.merge(artifact));
  }

  /**
   * The same artifact, packed this way ({@link ArchiveStrategy#NONE} keeps a single file as it is).
   *
   * <pre>{@code
   * outputArtifact("report", "/out/report.html").archive(ArchiveStrategy.NONE);
   * }</pre>
   */
  public OutputArtifact archive(ArchiveStrategy strategy) {
    return new OutputArtifact(artifact.withArchive(strategy.toModel()));
  }

  /**
   * The same artifact, optional: a missing file does not fail the step.
   *
   * <pre>{@code
   * outputArtifact("debug-log", "/tmp/debug.log").optional();
   * }</pre>
   */
  public OutputArtifact optional() {
    return new OutputArtifact(artifact.withOptional(true));
  }

  /**
   * The same artifact, deleted from its repository when the workflow completes or is deleted.
   *
   * <pre>{@code
   * outputArtifact("scratch", "/tmp/scratch").gc(ArtifactGCStrategy.ON_WORKFLOW_COMPLETION);
   * }</pre>
   */
  public OutputArtifact gc(ArtifactGCStrategy strategy) {
    return new OutputArtifact(artifact.withArtifactGC(ArtifactGC.builder().strategy(strategy.toString()).build()));
  }

  /**
   * Also publishes the artifact as a workflow output {@code {{workflow.outputs.artifacts.NAME}}}.
   *
   * <pre>{@code
   * outputArtifact("model", "/out/model.bin").global("model");
   * }</pre>
   */
  public OutputArtifact global(String name) {
    return new OutputArtifact(artifact.withGlobalName(name));
  }

  /**
   * The same artifact changed with the model's vocabulary, e.g. to archive it differently.
   *
   * @param change e.g. {@code a -> a.withArchive(...)}
   * @return a new declaration
   */
  public OutputArtifact customize(UnaryOperator<Artifact> change) {
    return new OutputArtifact(change.apply(artifact));
  }

  /** @return the declaration as the model writes it under {@code outputs.artifacts} */
  public Artifact toModel() {
    return artifact;
  }
}
