package io.argowf.local;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one local process for a leaf: empty stdin, stdout and stderr to the node's log (stdout kept for
 * {@code result}), killed with its descendants when the node is cancelled (deadline, stop, failFast).
 */
final class ProcessRunner {
  private ProcessRunner() {}

  /** Exit code of the process (or 137 when it was killed). */
  static int run(List<String> argv, Map<String, String> env, Path cwd, OutputStream out, OutputStream err,
      Cancel cancel, NodeState node, RunState run) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(argv).directory(cwd.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().putAll(env);
    Process p = pb.start();
    Runnable forget = cancel.onCancel(() -> kill(p));
    Thread o = pump(p.getInputStream(), out);
    Thread e = pump(p.getErrorStream(), err);
    try {
      while (!p.waitFor(200, TimeUnit.MILLISECONDS)) sampleCpu(p, node, run);
      o.join();
      e.join();
      return p.exitValue();
    } catch (InterruptedException ex) {
      kill(p);
      throw ex;
    } finally {
      forget.run();
      out.close();
      err.close();
    }
  }

  private static void sampleCpu(Process p, NodeState node, RunState run) {
    long millis = p.info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
    for (ProcessHandle h : p.descendants().toList()) {
      millis += h.info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
    }
    long m = millis;
    run.locked(() -> node.cpuMillis = Math.max(node.cpuMillis, m));
  }

  static void kill(Process p) {
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
  }

  private static Thread pump(InputStream in, OutputStream out) {
    Thread t = new Thread(() -> {
      try (in) {
        in.transferTo(out);
      } catch (IOException ignored) {
        // the process went away; what was read is kept
      }
    }, "argowf-local-output");
    t.setDaemon(true);
    t.start();
    return t;
  }
}
