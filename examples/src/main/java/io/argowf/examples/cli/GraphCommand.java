package io.argowf.examples.cli;

import io.argowf.dsl.Mermaid;
import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowTemplate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code graph NAME|FILE [--html OUT]}: the workflow as a Mermaid flowchart, as text or as a page. */
@Command(name = "graph", description = "Draw a workflow's steps or DAG as Mermaid text, or as a self-contained HTML page.",
    footerHeading = "%nExamples:%n",
    footer = {"  argowf-examples graph blender-render", "  argowf-examples graph dag.yaml --html dag.html",
        "", "The page carries the Mermaid library inside it: it renders with no network."})
final class GraphCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME|FILE", description = "an example name (see 'list') or a YAML/JSON file")
  String source;

  @Option(names = "--html", paramLabel = "OUT", description = "write an HTML page that renders the graph")
  Path html;

  @Override
  public void run() {
    Sources.Loaded loaded = Sources.load(source);
    String diagram = diagram(loaded);
    if (html == null) {
      spec.commandLine().getOut().print(diagram);
      return;
    }
    try {
      Files.writeString(html, MermaidPage.render(loaded.source(), diagram), StandardCharsets.UTF_8);
      spec.commandLine().getOut().println("wrote " + html);
    } catch (IOException e) {
      throw new CliException("cannot write " + html + ": " + e.getMessage());
    }
  }

  private static String diagram(Sources.Loaded loaded) {
    for (Object doc : loaded.manifests()) {
      if (doc instanceof Workflow w) return Mermaid.of(w);
      if (doc instanceof WorkflowTemplate t) return Mermaid.of(t);
      if (doc instanceof ClusterWorkflowTemplate c) return Mermaid.of(c.spec());
      if (doc instanceof CronWorkflow c) return Mermaid.of(c);
    }
    throw new CliException(loaded.source() + ": holds no Workflow, WorkflowTemplate or CronWorkflow to draw");
  }
}
