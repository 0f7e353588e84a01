package io.argowf.benchmarks;

import io.argowf.dsl.JavaSource;
import io.argowf.model.Manifests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Java generation for a whole folder of manifests (Argo's examples by default): each file read and written as a
 * Java class with {@link JavaSource}, against each file read and written back as YAML (the baseline). One
 * operation is the whole folder; files per second = files / seconds per operation.
 *
 * <pre>
 * java -Dargowf.examples=../shared/argo/examples -jar benchmarks/target/benchmarks.jar ToJavaBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ToJavaBenchmark {
  private final List<String> names = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();

  @Setup
  public void setUp() throws IOException {
    Path dir = Path.of(System.getProperty("argowf.examples", "../shared/argo/examples"));
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        String text = Files.readString(p);
        try {
          Manifests.readAll(text);
        } catch (RuntimeException unreadable) {
          continue;
        }
        names.add(p.getFileName().toString());
        texts.add(text);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (texts.isEmpty()) throw new IllegalStateException("no YAML files in " + dir.toAbsolutePath());
    System.out.println(texts.size() + " files");
  }

  /** Baseline: every file read and written back as YAML. */
  @Benchmark
  public int readWriteYaml() {
    int length = 0;
    for (String text : texts) length += Manifests.toYamlAll(Manifests.readAll(text)).length();
    return length;
  }

  /** Every file read and written as a Java class (each document checked by running the calls it writes). */
  @Benchmark
  public int readWriteJava() {
    int length = 0;
    for (int i = 0; i < texts.size(); i++) length += JavaSource.of(names.get(i), Manifests.readAll(texts.get(i))).toString().length();
    return length;
  }
}
