package io.argowf.examples.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code NAME|FILE [-p name=value ...]}: the workflow a command runs, with its parameters set (a picocli mixin). */
final class WorkflowInput {
  @Parameters(paramLabel = "NAME|FILE", description = "an example name (see 'list') or a YAML/JSON file")
  String source;

  @Option(names = {"-p", "--parameter"}, paramLabel = "NAME=VALUE", description = "set a workflow parameter")
  Map<String, String> parameters = new LinkedHashMap<>();

  /** The documents of the example or file, each Workflow among them with the parameters applied. */
  List<Object> manifests() {
    return WorkflowParameters.apply(Sources.load(source).manifests(), parameters);
  }
}
