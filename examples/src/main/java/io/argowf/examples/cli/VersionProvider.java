package io.argowf.examples.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: argowf's version. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"argowf-examples " + BuildInfo.version()};
  }
}
