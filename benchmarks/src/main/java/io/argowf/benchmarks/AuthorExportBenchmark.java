package io.argowf.benchmarks;

import static io.argowf.dsl.Argo.container;
import static io.argowf.dsl.Argo.dag;
import static io.argowf.dsl.Argo.param;
import static io.argowf.dsl.Argo.workflow;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.argowf.dsl.ContainerTemplate;
import io.argowf.dsl.InputParam;
import io.argowf.dsl.Task;
import io.argowf.model.Lint;
import io.argowf.model.Manifests;
import io.argowf.model.workflow.Workflow;
import java.util.List;
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
 * Authoring and exporting a DAG of N tasks (each depending on the one before and one halfway back, each with an
 * argument): with the DSL, whose {@code build()} lints, then {@code Manifests.toYaml}, against building the same
 * document as an untyped Jackson tree and writing it with Jackson's YAML mapper (the baseline). {@link #lintOnly}
 * gives lint's share.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar AuthorExportBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class AuthorExportBenchmark {
  @Param({"2000"})
  public int tasks;

  private final YAMLMapper jackson = new YAMLMapper();
  private Workflow built;

  @Setup
  public void setUp() {
    built = dsl(tasks);
  }

  /** argowf: the DSL (with {@code build()}'s lint) and {@code Manifests.toYaml}. */
  @Benchmark
  public String dslBuildAndWrite() {
    return Manifests.toYaml(dsl(tasks));
  }

  /** Baseline: the same document as an untyped tree, written by Jackson. */
  @Benchmark
  public String jacksonTreeBuildAndWrite() throws Exception {
    return jackson.writeValueAsString(tree(tasks));
  }

  /** Lint alone, of the workflow the DSL builds: its share of {@link #dslBuildAndWrite}. */
  @Benchmark
  public List<Lint.Problem> lintOnly() {
    return Lint.check(built);
  }

  static Workflow dsl(int n) {
    InputParam message = param("message");
    ContainerTemplate work = container("work").inputs(message).image("alpine:3.20").command("echo", message);
    Task[] all = new Task[n];
    for (int i = 0; i < n; i++) {
      Task t = work.task("t" + i).with(message, "m" + i);
      if (i == 1) t = t.dependsOn(all[0]);
      if (i > 1) t = t.dependsOn(all[i - 1], all[i / 2]);
      all[i] = t;
    }
    return workflow().generateName("big-dag-").entrypoint(dag("main").tasks(all)).build();
  }

  static ObjectNode tree(int n) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode wf = f.objectNode().put("apiVersion", "argoproj.io/v1alpha1").put("kind", "Workflow");
    wf.putObject("metadata").put("generateName", "big-dag-");
    ObjectNode spec = wf.putObject("spec").put("entrypoint", "main");
    ArrayNode templates = spec.putArray("templates");
    ArrayNode list = templates.addObject().put("name", "main").putObject("dag").putArray("tasks");
    for (int i = 0; i < n; i++) {
      ObjectNode t = list.addObject().put("name", "t" + i).put("template", "work");
      if (i == 1) t.put("depends", "t0");
      if (i > 1) t.put("depends", "t" + (i - 1) + " && t" + (i / 2));
      t.putObject("arguments").putArray("parameters").addObject().put("name", "message").put("value", "m" + i);
    }
    ObjectNode work = templates.addObject().put("name", "work");
    work.putObject("inputs").putArray("parameters").addObject().put("name", "message");
    ObjectNode c = work.putObject("container").put("image", "alpine:3.20");
    c.putArray("command").add("echo").add("{{inputs.parameters.message}}");
    return wf;
  }
}
