package io.argowf.local;

/** Argo's node and workflow phases. */
final class Phases {
  static final String PENDING = "Pending";
  static final String RUNNING = "Running";
  static final String SUCCEEDED = "Succeeded";
  static final String FAILED = "Failed";
  static final String ERROR = "Error";
  static final String SKIPPED = "Skipped";
  static final String OMITTED = "Omitted";

  private Phases() {}

  static boolean isFinal(String phase) {
    return SUCCEEDED.equals(phase) || FAILED.equals(phase) || ERROR.equals(phase) || SKIPPED.equals(phase)
        || OMITTED.equals(phase);
  }

  static boolean failedOrError(String phase) {
    return FAILED.equals(phase) || ERROR.equals(phase);
  }

  /** The word a {@code depends} expression and {@code steps.X.status} use for the phase. */
  static String dependsWord(String phase) {
    return ERROR.equals(phase) ? "Errored" : phase;
  }
}
