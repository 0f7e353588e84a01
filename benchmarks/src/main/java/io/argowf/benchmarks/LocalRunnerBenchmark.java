package io.argowf.benchmarks;

import io.argowf.local.Isolation;
import io.argowf.local.LeafResult;
import io.argowf.local.LocalRunner;
import io.argowf.model.k8s.Container;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.workflow.DAGTask;
import io.argowf.model.workflow.DAGTemplate;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowSpec;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * The local runner's own overhead: a 1,000-task DAG (10 independent chains of 100, so 10 leaves run at once) of
 * no-op stand-ins, and of {@code true} processes, against starting 1,000 {@code true} processes directly with 10 at a
 * time. Path rewriting is used for the processes so the figure is the runner's, not the mount namespace's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class LocalRunnerBenchmark {
  private static final int WIDTH = 10;

  @Param({"1000"})
  int tasks;

  private Workflow workflow;
  private LocalRunner standIns;
  private LocalRunner processes;

  @Setup
  public void setUp() throws Exception {
    workflow = dag(tasks);
    Path dir = Files.createTempDirectory("argowf-bench-");
    standIns = LocalRunner.builder().workingFolder(dir).standIn("leaf", leaf -> LeafResult.ok()).build();
    processes = LocalRunner.builder().workingFolder(dir).isolation(Isolation.REWRITE_PATHS).build();
  }

  /** 1,000 no-op stand-ins through the whole runner (nodes, substitution, status). */
  @Benchmark
  public Object dagOfStandIns() throws InterruptedException {
    return standIns.run(workflow);
  }

  /** 1,000 {@code true} processes through the whole runner. */
  @Benchmark
  public Object dagOfTrueProcesses() throws InterruptedException {
    return processes.run(workflow);
  }

  /** The baseline: 1,000 {@code true} processes started directly, 10 at a time. */
  @Benchmark
  public Object trueProcessesDirectly() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WIDTH);
    try {
      List<Future<Integer>> all = new ArrayList<>();
      for (int i = 0; i < tasks; i++) {
        all.add(pool.submit(() -> new ProcessBuilder("true").redirectInput(ProcessBuilder.Redirect.from(
            new File("/dev/null"))).start().waitFor()));
      }
      int sum = 0;
      for (Future<Integer> f : all) sum += f.get();
      return sum;
    } finally {
      pool.shutdown();
    }
  }

  static Workflow dag(int n) {
    List<DAGTask> tasks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      DAGTask.Builder t = DAGTask.builder().name("t" + i).template("leaf");
      if (i >= WIDTH) t.depends("t" + (i - WIDTH));
      tasks.add(t.build());
    }
    Template main = Template.builder().name("main").dag(DAGTemplate.builder().tasks(tasks).build()).build();
    Template leaf = Template.builder().name("leaf")
        .container(Container.builder().image("alpine").command(List.of("true")).build()).build();
    return Workflow.builder().metadata(ObjectMeta.builder().name("bench").build())
        .spec(WorkflowSpec.builder().entrypoint("main").templates(List.of(main, leaf)).build()).build();
  }
}
