package io.argowf.dsl.javastep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonValue;
import io.argowf.dsl.Argo;
import io.argowf.model.workflow.Workflow;
import io.argowf.step.JavaStep;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typed handles make mistakes compile errors: the snippets below are compiled with javac, as a user's code is. */
class CompileErrorsTest {
  @TempDir Path out;

  private static final String HEAD = "import static io.argowf.dsl.Argo.*;\n"
      + "import io.argowf.dsl.javastep.Prep;\nimport io.argowf.dsl.javastep.Train;\n"
      + "class Snippet {\n  void pipeline() {\n    var prep = javaStep(Prep.class).task(\"prep\");\n";
  private static final String TAIL = "\n  }\n}\n";

  private List<String> compile(String body) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return HEAD + body + TAIL;
      }
    };
    List<String> options = List.of("-classpath", classpath(), "-d", out.toString(), "-proc:none");
    javac.getTask(null, null, diagnostics, options, null, List.of(source)).call();
    return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
  }

  private static String classpath() throws Exception {
    List<String> parts = new java.util.ArrayList<>();
    for (Class<?> c : List.of(Argo.class, Workflow.class, JavaStep.class, Prep.class, JsonValue.class)) {
      String p = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
      if (!parts.contains(p)) parts.add(p);
    }
    return String.join(File.pathSeparator, parts);
  }

  @Test
  void matchingTypesCompile() throws Exception {
    assertThat(compile("javaStep(Train.class).task(\"train\").with(Train.In::dataset, prep.output(Prep.Out::data))"
        + ".with(Train.In::features, prep.output(Prep.Out::columns));")).isEmpty();
    assertThat(Files.exists(out.resolve("Snippet.class"))).isTrue();
  }

  @Test
  void aFanOutsGatheredOutputsGoToAListOfTheirTypeOnly() throws Exception {
    String train = "var train = javaStep(Train.class).task(\"train\").withItems(1, 2);\n";
    assertThat(compile(train + "javaStep(io.argowf.dsl.javastep.Pick.class).task(\"pick\")"
        + ".with(io.argowf.dsl.javastep.Pick.In::accuracies).from(train.aggregated(Train.Out::accuracy));")).isEmpty();
    // features is a List<String>; the accuracies a fan-out of Train gathers are a List<Double>
    assertThat(compile(train + "javaStep(Train.class).task(\"t\").with(Train.In::features)"
        + ".from(train.aggregated(Train.Out::accuracy));")).singleElement().asString().contains("incompatible types");
  }

  @Test
  void aRenamedComponentIsACompileError() throws Exception {
    // Prep.Out has 'data'; a pipeline still naming the old 'dataFile' no longer compiles
    assertThat(compile("javaStep(Train.class).task(\"train\").with(Train.In::dataset, prep.output(Prep.Out::dataFile));"))
        .singleElement().asString().contains("invalid method reference").contains("dataFile");
  }

  @Test
  void anOutputOfAnotherTypeIsACompileError() throws Exception {
    // columns is a List<String>, epochs an int
    assertThat(compile("javaStep(Train.class).task(\"train\").with(Train.In::epochs).from(prep.output(Prep.Out::columns));"))
        .singleElement().asString().contains("incompatible types");
    assertThat(compile("javaStep(Train.class).task(\"train\").with(Train.In::note).from(prep.output(Prep.Out::data));"))
        .singleElement().asString().contains("incompatible types");
  }

  @Test
  void anOutputHeldInAVariableIsCheckedByTheTwoArgumentFormToo() throws Exception {
    assertThat(compile("io.argowf.dsl.TypedOutput<java.util.List<String>> columns = prep.output(Prep.Out::columns);\n"
        + "javaStep(Train.class).task(\"train\").with(Train.In::epochs, columns);"))
        .isNotEmpty();
  }

  @Test
  void aConstantOfAnotherTypeIsACompileError() throws Exception {
    assertThat(compile("javaStep(Train.class).task(\"train\").with(Train.In::epochs).value(\"five\");"))
        .singleElement().asString().contains("incompatible types");
    assertThat(compile("javaStep(Train.class).task(\"train\").with(Train.In::epochs).value(5)"
        + ".with(Train.In::optimizer).value(Train.Optimizer.ADAM);")).isEmpty();
  }
}
