package io.argowf.local;

/**
 * How a node's body ended.
 *
 * @param phase the final phase
 * @param message Argo's message, or null
 * @param scope for steps and DAG templates, the variables their outputs' {@code valueFrom} can name
 */
record Outcome(String phase, String message, Vars scope) {

  static Outcome ok() {
    return new Outcome(Phases.SUCCEEDED, null, null);
  }

  static Outcome of(String phase, String message) {
    return new Outcome(phase, message, null);
  }

  boolean succeeded() {
    return Phases.SUCCEEDED.equals(phase);
  }
}
