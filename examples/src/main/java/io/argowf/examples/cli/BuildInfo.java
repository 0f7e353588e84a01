package io.argowf.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts Maven wrote at build time: argowf's version and the Mermaid version the page inlines. */
final class BuildInfo {
  private static final Properties FACTS = load();

  private BuildInfo() {}

  static String version() {
    return FACTS.getProperty("version");
  }

  static String mermaidVersion() {
    return FACTS.getProperty("mermaid.version");
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
      if (in == null) throw new IllegalStateException("build.properties is missing from the examples jar");
      p.load(in);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
