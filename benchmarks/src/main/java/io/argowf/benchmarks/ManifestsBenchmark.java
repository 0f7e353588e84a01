package io.argowf.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.argowf.model.Manifests;
import io.argowf.model.workflow.Workflow;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and writing a large workflow through {@link Manifests} (typed, lossless) against Jackson reading and
 * writing the same YAML as an untyped tree (the baseline). Target: typed at most 1.5x the baseline.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ManifestsBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ManifestsBenchmark {
  @Param({"1500"})
  public int tasks;

  private String yaml;
  private final YAMLMapper jackson = new YAMLMapper();

  @Setup
  public void setUp() {
    yaml = BigWorkflow.yaml(tasks);
  }

  /** Baseline: Jackson's YAML to an untyped tree and back to YAML. */
  @Benchmark
  public String jacksonTreeReadWrite() throws Exception {
    JsonNode tree = jackson.readTree(yaml);
    return jackson.writeValueAsString(tree);
  }

  /** argowf: YAML to a typed Workflow and back to YAML. */
  @Benchmark
  public String manifestsReadWrite() {
    Workflow wf = Manifests.read(yaml, Workflow.class);
    return Manifests.toYaml(wf);
  }

  /** Baseline, reading only. */
  @Benchmark
  public JsonNode jacksonTreeRead() throws Exception {
    return jackson.readTree(yaml);
  }

  /** argowf, reading only. */
  @Benchmark
  public Workflow manifestsRead() {
    return Manifests.read(yaml, Workflow.class);
  }
}
