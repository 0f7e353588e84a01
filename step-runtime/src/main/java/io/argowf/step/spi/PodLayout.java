package io.argowf.step.spi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a Java step's values sit in its container, under one root folder ({@value #ROOT} in a pod):
 * <pre>
 * ROOT/inputs/parameters.json       every input parameter: Argo's {{inputs.parameters}} JSON, as a raw artifact
 * ROOT/inputs/artifacts/NAME        each input artifact
 * ROOT/outputs/parameters/NAME      each output parameter (valueFrom.path)
 * ROOT/outputs/artifacts/NAME       each output artifact (path)
 * </pre>
 * The template the DSL writes and the entry point agree through this class. Parameters travel in a file because a
 * file keeps every character as it is (newlines, quotes, any Unicode text, any length), where environment
 * variables and arguments pass through the container's locale and the kernel's 128 KiB limit per string.
 *
 * <pre>{@code
 * PodLayout pod = PodLayout.pod();
 * pod.outputParameter("accuracy");                         // /tmp/argowf/outputs/parameters/accuracy
 * PodLayout local = PodLayout.at(Path.of("target/node-1")); // the same layout in a local folder
 * }</pre>
 */
public final class PodLayout {
  /** The entry point class a Java step's container runs. */
  public static final String ENTRY_POINT = "io.argowf.step.Main";
  /** The root in a pod. */
  public static final String ROOT = "/tmp/argowf";
  /** Moves the root elsewhere, e.g. for a local run of the entry point: {@code ARGOWF_DIR=/some/folder}. */
  public static final String ROOT_ENV = "ARGOWF_DIR";
  /** Holds Argo's {@code {{retries}}}, set on templates that retry. */
  public static final String RETRY_ENV = "ARGOWF_RETRY";
  /** Holds Argo's {@code {{workflow.name}}}. */
  public static final String WORKFLOW_ENV = "ARGOWF_WORKFLOW_NAME";
  /** The name of the raw input artifact holding every input parameter (not a Java identifier: no clash). */
  public static final String PARAMETERS_ARTIFACT = "argowf-parameters";

  private final String root;

  private PodLayout(String root) {
    this.root = Objects.requireNonNull(root, "root");
  }

  /** @return the layout in a pod, under {@value #ROOT} */
  public static PodLayout pod() {
    return new PodLayout(ROOT);
  }

  /**
   * @param root a local folder
   * @return the layout under it
   */
  public static PodLayout at(Path root) {
    return new PodLayout(root.toAbsolutePath().toString());
  }

  /**
   * @param env the process's environment
   * @return the layout under {@value #ROOT_ENV} when set, else the pod's
   */
  public static PodLayout fromEnvironment(Map<String, String> env) {
    String dir = env.get(ROOT_ENV);
    return dir == null || dir.isBlank() ? pod() : new PodLayout(dir);
  }

  /** @return the root folder */
  public String root() {
    return root;
  }

  /** @return where the input parameters' JSON is placed */
  public String parametersFile() {
    return root + "/inputs/parameters.json";
  }

  /**
   * @param name the component's name
   * @return where that input artifact is placed
   */
  public String inputArtifact(String name) {
    return root + "/inputs/artifacts/" + name;
  }

  /**
   * @param name the component's name
   * @return where that output parameter is written
   */
  public String outputParameter(String name) {
    return root + "/outputs/parameters/" + name;
  }

  /**
   * @param name the component's name
   * @return where that output artifact is written
   */
  public String outputArtifact(String name) {
    return root + "/outputs/artifacts/" + name;
  }

  // ---- the entry point's side

  /**
   * Reads the input parameters; no file means no parameters.
   *
   * @return values by name
   * @throws StepFailure when the file is not Argo's parameter JSON
   */
  public Map<String, String> readParameters() throws StepFailure {
    Path file = Path.of(parametersFile());
    if (!Files.exists(file)) return Map.of();
    try {
      return ParameterFile.read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      throw StepFailure.notStarted("cannot read the input parameters at " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * @param inputs the step's inputs
   * @return where each input artifact is placed, by name
   */
  public Map<String, Path> inputArtifacts(List<Port> inputs) {
    Map<String, Path> files = new LinkedHashMap<>();
    for (Port p : inputs) if (p.isArtifact()) files.put(p.name(), Path.of(inputArtifact(p.name())));
    return files;
  }

  /**
   * Writes each output where the template collects it. A parameter's file ends with one newline more than the
   * value, because Argo removes one trailing newline from what it reads: the value arrives unchanged. An
   * artifact the step wrote elsewhere is copied (a folder with everything in it).
   *
   * @param outputs what the step returned
   * @throws IOException when a file cannot be written
   */
  public void writeOutputs(StepOutputs outputs) throws IOException {
    for (var e : outputs.parameters().entrySet()) {
      Path file = Path.of(outputParameter(e.getKey()));
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue() + "\n", StandardCharsets.UTF_8);
    }
    for (var e : outputs.artifacts().entrySet()) copy(e.getValue(), Path.of(outputArtifact(e.getKey())));
  }

  // ---- the other side: what Argo does around the container, for local runs and tests

  /**
   * Places the input parameters as Argo's raw artifact would.
   *
   * @param values values by name
   * @throws IOException when the file cannot be written
   */
  public void writeParameters(Map<String, String> values) throws IOException {
    Path file = Path.of(parametersFile());
    Files.createDirectories(file.getParent());
    Files.writeString(file, ParameterFile.write(values), StandardCharsets.UTF_8);
  }

  /**
   * Places an input artifact as Argo's init container would.
   *
   * @param name the component's name
   * @param from a file or folder
   * @throws IOException when it cannot be copied
   */
  public void placeInputArtifact(String name, Path from) throws IOException {
    copy(from, Path.of(inputArtifact(name)));
  }

  /**
   * Reads the outputs the entry point wrote, as Argo reads them (one trailing newline removed).
   *
   * @param outputs the step's outputs
   * @return parameter values and artifact paths
   * @throws IOException when an output is missing
   */
  public StepOutputs readOutputs(List<Port> outputs) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, Path> files = new LinkedHashMap<>();
    for (Port p : outputs) {
      if (p.isArtifact()) {
        Path file = Path.of(outputArtifact(p.name()));
        if (!Files.exists(file)) throw new IOException("output artifact '" + p.name() + "' missing at " + file);
        files.put(p.name(), file);
      } else {
        String text = Files.readString(Path.of(outputParameter(p.name())), StandardCharsets.UTF_8);
        texts.put(p.name(), text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
      }
    }
    return new StepOutputs(texts, files);
  }

  /**
   * Copies a file, or a folder with everything in it, as artifacts travel (nothing when both are the same).
   *
   * <pre>{@code
   * PodLayout.copy(stepOutputs.artifacts().get("model"), collectedAt);
   * }</pre>
   *
   * @param from a file or folder
   * @param to where the copy goes (parent folders are made)
   * @throws IOException when it cannot be copied
   */
  public static void copy(Path from, Path to) throws IOException {
    if (Files.exists(to) && Files.isSameFile(from, to)) return;
    Files.createDirectories(to.getParent());
    if (!Files.isDirectory(from)) {
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  @Override
  public String toString() {
    return "PodLayout[" + root + "]";
  }
}
