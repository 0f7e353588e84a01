package io.argowf.examples.cli;

import io.argowf.local.LocalRun;
import io.argowf.local.LocalRunException;
import io.argowf.local.LocalRunner;
import io.argowf.model.workflow.Workflow;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code run-local NAME|FILE [-p name=value ...]}: runs the workflow on this machine with no cluster (leaves as local
 * processes or stand-ins), prints one line per node as it changes (and a progress bar on a terminal), then the node
 * tree with phases and outputs, and the workflow's phase on its own last line; exits 0 only when it Succeeded. A
 * suspended node without a duration waits for Enter on stdin (end of input resumes it too).
 */
@Command(name = "run-local", description = "Run a workflow on this machine, with no cluster; exit 0 only when it "
    + "Succeeded.",
    footerHeading = "%nExamples:%n",
    footer = {"  argowf-examples run-local hello-hello-hello", "  argowf-examples run-local blender-render -p stop=40",
        "  argowf-examples run-local my-workflow.yaml -p message=hi --folder target/runs"})
final class RunLocalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin WorkflowInput input;

  @Option(names = "--folder", paramLabel = "DIR", description = "where the run keeps its files (default: a "
      + "temporary folder)")
  Path folder;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Object> manifests = input.manifests();
    Workflow wf = null;
    List<Object> others = new ArrayList<>();
    for (Object m : manifests) {
      if (wf == null && m instanceof Workflow w) wf = w;
      else others.add(m);
    }
    if (wf == null) {
      err.println("nothing to run: " + input.source + " has no Workflow");
      return Cli.FAILED;
    }
    return run(wf, others, out, err, System.console() != null);
  }

  int run(Workflow wf, List<Object> others, PrintWriter out, PrintWriter err, boolean terminal)
      throws InterruptedException {
    Progress progress = new Progress(out, terminal);
    LocalRunner.Builder b = LocalRunner.builder().listener(progress);
    DemoStandIns.register(b);
    if (folder != null) b.workingFolder(folder);
    LocalRun run;
    try {
      run = b.build().start(wf, others);
    } catch (LocalRunException e) {
      err.println(e.getMessage());
      return Cli.FAILED;
    }
    progress.attach(run, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    Workflow done = run.await();
    progress.end();
    out.println();
    NodeTree.print(done, out);
    out.println("files: " + run.folder());
    String phase = done.status().phase();
    if (done.status().message() != null && !"Succeeded".equals(phase)) out.println("message: " + done.status().message());
    out.println(phase);
    return "Succeeded".equals(phase) ? Cli.OK : Cli.FAILED;
  }
}
