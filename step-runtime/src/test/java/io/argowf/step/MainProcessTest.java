package io.argowf.step;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.argowf.step.spi.PodLayout;
import io.argowf.step.spi.StepClass;
import io.argowf.step.spi.StepOutputs;
import io.argowf.step.testing.AllTypes;
import io.argowf.step.testing.Fails;
import io.argowf.step.testing.Greet;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point as a pod runs it: a separate JVM, inputs in files, outputs in files, an exit code. */
class MainProcessTest {
  @TempDir Path dir;

  record Run(int exitCode, List<String> stdout, List<String> stderr) {}

  private Run main(String stepClass, Map<String, String> env) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", classpath(), PodLayout.ENTRY_POINT, stepClass)
        .directory(dir.toFile())
        .redirectOutput(dir.resolve("stdout").toFile())
        .redirectError(dir.resolve("stderr").toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the entry point ends").isTrue();
    return new Run(p.exitValue(), Files.readAllLines(dir.resolve("stdout"), StandardCharsets.UTF_8),
        Files.readAllLines(dir.resolve("stderr"), StandardCharsets.UTF_8));
  }

  /** Where the entry point, the test steps and Jackson's three jars are: the classpath an image would have. */
  static String classpath() throws URISyntaxException, ClassNotFoundException {
    List<String> parts = new java.util.ArrayList<>();
    Class<?> annotations = Class.forName("com.fasterxml.jackson.annotation.JsonCreator");   // databind needs it at run time
    for (Class<?> c : List.of(Main.class, AllTypes.class, ObjectMapper.class, JsonFactory.class, annotations)) {
      String p = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
      if (!parts.contains(p)) parts.add(p);
    }
    return String.join(File.pathSeparator, parts);
  }

  private Map<String, String> env(Path root) {
    return Map.of(PodLayout.ROOT_ENV, root.toString(), PodLayout.WORKFLOW_ENV, "wf-7", PodLayout.RETRY_ENV, "1");
  }

  @Test
  void theEntryPointWritesWhatTheInProcessRunReturns() throws Exception {
    Path data = Files.writeString(dir.resolve("data.txt"), "rows ✓");
    Path root = dir.resolve("pod");
    PodLayout layout = PodLayout.at(root);
    layout.writeParameters(StepClassTest.allTypesParameters());
    layout.placeInputArtifact("data", data);

    Run run = main(AllTypes.class.getName(), env(root));

    assertThat(run.exitCode()).as(String.join("\n", run.stderr())).isZero();
    assertThat(run.stdout()).containsExactly("copied data");
    StepOutputs forked = layout.readOutputs(StepClass.of(AllTypes.class).outputs());
    StepOutputs inProcess = StepClass.of(AllTypes.class).run(StepClassTest.allTypesParameters(),
        Map.of("data", data), StepContext.of(dir));
    assertThat(forked.parameters()).containsExactlyEntriesOf(inProcess.parameters());
    assertThat(forked.parameters().get("text")).isEqualTo(StepClassTest.AWKWARD);
    assertThat(Files.readString(forked.artifacts().get("data"))).isEqualTo("rows ✓!");
  }

  @Test
  void outputParameterFilesEndWithOneNewlineMoreThanTheValueBecauseArgoTrimsOne() throws Exception {
    Path root = dir.resolve("pod");
    Run run = main(Greet.class.getName(), env(root));
    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(root.resolve("outputs/parameters/greeting"))).isEqualTo("hello from wf-7 try 1\n");
  }

  @Test
  void aStepThatThrowsExitsOneWithItsMessageOnTheLastLine() throws Exception {
    Path root = dir.resolve("pod");
    PodLayout.at(root).writeParameters(Map.of("attempt", "3"));
    Run run = main(Fails.class.getName(), env(root));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stdout()).containsExactly("about to fail");
    assertThat(run.stderr()).first().asString().startsWith("java.lang.IllegalStateException");
    assertThat(run.stderr()).last().isEqualTo("dataset \"train\" is empty (attempt 3, retry 1) — données absentes");
  }

  @Test
  void anInputThatDoesNotBindExitsTwoNamingTheComponentAndTheValue() throws Exception {
    Path root = dir.resolve("pod");
    PodLayout.at(root).writeParameters(Map.of("attempt", "third\ntry"));
    Run run = main(Fails.class.getName(), env(root));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).last()
        .isEqualTo("input 'attempt' (int) of In cannot be \"third\\ntry\": not a whole number in int's range");
  }

  @Test
  void anUnknownClassOrNoArgumentExitsTwo() throws Exception {
    Run unknown = main("com.example.Missing", env(dir));
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.stderr()).last().asString().startsWith("no step class com.example.Missing on the classpath");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("stdout", "stderr");
    }
  }

  @Test
  void mainWithoutAStepClassPrintsItsUsage() throws IOException {
    var err = new java.io.ByteArrayOutputStream();
    int code = Main.run(new String[0], Map.of(), System.out, new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: java -cp CLASSPATH io.argowf.step.Main STEP_CLASS");
  }
}
