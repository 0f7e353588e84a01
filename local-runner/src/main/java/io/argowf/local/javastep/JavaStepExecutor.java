package io.argowf.local.javastep;

import io.argowf.local.Leaf;
import io.argowf.local.LeafExecutor;
import io.argowf.local.LeafResult;
import io.argowf.step.spi.PodLayout;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Runs Java steps in the local runner: the leaves whose command runs step-runtime's entry point
 * ({@code java ... io.argowf.step.Main STEP_CLASS}, as {@code Argo.javaStep(...)} writes them). In-process by
 * default, through the same binding code the pod's entry point uses (so a breakpoint in the step stops the run);
 * forked when asked, running the entry point in a new JVM as the pod does, with the inputs placed and the outputs
 * read through the same {@code PodLayout}.
 *
 * <pre>{@code
 * LocalRunner.builder().build();                                       // in-process (found by ServiceLoader)
 * LocalRunner.builder().leafExecutor(JavaStepExecutor.forked()).build();   // each step in its own JVM
 * // or for any runner, e.g. the examples CLI: -Dargowf.javaSteps=forked
 * }</pre>
 */
public final class JavaStepExecutor implements LeafExecutor {
  /** The system property that picks the mode of the executor {@link java.util.ServiceLoader} finds. */
  public static final String MODE_PROPERTY = "argowf.javaSteps";

  private final boolean forked;
  private final String classpath;

  /** The executor {@link java.util.ServiceLoader} finds: in-process, or forked when {@value #MODE_PROPERTY} says so. */
  public JavaStepExecutor() {
    this(forkedByProperty(System.getProperty(MODE_PROPERTY)), System.getProperty("java.class.path"));
  }

  private JavaStepExecutor(boolean forked, String classpath) {
    this.forked = forked;
    this.classpath = Objects.requireNonNull(classpath, "classpath");
  }

  /** Steps run in this JVM, on its class loader. */
  public static JavaStepExecutor inProcess() {
    return new JavaStepExecutor(false, System.getProperty("java.class.path"));
  }

  /** Each step runs in a new JVM on this JVM's classpath. */
  public static JavaStepExecutor forked() {
    return forked(System.getProperty("java.class.path"));
  }

  /**
   * Each step runs in a new JVM on this classpath, in place of the image's.
   *
   * @param classpath where the entry point, the step classes and their dependencies are on this machine
   */
  public static JavaStepExecutor forked(String classpath) {
    return new JavaStepExecutor(true, classpath);
  }

  @Override
  public boolean handles(Leaf leaf) {
    return stepClass(leaf.command()) != null;
  }

  @Override
  public LeafResult run(Leaf leaf) throws Exception {
    String step = stepClass(leaf.command());
    return forked ? new ForkedStep(classpath).run(leaf, step) : InProcessStep.run(leaf, step);
  }

  /** @return the class after the entry point on the command line, or null when it does not run one */
  static String stepClass(List<String> command) {
    int at = command.indexOf(PodLayout.ENTRY_POINT);
    return at < 0 || at + 1 >= command.size() ? null : command.get(at + 1);
  }

  private static boolean forkedByProperty(String value) {
    if (value == null || value.isBlank() || value.strip().toLowerCase(Locale.ROOT).equals("in-process")) return false;
    if (value.strip().toLowerCase(Locale.ROOT).equals("forked")) return true;
    throw new IllegalArgumentException(MODE_PROPERTY + " must be in-process or forked, not '" + value + "'");
  }

  @Override
  public String toString() {
    return forked ? "java steps (forked)" : "java steps (in-process)";
  }
}
