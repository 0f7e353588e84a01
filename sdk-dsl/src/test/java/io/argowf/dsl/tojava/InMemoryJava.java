package io.argowf.dsl.tojava;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources in this JVM with {@code -Xlint:all} and loads them. */
final class InMemoryJava {
  private InMemoryJava() {}

  /** What javac said, and a loader for the classes. */
  record Compiled(List<String> diagnostics, ClassLoader loader) {}

  static Compiled compile(Path dir, List<Path> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> said = new DiagnosticCollector<>();
    Path out = dir.resolve("classes");
    try (StandardJavaFileManager files = javac.getStandardFileManager(said, Locale.ROOT, null)) {
      Files.createDirectories(out);
      List<String> options = List.of("-Xlint:all", "-proc:none", "-d", out.toString(),
          "-classpath", System.getProperty("java.class.path"), "--release", "17");
      boolean ok = javac.getTask(null, files, said, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
      List<String> diagnostics = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : said.getDiagnostics()) {
        // the model's class files name Immutables' @Generated, which the jars do not ship: about them, not the source
        if (d.getSource() != null && d.getSource().getKind() == JavaFileObject.Kind.CLASS) continue;
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
