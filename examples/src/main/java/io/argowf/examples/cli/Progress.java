package io.argowf.examples.cli;

import io.argowf.local.LocalRun;
import io.argowf.local.RunEvent;
import io.argowf.local.RunListener;
import io.argowf.model.workflow.NodeStatus;
import io.argowf.model.workflow.Workflow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Set;

/**
 * Live progress of a local run: one line per node as it starts and ends (step groups and task groups left out), and on
 * a terminal a progress bar redrawn in place; a suspended node without a duration asks for Enter.
 */
final class Progress implements RunListener {
  private static final Set<String> QUIET = Set.of("StepGroup", "TaskGroup");
  private final PrintWriter out;
  private final boolean terminal;
  private volatile LocalRun run;
  private BufferedReader stdin;
  private boolean barShown;

  Progress(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  void attach(LocalRun run, BufferedReader stdin) {
    this.stdin = stdin;
    this.run = run;
    for (RunEvent e : run.events()) onEvent(e);
  }

  @Override
  public synchronized void onEvent(RunEvent e) {
    LocalRun r = run;
    if (r == null || e.nodeId() == null || e.kind() == RunEvent.Kind.LOG) return;
    Workflow wf = r.workflow();
    NodeStatus n = wf.status().nodes().get(e.nodeId());
    if (n == null || QUIET.contains(n.type())) return;
    if (e.kind() == RunEvent.Kind.NODE_STARTED || e.kind() == RunEvent.Kind.NODE_FINISHED) {
      clearBar();
      String msg = e.text() == null ? "" : "  " + e.text();
      out.printf("%-10s %-40s %s%s%n", e.phase(), n.name(), n.type(), msg);
      if ("Suspend".equals(n.type()) && e.kind() == RunEvent.Kind.NODE_STARTED) askToResume(n);
    }
    drawBar(wf.status().progress());
    out.flush();
  }

  private void askToResume(NodeStatus n) {
    out.println("           " + n.displayName() + " is suspended: press Enter to resume it");
    Thread t = new Thread(() -> {
      try {
        Thread.sleep(200);
        if (run.workflow().status().nodes().get(n.id()).finishedAt() != null) return;
        stdin.readLine();
      } catch (IOException | InterruptedException ignored) {
        // resume anyway: nobody can answer
      }
      run.resume(n.id());
    }, "argowf-run-local-resume");
    t.setDaemon(true);
    t.start();
  }

  private void drawBar(String progress) {
    if (!terminal || progress == null || !progress.contains("/")) return;
    String[] p = progress.split("/");
    int done = Integer.parseInt(p[0]);
    int total = Math.max(1, Integer.parseInt(p[1]));
    int width = 30;
    int filled = done * width / total;
    out.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + progress);
    barShown = true;
  }

  private void clearBar() {
    if (barShown) out.print("\r" + " ".repeat(50) + "\r");
    barShown = false;
  }

  synchronized void end() {
    clearBar();
    out.flush();
  }
}
