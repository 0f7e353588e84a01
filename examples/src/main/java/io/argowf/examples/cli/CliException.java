package io.argowf.examples.cli;

/** A failure the command reports as one line on stderr, exiting {@value Cli#FAILED}. */
final class CliException extends RuntimeException {
  CliException(String message) {
    super(message);
  }
}
