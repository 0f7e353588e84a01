package io.argowf.local;

/**
 * The extension point that decides how a leaf (a {@code container} or {@code script} template) runs: the runner asks
 * each executor in turn, in the order registered, before its own choices (a stand-in registered for the template,
 * its image or its command, then a local process).
 *
 * <pre>{@code
 * LeafExecutor javaSteps = new LeafExecutor() {
 *   public boolean handles(Leaf leaf) { return leaf.command().contains("io.argowf.step.Main"); }
 *   public LeafResult run(Leaf leaf) throws Exception { ...run the step in this JVM... }
 * };
 * LocalRunner runner = LocalRunner.builder().leafExecutor(javaSteps).build();
 * }</pre>
 *
 * <p>Executors are also found with {@link java.util.ServiceLoader} (after the registered ones), so a module that
 * provides one is picked up by being on the class or module path.
 */
public interface LeafExecutor extends StandIn {

  /** Whether this executor runs the leaf; called before anything runs, for every leaf, possibly many times. */
  boolean handles(Leaf leaf);
}
