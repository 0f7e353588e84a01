package io.argowf.step;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where a {@link JavaStep} runs: its working folder, which retry this is, the workflow's name, and a log. In a pod
 * the log writes lines to stdout (which Argo keeps as the node's log); the local runner keeps each node's lines
 * apart. Immutable: the {@code with*} methods return copies.
 *
 * <pre>{@code
 * // in a unit test of a step
 * StepContext ctx = StepContext.of(tempDir).withWorkflowName("training-test");
 * TrainOut out = new Train().run(new TrainIn(dataset, 3, 0.01), ctx);
 * }</pre>
 */
public final class StepContext {
  private final Path workDir;
  private final int retry;
  private final String workflowName;
  private final Consumer<String> log;

  private StepContext(Path workDir, int retry, String workflowName, Consumer<String> log) {
    this.workDir = Objects.requireNonNull(workDir, "workDir");
    this.retry = retry;
    this.workflowName = Objects.requireNonNull(workflowName, "workflowName");
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * A context for a first try, logging to stdout, in a workflow called {@code local}.
   *
   * @param workDir the folder the step may write its files in
   * @return the context
   */
  public static StepContext of(Path workDir) {
    return new StepContext(workDir, 0, "local", System.out::println);
  }

  /** @return the folder the step may write its files in (in a pod: the container's working directory) */
  public Path workDir() {
    return workDir;
  }

  /** @return 0 on the first try, then 1, 2, ... on retries (Argo's {@code retries}) */
  public int retry() {
    return retry;
  }

  /** @return the workflow's name, e.g. {@code training-7xk2p} */
  public String workflowName() {
    return workflowName;
  }

  /**
   * Writes a line to the node's log.
   *
   * @param message the text; each of its lines becomes a log line
   */
  public void log(String message) {
    String.valueOf(message).lines().forEach(log);
  }

  /**
   * Writes a formatted line to the node's log ({@link String#format}, with the root locale so that numbers read
   * the same everywhere).
   *
   * <pre>{@code
   * ctx.log("epoch %d: loss %.4f", epoch, loss);
   * }</pre>
   *
   * @param format a {@link java.util.Formatter} pattern
   * @param args its arguments
   */
  public void log(String format, Object... args) {
    log(String.format(Locale.ROOT, format, args));
  }

  /**
   * @param workDir the folder the step may write its files in
   * @return a copy with that folder
   */
  public StepContext withWorkDir(Path workDir) {
    return new StepContext(workDir, retry, workflowName, log);
  }

  /**
   * @param retry 0 for the first try
   * @return a copy for that try
   */
  public StepContext withRetry(int retry) {
    if (retry < 0) throw new IllegalArgumentException("retry must be 0 or more, not " + retry);
    return new StepContext(workDir, retry, workflowName, log);
  }

  /**
   * @param workflowName the workflow's name
   * @return a copy in that workflow
   */
  public StepContext withWorkflowName(String workflowName) {
    return new StepContext(workDir, retry, workflowName, log);
  }

  /**
   * @param sink receives each log line, e.g. a list in a test or the local runner's node log
   * @return a copy logging there
   */
  public StepContext withLog(Consumer<String> sink) {
    return new StepContext(workDir, retry, workflowName, sink);
  }

  @Override
  public String toString() {
    return "StepContext[workDir=" + workDir + ", retry=" + retry + ", workflowName=" + workflowName + "]";
  }
}
