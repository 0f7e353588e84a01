package io.argowf.codegen;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerates the sdk-model sources.
 *
 * <pre>
 * mvn -B -q -pl codegen compile exec:java -Dexec.args="../shared/argo sdk-model/src/generated/java"
 * </pre>
 *
 * The first argument is a folder holding {@code v4.1.2/schema.json} and {@code v3.5.5/schema.json}; the second
 * is the output source root (wiped below {@code io/argowf/model} first).
 */
public final class Main {
  private Main() {}

  /**
   * Entry point.
   *
   * @param args schema folder and output folder
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: Main ARGO_SCHEMA_DIR OUTPUT_SOURCE_ROOT");
      System.exit(2);
    }
    Path argo = Path.of(args[0]);
    Path v4 = argo.resolve("v4.1.2/schema.json");
    Path v35 = argo.resolve("v3.5.5/schema.json");
    for (Path p : new Path[] {v4, v35}) {
      if (!Files.isRegularFile(p)) {
        System.err.println("missing schema: " + p.toAbsolutePath());
        System.exit(2);
      }
    }
    int files = new ModelGenerator(Definitions.load(v4, v35), Path.of(args[1])).generate();
    System.out.println("wrote " + files + " files to " + Path.of(args[1]).toAbsolutePath());
  }
}
