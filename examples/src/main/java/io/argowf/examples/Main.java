package io.argowf.examples;

import io.argowf.examples.cli.Cli;
import java.io.PrintStream;

/**
 * The entry point of the runnable jar: the examples' command line (see {@code --help}).
 *
 * <pre>
 * java -jar examples/target/argowf-examples.jar --help
 * java -jar examples/target/argowf-examples.jar list
 * java -jar examples/target/argowf-examples.jar show hello-hello-hello
 * java -jar examples/target/argowf-examples.jar lint my-workflow.yaml
 * </pre>
 */
public final class Main {
  private Main() {}

  /** Runs a command and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs a command, writing results to {@code out} and problems to {@code err}; returns the exit status:
   * 0 on success, 1 when the command failed, 2 on a usage error.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return Cli.run(args, out, err);
  }
}
