package io.argowf.examples.cli;

import io.argowf.dsl.JavaSource;
import io.argowf.model.ManifestException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code to-java FILE|DIR... [--out DIR] [--package P]}: YAML manifests as Java written with the DSL. A folder stands
 * for its {@code .yaml}/{@code .yml} files (and those of its subfolders), sorted; two files that would give one class
 * name get {@code Name2}, ... in that order. Every file is tried: the ones that cannot be read are listed at the end
 * and the command fails.
 */
@Command(name = "to-java", description = "Write the manifests of YAML files as Java code using the DSL, which gives them back.",
    footerHeading = "%nExamples:%n",
    footer = {"  argowf-examples to-java dag-diamond.yaml", "  argowf-examples to-java --out src/main/java/com/acme --package com.acme workflows/",
        "", "One class a file, named after it (dag-diamond.yaml: DagDiamond); its main() prints the manifests as YAML.",
        "A folder stands for its .yaml and .yml files, subfolders included."})
final class ToJavaCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "YAML files or folders of them (one class a file)")
  List<Path> files;

  @Option(names = "--out", paramLabel = "DIR", description = "write DIR/ClassName.java for each file instead of printing")
  Path out;

  @Option(names = "--package", paramLabel = "P", description = "the package of the classes (default: none)")
  String packageName = "";

  @Override
  public void run() {
    try {
      JavaSource.of("check.yaml", List.of()).inPackage(packageName);
    } catch (IllegalArgumentException e) {
      throw new CliException("--package " + packageName + ": " + e.getMessage());
    }
    List<Path> yaml = expand(files);
    if (out == null && yaml.size() > 1) throw new CliException("several files need --out DIR (one class each)");
    PrintWriter stdout = spec.commandLine().getOut();
    Set<String> classNames = new HashSet<>();
    List<String> failed = new ArrayList<>();
    for (Path file : yaml) {
      try {
        JavaSource java = unique(JavaSource.of(file).inPackage(packageName), classNames);
        if (out == null) {
          stdout.print(java);
          continue;
        }
        Path written = java.writeTo(out);
        stdout.println("wrote " + written + " from " + file + " (" + java.typedExpressions() + " expressions as handles, "
            + java.textExpressions() + " as text)");
      } catch (ManifestException | UncheckedIOException e) {
        if (yaml.size() == 1) throw new CliException(e.getMessage());
        failed.add(e.getMessage());
      }
    }
    if (!failed.isEmpty()) {
      failed.forEach(spec.commandLine().getErr()::println);
      throw new CliException(failed.size() + " of " + yaml.size() + " files could not be written as Java (above)");
    }
  }

  /** @return the generator, renamed {@code Name2}, {@code Name3}, ... when an earlier file of this run took its name */
  private static JavaSource unique(JavaSource java, Set<String> taken) {
    String name = java.className();
    for (int i = 2; taken.contains(name); i++) name = java.className() + i;
    taken.add(name);
    return name.equals(java.className()) ? java : java.named(name);
  }

  /** @return the files, each folder replaced by its YAML files (subfolders included), sorted */
  private static List<Path> expand(List<Path> given) {
    List<Path> all = new ArrayList<>();
    for (Path p : given) {
      if (Files.isRegularFile(p)) {
        all.add(p);
      } else if (Files.isDirectory(p)) {
        List<Path> inside = yamlFiles(p);
        if (inside.isEmpty()) throw new CliException("no .yaml or .yml file in " + p);
        all.addAll(inside);
      } else {
        throw new CliException("no file " + p);
      }
    }
    return all;
  }

  private static List<Path> yamlFiles(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
          .sorted().toList();
    } catch (IOException e) {
      throw new CliException("cannot list " + dir + ": " + e.getMessage());
    }
  }
}
