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
        "var echo = container(\"echo\")", ".dependsOn(", "from dag-diamond.yaml");
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
}
