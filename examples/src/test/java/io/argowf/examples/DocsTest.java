package io.argowf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code java} code block of README.md and docs/*.md compiles, and runs unless marked otherwise.
 *
 * <p>A page is one program: its blocks, in order, form the body of one method, so a later block may use what an
 * earlier one made. A block that declares a top-level type ({@code record}, {@code class}, ...) is a source file
 * of its own beside that method. The fence's info string says what to do: {@code ```java} compiles and runs;
 * {@code ```java compile-only} compiles but is skipped when the page runs (it needs a cluster or a server); other
 * languages are not checked.
 * Every page gets the same imports: argowf's front doors, the model's packages and {@code java.util},
 * {@code java.nio.file}, {@code java.time}; a block's own {@code import} lines are added to them.
 */
class DocsTest {
  private static final Pattern FENCE = Pattern.compile("(?m)^```java([^\\n]*)\\n(.*?)^```", Pattern.DOTALL);
  private static final Pattern TYPE = Pattern.compile("(?m)^(public |final |abstract |sealed )*(class|record|interface|enum) (\\w+)");
  private static final List<String> IMPORTS = List.of(
      "import static io.argowf.dsl.Argo.*;",
      "import io.argowf.dsl.*;",
      "import io.argowf.model.*;",
      "import io.argowf.model.workflow.*;",
      "import io.argowf.client.*;",
      "import io.argowf.vci.*;",
      "import io.argowf.vci.cost.*;",
      "import java.util.*;",
      "import java.nio.file.*;",
      "import java.time.*;");

  @TempDir Path work;

  @TestFactory
  Stream<DynamicTest> everyJavaBlockOfTheDocsCompilesAndTheRunnableOnesRun() throws IOException {
    Path root = Path.of(System.getProperty("argowf.root", ".."));
    List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages.stream().map(page -> DynamicTest.dynamicTest(root.relativize(page).toString(), () -> check(page)));
  }

  private void check(Path page) throws Exception {
    String name = "page_" + page.getFileName().toString().replaceAll("\\.md$", "").replaceAll("[^A-Za-z0-9]", "_").toLowerCase();
    String pkg = "docs." + name;
    Path src = work.resolve("src").resolve("docs").resolve(name);
    Files.createDirectories(src);
    List<String> imports = new ArrayList<>(IMPORTS);
    StringBuilder body = new StringBuilder();
    boolean any = false;
    Matcher block = FENCE.matcher(Files.readString(page));
    while (block.find()) {
      any = true;
      List<String> own = block.group(2).lines().filter(l -> l.startsWith("import ")).toList();
      String code = String.join("\n", block.group(2).lines().filter(l -> !l.startsWith("import ")).toList());
      Matcher type = TYPE.matcher(code);
      if (type.find()) {
        List<String> header = new ArrayList<>(IMPORTS);
        header.addAll(own);
        Files.writeString(src.resolve(type.group(3) + ".java"),
            "package " + pkg + ";\n" + String.join("\n", header.stream().distinct().toList()) + "\n\n" + code + "\n");
      } else {
        imports.addAll(own);
        boolean compileOnly = block.group(1).contains("compile-only");
        body.append(compileOnly ? "if (Boolean.parseBoolean(\"false\")) {\n" + code + "\n}\n" : code + "\n");
      }
    }
    if (!any) return;
    Files.writeString(src.resolve("Page.java"), "package " + pkg + ";\n"
        + String.join("\n", imports.stream().distinct().toList())
        + "\n\nclass Page {\n  static void run() throws Exception {\n" + body + "  }\n}\n");
    Path classes = work.resolve("classes").resolve(name);
    compile(src, classes, page);
    run(classes, pkg + ".Page");
  }

  private static void compile(Path src, Path out, Path page) throws IOException {
    List<String> files;
    try (Stream<Path> s = Files.walk(src)) {
      files = s.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
        "-proc:none", "-Xlint:-options");
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      boolean ok = javac.getTask(errors, fm, null, options, null, fm.getJavaFileObjectsFromStrings(files)).call();
      assertThat(ok).as("the java blocks of %s compile:%n%s", page, errors).isTrue();
    }
  }

  private static void run(Path classes, String main) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, DocsTest.class.getClassLoader())) {
      Method run = loader.loadClass(main).getDeclaredMethod("run");
      run.setAccessible(true);
      run.invoke(null);
    }
  }
}
