package io.argowf.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The examples' command line, on picocli: {@code argowf-examples COMMAND ...}.
 *
 * <pre>{@code
 * int exit = Cli.run(new String[] {"show", "hello-hello-hello"}, System.out, System.err);
 * }</pre>
 *
 * <p>Exit codes: {@value #OK} success; {@value #FAILED} the command ran and failed (a workflow that did not
 * succeed, lint errors, an unknown example or unreadable file, an unreachable server); {@value #USAGE} the
 * command line itself is wrong (unknown command or option, missing argument).
 */
public final class Cli {
  /** The command did what was asked. */
  public static final int OK = 0;
  /** The command ran and failed. */
  public static final int FAILED = 1;
  /** The command line is wrong. */
  public static final int USAGE = 2;

  /**
   * The commands, in the order help lists them. picocli reads a command's class (options, mixins, help texts) when it
   * is added; a command line that names one gets only that one (and {@code help}), so {@code show} does not pay for
   * reading the other nine at start-up.
   */
  static final Map<String, Class<?>> COMMANDS = commands();

  private Cli() {}

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> c = new LinkedHashMap<>();
    c.put("help", HelpCommand.class);
    c.put("list", ListCommand.class);
    c.put("show", ShowCommand.class);
    c.put("export", ExportCommand.class);
    c.put("lint", LintCommand.class);
    c.put("graph", GraphCommand.class);
    c.put("estimate", EstimateCommand.class);
    c.put("submit", SubmitCommand.class);
    c.put("to-java", ToJavaCommand.class);
    c.put("run-local", RunLocalCommand.class);
    return Collections.unmodifiableMap(c);
  }

  /** Runs one command line, writing results to {@code out} and problems to {@code err}; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cl = commandLine(out, err, args.length > 0 ? args[0] : null);
    try {
      return cl.execute(args);
    } finally {
      cl.getOut().flush();
      cl.getErr().flush();
    }
  }

  static CommandLine commandLine(PrintStream out, PrintStream err) {
    return commandLine(out, err, null);
  }

  /** With every command, or with only {@code help} and the one the command line names. */
  private static CommandLine commandLine(PrintStream out, PrintStream err, String first) {
    CommandLine cl = new CommandLine(new RootCommand());
    boolean one = first != null && !first.equals("help") && COMMANDS.containsKey(first);
    COMMANDS.forEach((name, type) -> {
      if (!one || name.equals(first) || name.equals("help")) cl.addSubcommand(name, type);
    });
    cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println(e instanceof CliException ? e.getMessage() : e.toString());
      return FAILED;
    });
    cl.setParameterExceptionHandler(Cli::usageError);
    return cl;
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    if (e instanceof UnmatchedArgumentException u && cl.getParent() == null && !u.getUnmatched().isEmpty()
        && !u.getUnmatched().get(0).startsWith("-")) {
      String unknown = u.getUnmatched().get(0);
      List<String> close = Suggest.closest(unknown, cl.getSubcommands().keySet());
      cl.getErr().println("unknown command '" + unknown + "'"
          + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?"));
      cl.getErr().println("'argowf-examples --help' lists the commands");
      return USAGE;
    }
    cl.getErr().println(e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, cl.getErr());
    cl.usage(cl.getErr());
    return USAGE;
  }
}
