package io.argowf.examples.cli;

import io.argowf.dsl.JavaSource;
import io.argowf.model.ManifestException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code to-java FILE... [--out DIR] [--package P]}: YAML manifests as Java written with the DSL. */
@Command(name = "to-java", description = "Write the manifests of YAML files as Java code using the DSL, which gives them back.",
    footerHeading = "%nExamples:%n",
    footer = {"  argowf-examples to-java dag-diamond.yaml", "  argowf-examples to-java --out src/main/java/com/acme --package com.acme workflows/*.yaml",
        "", "One class a file, named after it (dag-diamond.yaml: DagDiamond); its main() prints the manifests as YAML."})
final class ToJavaCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "YAML files (one class each)")
  List<Path> files;

  @Option(names = "--out", paramLabel = "DIR", description = "write DIR/ClassName.java for each file instead of printing")
  Path out;

  @Option(names = "--package", paramLabel = "P", description = "the package of the classes (default: none)")
  String packageName = "";

  @Override
  public void run() {
    if (out == null && files.size() > 1) throw new CliException("several files need --out DIR (one class each)");
    for (Path file : files) {
      if (!Files.isRegularFile(file)) throw new CliException("no file " + file);
      JavaSource java;
      try {
        java = JavaSource.of(file).inPackage(packageName);
        if (out == null) {
          spec.commandLine().getOut().print(java);
          return;
        }
        Path written = java.writeTo(out);
        spec.commandLine().getOut().println("wrote " + written + " (" + java.typedExpressions() + " expressions as handles, "
            + java.textExpressions() + " as text)");
      } catch (ManifestException e) {
        throw new CliException(e.getMessage());
      } catch (UncheckedIOException e) {
        throw new CliException(e.getMessage());
      }
    }
  }
}
