package io.argowf.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
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
 * writing the same YAML, and the same document as JSON, as an untyped tree (the baseline). Targets: typed at most
 * 1.15x the baseline for YAML, 1.3x for JSON.
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
  private String json;
  private JsonNode jsonTree;
  private Workflow workflow;
  private final YAMLMapper jackson = new YAMLMapper();
  private final ObjectMapper jacksonJson = new ObjectMapper();
  private final ObjectWriter jacksonJsonPretty = jacksonJson.writerWithDefaultPrettyPrinter();

  @Setup
  public void setUp() throws Exception {
    yaml = BigWorkflow.yaml(tasks);
    json = jacksonJson.writeValueAsString(jackson.readTree(yaml)); // compact, as argo-server sends it
    jsonTree = jacksonJson.readTree(json);
    workflow = Manifests.read(json, Workflow.class);
  }

  /** Baseline, writing a tree as pretty-printed JSON only. */
  @Benchmark
  public String jacksonTreeWriteJson() throws Exception {
    return jacksonJsonPretty.writeValueAsString(jsonTree);
  }

  /** argowf, writing JSON only. */
  @Benchmark
  public String manifestsWriteJson() {
    return Manifests.toJson(workflow);
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

  /** Baseline: Jackson's JSON to an untyped tree and back to pretty-printed JSON (what {@code toJson} writes). */
  @Benchmark
  public String jacksonTreeReadWriteJson() throws Exception {
    JsonNode tree = jacksonJson.readTree(json);
    return jacksonJsonPretty.writeValueAsString(tree);
  }

  /** argowf: JSON to a typed Workflow and back to JSON. */
  @Benchmark
  public String manifestsReadWriteJson() {
    Workflow wf = Manifests.read(json, Workflow.class);
    return Manifests.toJson(wf);
  }

  /** Baseline, reading JSON only. */
  @Benchmark
  public JsonNode jacksonTreeReadJson() throws Exception {
    return jacksonJson.readTree(json);
  }

  /** argowf, reading JSON only. */
  @Benchmark
  public Workflow manifestsReadJson() {
    return Manifests.read(json, Workflow.class);
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
