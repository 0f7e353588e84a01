package io.argowf.dsl.tojava;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in this JVM with {@code -Xlint:all -Werror} against what a user's build has (the
 * jars or classes of sdk-dsl, sdk-model, step-runtime and their compile dependencies, nothing of the tests) and
 * loads them.
 */
final class InMemoryJava {
  /** One class of each artifact a user's compile classpath holds when it depends on sdk-dsl. */
  private static final List<String> USER_CLASSPATH = List.of("io.argowf.dsl.Argo", "io.argowf.model.Manifests",
      "io.argowf.step.JavaStep", "com.fasterxml.jackson.annotation.JsonProperty", "com.fasterxml.jackson.core.JsonParser",
      "com.fasterxml.jackson.databind.JsonNode", "com.fasterxml.jackson.dataformat.yaml.YAMLFactory",
      "org.yaml.snakeyaml.Yaml", "com.jayway.jsonpath.JsonPath", "org.slf4j.Logger", "com.squareup.javapoet.JavaFile");

  private InMemoryJava() {}

  /** What javac said, and a loader for the classes. */
  record Compiled(List<String> diagnostics, ClassLoader loader) {}

  /** @return the jars or class folders a user's build compiles against */
  static String userClasspath() {
    Set<String> entries = new LinkedHashSet<>();
    for (String name : USER_CLASSPATH) {
      try {
        URL location = Class.forName(name).getProtectionDomain().getCodeSource().getLocation();
        entries.add(Path.of(location.toURI()).toString());
      } catch (ClassNotFoundException | URISyntaxException e) {
        throw new IllegalStateException("no " + name + " on the test's classpath", e);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  static Compiled compile(Path dir, List<Path> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> said = new DiagnosticCollector<>();
    Path out = dir.resolve("classes");
    try (StandardJavaFileManager files = javac.getStandardFileManager(said, Locale.ROOT, null)) {
      Files.createDirectories(out);
      List<String> options = List.of("-Xlint:all", "-Werror", "-proc:none", "-d", out.toString(),
          "-classpath", userClasspath(), "--release", "17");
      boolean ok = javac.getTask(null, files, said, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
      List<String> diagnostics = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : said.getDiagnostics()) {
        diagnostics.add(d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber())
            + " " + d.getMessage(Locale.ROOT));
      }
      if (!ok && diagnostics.isEmpty()) diagnostics.add("javac failed");
      return new Compiled(diagnostics, new URLClassLoader(new URL[] {out.toUri().toURL()}, InMemoryJava.class.getClassLoader()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
