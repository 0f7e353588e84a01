package io.argowf.dsl;

import io.argowf.dsl.internal.tojava.Assembly;
import io.argowf.dsl.internal.tojava.Names;
import io.argowf.model.Manifests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Turns the documents of a YAML file into Java written with the DSL: one compilation unit a person could have
 * written, which compiles against argowf and gives the same manifests back.
 *
 * <pre>{@code
 * JavaSource java = JavaSource.of(Path.of("dag-diamond.yaml")).inPackage("com.acme.workflows");
 * java.className();             // DagDiamond
 * java.writeTo(Path.of("src/main/java/com/acme/workflows"));
 * System.out.println(java);     // the class
 * }</pre>
 *
 * <p>Templates become local variables made with {@code container(...)}, {@code script(...)}, {@code steps(...)},
 * {@code dag(...)}, {@code http(...)}, {@code containerSet(...)}, {@code data(...)}, {@code plugin(...)}, ...; inputs
 * become {@code param(...)} and {@code inputArtifact(...)} handles; {@code {{inputs.parameters.x}}},
 * {@code {{steps.s.outputs.result}}}, {@code {{tasks.t.outputs.parameters.p}}} (of a fan-out:
 * {@code aggregated(p)}), {@code {{item}}} and {@code {{workflow.parameters.x}}} become the handles (the text around
 * them string concatenation); {@code when} becomes a {@code Condition} ({@code flip.result().eq("heads")}),
 * {@code depends} the result algebra, {@code withItems} Java values, closed sets the DSL's enums, resources
 * {@code cpu(...)}/{@code memory(...)}/{@code gpu(...)}, artifact locations {@code s3(...)}, {@code git(...)}, ....
 * What the DSL has no word for is set with a {@code customize(...)} saying so in a comment. Every document is checked
 * while it is written: the generator runs the very calls it writes and compares the result with the document; a
 * document the DSL would make otherwise (or whose {@code build()} refuses it) keeps its templates in the DSL and is
 * assembled with the model's builders, with a comment saying why, and as the last resort is read from its YAML.
 * Other kinds (ConfigMaps, Secrets, ...) are written with the model's builders, kinds the model does not know with
 * {@code Manifests.read}.
 */
public final class JavaSource {
  private final String source;
  private final List<?> documents;
  private final String packageName;
  private final String className;
  private Assembly.Result result;

  private JavaSource(String source, List<?> documents, String packageName, String className) {
    this.source = source;
    this.documents = documents;
    this.packageName = packageName;
    this.className = className;
  }

  /**
   * The documents of a YAML file; the class is named after the file ({@code dag-diamond.yaml} gives
   * {@code DagDiamond}).
   *
   * <pre>{@code
   * String java = JavaSource.of(Path.of("hello-world.yaml")).toString();
   * }</pre>
   *
   * @param yamlFile the file
   * @return the generator, in the unnamed package until {@link #inPackage(String)}
   * @throws io.argowf.model.ManifestException when the file is not valid YAML or a document does not fit its kind
   */
  public static JavaSource of(Path yamlFile) {
    String name = yamlFile.getFileName().toString();
    return new JavaSource(name, Manifests.readAll(yamlFile), "", Names.className(name));
  }

  /**
   * Documents read elsewhere, e.g. with {@code Manifests.readAll}.
   *
   * <pre>{@code
   * JavaSource.of("bundle.yaml", Manifests.readAll(text)).named("Bundle");
   * }</pre>
   *
   * @param source the file name the header names, and the class is named after
   * @param documents the documents, in order
   * @return the generator
   */
  public static JavaSource of(String source, List<?> documents) {
    Objects.requireNonNull(source, "source");
    return new JavaSource(source, List.copyOf(documents), "", Names.className(Path.of(source).getFileName().toString()));
  }

  /**
   * The package of the class.
   *
   * @param packageName e.g. {@code com.acme.workflows}; empty for the unnamed package
   * @return a generator for that package
   * @throws IllegalArgumentException when it is not a Java package name
   */
  public JavaSource inPackage(String packageName) {
    Objects.requireNonNull(packageName, "packageName");
    if (!packageName.isEmpty() && !javax.lang.model.SourceVersion.isName(packageName)) {
      throw new IllegalArgumentException("not a Java package name: " + packageName + " (expected e.g. com.acme.workflows)");
    }
    return new JavaSource(source, documents, packageName, className);
  }

  /**
   * The name of the class.
   *
   * @param className a Java identifier
   * @return a generator writing that class
   */
  public JavaSource named(String className) {
    if (!javax.lang.model.SourceVersion.isName(className)) throw new IllegalArgumentException("not a Java class name: " + className);
    return new JavaSource(source, documents, packageName, className);
  }

  /** @return the class's simple name */
  public String className() {
    return className;
  }

  /** @return the class's package, empty for the unnamed one */
  public String packageName() {
    return packageName;
  }

  /** @return how many {@code {{...}}} expressions of the documents became typed handles */
  public int typedExpressions() {
    return result().typed();
  }

  /** @return how many {@code {{...}}} expressions stayed text (no handle for them, or written by the model's builders) */
  public int textExpressions() {
    return result().total() - result().typed();
  }

  /**
   * Writes {@code ClassName.java} into a folder (created if missing).
   *
   * @param folder the folder
   * @return the file written
   */
  public Path writeTo(Path folder) {
    try {
      Files.createDirectories(folder);
      Path file = folder.resolve(className + ".java");
      Files.writeString(file, toString(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + folder.resolve(className + ".java") + ": " + e.getMessage(), e);
    }
  }

  /** @return the compilation unit */
  @Override
  public String toString() {
    return result().file().toString();
  }

  private synchronized Assembly.Result result() {
    if (result == null) result = Assembly.of(source, documents, packageName, className);
    return result;
  }
}
