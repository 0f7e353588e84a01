package io.argowf.dsl;

import io.argowf.model.workflow.Artifact;
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
