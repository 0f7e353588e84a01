/**
 * Java steps: a class with record inputs and outputs ({@link io.argowf.step.JavaStep}), the context it runs in,
 * and the entry point a pod runs ({@link io.argowf.step.Main}). {@code io.argowf.step.spi} is for the tools that
 * make templates of steps and run them locally (the DSL, the local runner). Jackson is the only dependency.
 */
module io.argowf.step {
  requires com.fasterxml.jackson.databind;

  exports io.argowf.step;
  exports io.argowf.step.spi;
}
