package io.argowf.step;

import io.argowf.step.spi.PodLayout;
import io.argowf.step.spi.StepClass;
import io.argowf.step.spi.StepFailure;
import io.argowf.step.spi.StepOutputs;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The entry point a Java step's container runs: {@code java -cp CLASSPATH io.argowf.step.Main STEP_CLASS}. It
 * reads the inputs where the template placed them ({@link PodLayout}), binds them into the input record, runs
 * the step, and writes each output where the template's {@code valueFrom.path} or artifact {@code path} expects
 * it.
 *
 * <pre>{@code
 * java -cp '/app/resources:/app/classes:/app/libs/*' io.argowf.step.Main com.acme.Train
 * }</pre>
 *
 * <p>Exit codes: 0 when the step succeeded; 1 ({@link StepFailure#STEP_FAILED}) when it threw or returned outputs
 * that cannot be written; 2 ({@link StepFailure#NOT_STARTED}) when it could not start (no such class, an input
 * that does not bind: the message names the component and the value). On failure the stack trace goes to stderr
 * and the message is the last line, which is also written to Kubernetes' termination message file
 * ({@code /dev/termination-log}) when the container has one. Environment: {@code ARGOWF_DIR} moves the root
 * (default {@code /tmp/argowf}), {@code ARGOWF_RETRY} and {@code ARGOWF_WORKFLOW_NAME} fill the
 * {@link StepContext}.
 */
public final class Main {
  private static final Path TERMINATION_LOG = Path.of("/dev/termination-log");

  private Main() {}

  /**
   * Runs the step class named by the only argument, then exits with its code.
   *
   * @param args {@code STEP_CLASS}, e.g. {@code com.acme.Train}
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, System.getenv(), out, err));
  }

  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    if (args.length != 1) {
      return fail(err, StepFailure.notStarted("usage: java -cp CLASSPATH " + PodLayout.ENTRY_POINT + " STEP_CLASS"));
    }
    try {
      StepClass<?, ?> step = StepClass.forName(args[0], Thread.currentThread().getContextClassLoader());
      PodLayout layout = PodLayout.fromEnvironment(env);
      StepOutputs outputs = step.run(layout.readParameters(), layout.inputArtifacts(step.inputs()), context(env, out));
      write(layout, outputs);
      return 0;
    } catch (StepFailure f) {
      return fail(err, f);
    }
  }

  private static StepContext context(Map<String, String> env, PrintStream out) throws StepFailure {
    StepContext ctx = StepContext.of(Path.of("").toAbsolutePath()).withLog(out::println);
    String workflow = env.get(PodLayout.WORKFLOW_ENV);
    if (workflow != null) ctx = ctx.withWorkflowName(workflow);
    String retry = env.get(PodLayout.RETRY_ENV);
    if (retry == null || retry.isBlank()) return ctx;
    try {
      return ctx.withRetry(Integer.parseInt(retry.strip()));
    } catch (IllegalArgumentException e) {
      throw StepFailure.notStarted(PodLayout.RETRY_ENV + " must be a retry number, not '" + retry + "'", e);
    }
  }

  private static void write(PodLayout layout, StepOutputs outputs) throws StepFailure {
    try {
      layout.writeOutputs(outputs);
    } catch (IOException e) {
      throw StepFailure.threw(new IOException("cannot write the outputs under " + layout.root() + ": " + e, e));
    }
  }

  private static int fail(PrintStream err, StepFailure f) {
    if (f.getCause() != null) f.getCause().printStackTrace(err);
    err.println(f.getMessage());
    err.flush();
    if (Files.isWritable(TERMINATION_LOG)) {
      try {
        Files.writeString(TERMINATION_LOG, f.getMessage(), StandardCharsets.UTF_8);
      } catch (IOException ignored) {
        // the message is on stderr already; Kubernetes then falls back to the log or the exit code
      }
    }
    return f.exitCode();
  }
}
