package io.argowf.examples.cli;

import io.argowf.examples.catalogue.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code list}: every example with what it shows. */
@Command(name = "list", description = "List the examples, one per line with what each shows.",
    footerHeading = "%nExample:%n", footer = "  argowf-examples list")
final class ListCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    Catalogue.all().forEach(e -> spec.commandLine().getOut().printf("%-32s %s%n", e.name(), e.description()));
  }
}
