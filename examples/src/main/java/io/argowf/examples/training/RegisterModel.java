package io.argowf.examples.training;

import io.argowf.step.JavaStep;
import io.argowf.step.StepContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Registers the model: gives it a version from its content (the first 12 hex digits of its SHA-256) and a URI. A
 * real step would call a model registry here; the workflow runs it only when the accuracy beats the threshold.
 */
public final class RegisterModel implements JavaStep<RegisterModel.In, RegisterModel.Out> {
  /**
   * @param model the weights
   * @param accuracy the accuracy measured, recorded with the version
   * @param name the model's name in the registry
   */
  public record In(Path model, double accuracy, String name) {}

  /**
   * @param version the content's version
   * @param uri where the model is registered
   */
  public record Out(String version, String uri) {}

  @Override
  public Out run(In in, StepContext ctx) throws IOException, NoSuchAlgorithmException {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(in.model()));
    String version = HexFormat.of().formatHex(digest).substring(0, 12);
    String uri = "models:/" + in.name() + "/" + version;
    ctx.log("registered %s (accuracy %.4f) from workflow %s", uri, in.accuracy(), ctx.workflowName());
    return new Out(version, uri);
  }
}
