package io.argowf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToJavaCommandTest {
  private static final String DAG = """
      apiVersion: argoproj.io/v1alpha1
      kind: Workflow
      metadata: {generateName: dag-diamond-}
      spec:
        entrypoint: diamond
        templates:
        - name: diamond
          dag:
            tasks:
            - {name: A, template: echo}
            - {name: B, template: echo, depends: A}
        - name: echo
          container: {image: busybox, command: [echo, hi]}
      """;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  @TempDir Path tmp;

  private int run(String... args) {
    return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void printsTheClassOfOneFileNamedAfterIt() throws Exception {
    Path yaml = Files.writeString(tmp.resolve("dag-diamond.yaml"), DAG);
    assertThat(run("to-java", yaml.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("public final class DagDiamond",
        "var echo = container(\"echo\")", ".tasks(a.then(echo.task(\"B\")))", "from dag-diamond.yaml");
  }

  @Test
  void writesOneJavaFileForEachFileInThePackageGiven() throws Exception {
    Path a = Files.writeString(tmp.resolve("dag-diamond.yaml"), DAG);
    Path b = Files.writeString(tmp.resolve("second-one.yaml"), DAG);
    Path dir = tmp.resolve("out");
    assertThat(run("to-java", "--out", dir.toString(), "--package", "com.acme", a.toString(), b.toString())).isZero();
    assertThat(Files.readString(dir.resolve("DagDiamond.java"))).startsWith("// Generated").contains("package com.acme;");
    assertThat(dir.resolve("SecondOne.java")).exists();
  }

  @Test
  void aFileThatIsNotYamlFailsNamingIt() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.yaml"), "kind: Workflow\nspec: [");
    assertThat(run("to-java", bad.toString())).isEqualTo(Cli.FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.yaml");
  }

  @Test
  void aFolderStandsForItsYamlFilesAndClashingClassNamesAreNumbered() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in.resolve("a"));
    Files.createDirectories(in.resolve("b"));
    Files.writeString(in.resolve("a/workflow.yaml"), DAG);
    Files.writeString(in.resolve("b/workflow.yml"), DAG);
    Files.writeString(in.resolve("notes.txt"), "not yaml");
    Path dir = tmp.resolve("out");
    assertThat(run("to-java", "--out", dir.toString(), in.toString())).isZero();
    assertThat(Files.readString(dir.resolve("WorkflowManifests.java"))).contains("from workflow.yaml");
    assertThat(Files.readString(dir.resolve("WorkflowManifests2.java"))).contains("class WorkflowManifests2", "from workflow.yml");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("from " + in.resolve("a/workflow.yaml"));
  }

  @Test
  void everyFileIsTriedAndTheOnesThatFailAreListed() throws Exception {
    Path good = Files.writeString(tmp.resolve("good.yaml"), DAG);
    Path bad = Files.writeString(tmp.resolve("bad.yaml"), "kind: Workflow\nspec: [");
    Path dir = tmp.resolve("out");
    assertThat(run("to-java", "--out", dir.toString(), bad.toString(), good.toString())).isEqualTo(Cli.FAILED);
    assertThat(dir.resolve("Good.java")).exists();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.yaml", "1 of 2 files could not be written as Java");
  }

  @Test
  void aPackageThatIsNotJavaIsRefused() throws Exception {
    Path yaml = Files.writeString(tmp.resolve("dag-diamond.yaml"), DAG);
    assertThat(run("to-java", "--package", "com.1acme", yaml.toString())).isEqualTo(Cli.FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--package com.1acme: not a Java package name");
  }
}
