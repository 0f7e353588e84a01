package io.argowf.benchmarks;

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
 * Lint time against size, for DAGs and steps: it should grow linearly (time per task flat). Each DAG task depends
 * on the one before it and on one halfway back, and reads outputs of both, so ancestry is deep and every
 * task's references are checked; each step reads the outputs of the step before it.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar LintBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class LintBenchmark {
  @Param({"1000", "2000", "5000", "10000"})
  int tasks;

  /** {@code dag}: tasks as above; {@code steps}: one step per group, each reading the previous step's output. */
  @Param({"dag", "steps"})
  String shape;

  Workflow workflow;

  @Setup
  public void setUp() {
    workflow = Manifests.read(shape.equals("steps") ? steps(tasks) : dag(tasks), Workflow.class);
    List<Lint.Problem> problems = Lint.check(workflow);
    if (problems.stream().anyMatch(Lint.Problem::isError)) {
      throw new IllegalStateException("the benchmark workflow should be valid: " + problems.get(0));
    }
  }

  @Benchmark
  public List<Lint.Problem> lint() {
    return Lint.check(workflow);
  }

  /** A valid workflow whose steps template has {@code n} steps in sequence. */
  static String steps(int n) {
    StringBuilder b = new StringBuilder(header());
    b.append("  - name: main\n    steps:\n");
    for (int i = 0; i < n; i++) {
      b.append("    - - name: s").append(i).append("\n        template: work\n")
          .append("        arguments:\n          parameters:\n          - name: message\n            value: \"")
          .append(i == 0 ? "start" : "{{steps.s" + (i - 1) + ".outputs.result}} {{steps.s" + (i - 1) + ".outputs.parameters.out}}")
          .append("\"\n");
    }
    return b.toString();
  }

  /** A valid workflow whose DAG has {@code n} tasks. */
  static String dag(int n) {
    StringBuilder b = new StringBuilder(header()).append("  - name: main\n    dag:\n      tasks:\n");
    for (int i = 0; i < n; i++) {
      b.append("      - name: t").append(i).append("\n        template: work\n");
      if (i > 0) {
        int half = i / 2;
        b.append("        depends: \"t").append(i - 1).append(half != i - 1 ? " && t" + half : "").append("\"\n");
      }
      b.append("        arguments:\n          parameters:\n          - name: message\n            value: \"");
      b.append(i == 0 ? "start" : "{{tasks.t" + (i - 1) + ".outputs.result}} {{tasks.t" + (i / 2) + ".outputs.parameters.out}}");
      b.append("\"\n");
    }
    return b.toString();
  }

  private static String header() {
    return """
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata:
          generateName: big-
        spec:
          entrypoint: main
          arguments:
            parameters:
            - name: greeting
              value: hello
          templates:
          - name: work
            inputs:
              parameters:
              - name: message
            container:
              image: alpine:3.20
              command: [echo, "{{inputs.parameters.message}}", "{{workflow.parameters.greeting}}"]
            outputs:
              parameters:
              - name: out
                valueFrom:
                  path: /tmp/out
        """;
  }

  /** Runs the benchmark without the JMH launcher: {@code java ... LintBenchmark}. */
  public static void main(String[] args) throws Exception {
    org.openjdk.jmh.Main.main(new String[] {LintBenchmark.class.getSimpleName()});
  }
}
