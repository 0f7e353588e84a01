package io.argowf.examples.cli;

import io.argowf.model.Manifests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code show NAME|FILE}: the manifests as YAML. */
@Command(name = "show", description = "Print an example's (or a file's) manifests as YAML.",
    footerHeading = "%nExamples:%n",
    footer = {"  argowf-examples show hello-hello-hello", "  argowf-examples show my-workflow.yaml"})
final class ShowCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME|FILE", description = "an example name (see 'list') or a YAML/JSON file")
  String source;

  @Override
  public void run() {
    spec.commandLine().getOut().print(Manifests.toYamlAll(Sources.load(source).manifests()));
  }
}
