package io.argowf.examples.cli;

import io.argowf.model.Lint;
import io.argowf.model.k8s.Resource;
import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowTemplate;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lint FILE...}: offline, as {@code argo lint --offline}: every Workflow, WorkflowTemplate,
 * ClusterWorkflowTemplate and CronWorkflow of the files, with the templates of all the files resolvable by
 * reference, and parameters allowed to wait for {@code -p} at submit ({@link Lint.Mode#LINT}).
 */
@Command(name = "lint", description = "Check manifests offline with Argo's rules; every problem with its file and path.",
    footerHeading = "%nExamples:%n",
    footer = {"  argowf-examples lint workflow.yaml", "  argowf-examples lint templates/*.yaml workflows/*.yaml",
        "", "Exits 1 when any file has an error (warnings alone exit 0)."})
final class LintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "YAML or JSON files")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Map<Path, List<Object>> read = new LinkedHashMap<>();
    int errors = 0;
    for (Path f : files) {
      try {
        read.put(f, Sources.readFile(f));
      } catch (CliException e) {
        out.println(e.getMessage().startsWith(f.toString()) ? e.getMessage() : f + ": " + e.getMessage());
        errors++;
      }
    }
    List<Resource> library = new ArrayList<>();
    read.values().forEach(docs -> docs.stream().filter(LintCommand::isTemplate).map(Resource.class::cast).forEach(library::add));
    int warnings = 0;
    for (Map.Entry<Path, List<Object>> e : read.entrySet()) {
      List<Object> docs = e.getValue();
      for (int i = 0; i < docs.size(); i++) {
        if (!isLintable(docs.get(i))) continue;
        for (Lint.Problem p : Lint.check((Resource) docs.get(i), library, Lint.Mode.LINT)) {
          out.println(where(e.getKey(), i, docs.size()) + ": " + p.severity() + " " + p.path() + ": " + p.message());
          if (p.isError()) errors++;
          else warnings++;
        }
      }
    }
    out.println(errors == 0 && warnings == 0 ? "no problems in " + files.size() + " file(s)"
        : errors + " error(s), " + warnings + " warning(s) in " + files.size() + " file(s)");
    return errors == 0 ? Cli.OK : Cli.FAILED;
  }

  private static String where(Path file, int index, int documents) {
    return documents == 1 ? file.toString() : file + " (document " + (index + 1) + ")";
  }

  private static boolean isTemplate(Object doc) {
    return doc instanceof WorkflowTemplate || doc instanceof ClusterWorkflowTemplate;
  }

  private static boolean isLintable(Object doc) {
    return doc instanceof Workflow || doc instanceof CronWorkflow || isTemplate(doc);
  }
}
