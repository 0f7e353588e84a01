package io.argowf.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code argowf-examples}: the commands ({@link Cli#COMMANDS} adds them), and help when none is given. */
@Command(name = "argowf-examples", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Runnable argowf examples: show, export, lint, draw, estimate, run locally and submit Argo workflows.",
    footerHeading = "%nExit codes:%n",
    footer = {"  0  success", "  1  the command failed: workflow not Succeeded, lint errors, unknown name",
        "  2  usage error: unknown command or option, missing argument"})
final class RootCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "no command given");
  }
}
