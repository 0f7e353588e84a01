package io.argowf.step.spi;

/**
 * A Java step did not succeed: it threw ({@link #STEP_FAILED}), or it could not be started because its class or an
 * input did not bind ({@link #NOT_STARTED}). The message is the one line Argo shows for the node; the entry
 * point prints it last and exits with {@link #exitCode()}.
 *
 * <pre>{@code
 * try {
 *   step.run(parameters, artifacts, ctx);
 * } catch (StepFailure f) {
 *   System.err.println(f.getMessage());   // e.g. input 'epochs' (int) of TrainIn cannot be "ten": not a number
 *   System.exit(f.exitCode());
 * }
 * }</pre>
 */
public final class StepFailure extends Exception {
  /** The exit code of a step that threw, or whose outputs could not be written. */
  public static final int STEP_FAILED = 1;
  /** The exit code when the step could not start: no such class, no constructor, an input that does not bind. */
  public static final int NOT_STARTED = 2;

  private static final long serialVersionUID = 1L;
  private final int exitCode;

  private StepFailure(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /**
   * @param message what went wrong, naming the component and the value
   * @return a failure before the step ran
   */
  public static StepFailure notStarted(String message) {
    return new StepFailure(NOT_STARTED, message, null);
  }

  /**
   * @param message what went wrong
   * @param cause the exception that said so
   * @return a failure before the step ran
   */
  public static StepFailure notStarted(String message, Throwable cause) {
    return new StepFailure(NOT_STARTED, message, cause);
  }

  /**
   * @param cause what the step threw
   * @return a failure of the step, with the exception's message (or its class when it has none)
   */
  public static StepFailure threw(Throwable cause) {
    String message = cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
    return new StepFailure(STEP_FAILED, message, cause);
  }

  /**
   * @param message why the step's outputs cannot be used, e.g. a null component
   * @return a failure of the step
   */
  public static StepFailure badOutput(String message) {
    return new StepFailure(STEP_FAILED, message, null);
  }

  /** @return {@link #STEP_FAILED} or {@link #NOT_STARTED} */
  public int exitCode() {
    return exitCode;
  }
}
