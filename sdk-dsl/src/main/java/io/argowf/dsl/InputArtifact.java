package io.argowf.dsl;

import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.RawArtifact;
import java.util.function.UnaryOperator;

/**
 * A template's input artifact, placed at a path in the container.
 *
 * <pre>{@code
 * var message = inputArtifact("message", "/tmp/message");
 * var print = container("print").inputs(message).image("busybox").command("cat", "/tmp/message");
 * print.step("consume").with(message, generate.artifact(helloArt));
 * var samples = inputArtifact("samples", "/samples.py").raw("import bpy\n");   // content given inline
 * }</pre>
 */
public final class InputArtifact {
  private final Artifact artifact;

  InputArtifact(Artifact artifact) {
    this.artifact = artifact;
  }

  /** @return the artifact's name */
  public String name() {
    return artifact.name();
  }

  /**
   * The same artifact with inline content (then callers need not pass it).
   *
   * @param data the file's content
   * @return a new declaration
   */
  public InputArtifact raw(String data) {
    return new InputArtifact(artifact.withRaw(RawArtifact.builder().data(data).build()));
  }

  /**
   * The same artifact, read from this storage (then callers need not pass it).
   *
   * <pre>{@code
   * inputArtifact("data", "/data/in.csv").from(s3("datasets", "2024/in.csv"));
   * }</pre>
   */
  public InputArtifact from(Storage storage) {
    return new InputArtifact(storage.merge(artifact));
  }

  /**
   * The same artifact, optional: the template runs without it.
   *
   * @return a new declaration
   */
  public InputArtifact optional() {
    return new InputArtifact(artifact.withOptional(true));
  }

  /**
   * The same artifact changed with the model's vocabulary, e.g. to read it from S3.
   *
   * @param change e.g. {@code a -> a.withS3(S3Artifact.builder().key("in.txt").build())}
   * @return a new declaration
   */
  public InputArtifact customize(UnaryOperator<Artifact> change) {
    return new InputArtifact(change.apply(artifact));
  }

  /** @return the declaration as the model writes it under {@code inputs.artifacts} */
  public Artifact toModel() {
    return artifact;
  }
}
