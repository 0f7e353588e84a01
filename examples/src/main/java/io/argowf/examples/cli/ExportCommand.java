package io.argowf.examples.cli;

import io.argowf.examples.catalogue.Catalogue;
import io.argowf.examples.catalogue.Example;
import io.argowf.model.Manifests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export DIR [NAME...]}: one {@code NAME.yaml} per example. */
@Command(name = "export", description = "Write NAME.yaml into DIR for each named example (all when none is named).",
    footerHeading = "%nExamples:%n",
    footer = {"  argowf-examples export out/", "  argowf-examples export out/ hello-hello-hello blender-render"})
final class ExportCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "the folder to write into (made when missing)")
  Path dir;

  @Parameters(index = "1..*", paramLabel = "NAME", description = "examples to write (default: all)")
  List<String> names = List.of();

  @Override
  public void run() {
    List<Example> chosen = names.isEmpty() ? Catalogue.all() : names.stream().map(Sources::example).toList();
    try {
      Files.createDirectories(dir);
      for (Example e : chosen) {
        Path file = dir.resolve(e.name() + ".yaml");
        Files.writeString(file, Manifests.toYamlAll(e.manifests()), StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("wrote " + file);
      }
    } catch (IOException e) {
      throw new CliException("cannot write to " + dir + ": " + e.getMessage());
    }
  }
}
