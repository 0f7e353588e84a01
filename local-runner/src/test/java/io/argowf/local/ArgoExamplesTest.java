package io.argowf.local;

import static io.argowf.local.assertions.WorkflowAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.local.assertions.WorkflowAssert;
import io.argowf.model.workflow.NodeStatus;
import io.argowf.model.workflow.Workflow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Argo's own examples run locally end in the phases, with the outputs, Argo gives them. All runs start at once and
 * each test awaits its own, so the whole set takes about as long as its slowest example.
 */
class ArgoExamplesTest {
  @TempDir static Path dir;

  private static final Map<String, Consumer<WorkflowAssert>> SUCCEEDED = new LinkedHashMap<>();
  private static final Map<String, Consumer<WorkflowAssert>> FAILED = new LinkedHashMap<>();
  /** Examples whose phase is random (a coin their script flips); the check says how the phase follows. */
  private static final Map<String, Consumer<WorkflowAssert>> RANDOM = new LinkedHashMap<>();

  static {
    SUCCEEDED.put("steps.yaml", w -> w.node("hello2a").succeeded().result().isEqualTo("hello2a"));
    SUCCEEDED.put("hello-world.yaml", w -> w.node(w.actual().metadata().name()).hasType("Pod"));
    SUCCEEDED.put("arguments-parameters.yaml", w -> w.node(w.actual().metadata().name()).result()
        .isEqualTo("hello world"));
    SUCCEEDED.put("global-parameters.yaml", w -> w.node(w.actual().metadata().name()).result()
        .isEqualTo("hello world"));
    SUCCEEDED.put("dag-diamond.yaml", w -> w.node("D").succeeded().node("B").succeeded());
    SUCCEEDED.put("dag-diamond-steps.yaml", w -> w.node("D").succeeded().hasType("Steps"));
    SUCCEEDED.put("dag-multiroot.yaml", w -> w.node("D").succeeded());
    SUCCEEDED.put("dag-nested.yaml", w -> w.node("D").succeeded());
    SUCCEEDED.put("dag-targets.yaml", w -> w.node("E").succeeded());
    SUCCEEDED.put("dag-enhanced-depends.yaml", ArgoExamplesTest::enhancedDepends);
    SUCCEEDED.put("dag-coinflip.yaml", w -> w.node("flip-coin").succeeded());
    SUCCEEDED.put("coinflip.yaml", ArgoExamplesTest::coinflip);
    SUCCEEDED.put("coinflip-recursive.yaml", w -> w.node("flip-coin").succeeded());
    SUCCEEDED.put("conditionals-complex.yaml", w -> w.node("flip-again").succeeded());
    SUCCEEDED.put("conditional-parameters.yaml", w -> w.node("flip-coin").succeeded());
    SUCCEEDED.put("conditional-artifacts.yaml", w -> w.node("flip-coin").succeeded());
    SUCCEEDED.put("dag-conditional-parameters.yaml", w -> w.node("flip-coin").succeeded());
    SUCCEEDED.put("dag-conditional-artifacts.yaml", w -> w.node("flip-coin").succeeded());
    SUCCEEDED.put("continue-on-fail.yaml", w -> w.node("B").succeeded().node("D").succeeded());
    SUCCEEDED.put("loops.yaml", w -> w.node("print-message-loop(1:goodbye world)").succeeded().result()
        .isEqualTo("goodbye world"));
    SUCCEEDED.put("loops-maps.yaml", w -> w.node("test-linux(0:image:debian,tag:9.1)").succeeded());
    SUCCEEDED.put("loops-dag.yaml", w -> w.node("B").hasType("TaskGroup").succeeded());
    SUCCEEDED.put("loops-param-argument.yaml", w -> w.node("test-linux(2:image:alpine,tag:3.6)").succeeded());
    SUCCEEDED.put("loops-sequence.yaml", w -> w.node("sequence-format(2:testuser02)").succeeded().node("sequence-negative(5:0)").succeeded());
    SUCCEEDED.put("withsequence-nested-result.yaml", w -> w.succeeded());
    SUCCEEDED.put("recursive-for-loop.yaml", w -> w.succeeded());
    SUCCEEDED.put("parameter-aggregation.yaml", w -> w.node("print(1:2)").succeeded().node("divide-by-2(3:evenness:even,num:4)").succeeded());
    SUCCEEDED.put("parameter-aggregation-dag.yaml", w -> w.node("print").hasType("TaskGroup").node("print(1:2)").succeeded());
    SUCCEEDED.put("parameter-aggregation-script.yaml", w -> w.succeeded());
    SUCCEEDED.put("map-reduce.yaml", w -> w.node("reduce").succeeded());
    SUCCEEDED.put("output-parameter.yaml", w -> w.node("generate-parameter").succeeded()
        .output("hello-param").isEqualTo("hello world"));
    SUCCEEDED.put("global-outputs.yaml", w -> assertThat(w.actual().status().outputs().parameters().get(0).value())
        .isEqualTo("hello world"));
    SUCCEEDED.put("exit-code-output-variable.yaml", w -> w.node("failing-container").failed().message().isEqualTo("Error (exit code 123)"));
    SUCCEEDED.put("handle-large-output-results.yaml", w -> w.succeeded());
    SUCCEEDED.put("scripts-python.yaml", w -> w.node("generate").succeeded());
    SUCCEEDED.put("scripts-bash.yaml", w -> w.node("print").succeeded());
    SUCCEEDED.put("artifact-passing.yaml", w -> w.node("consume-artifact").succeeded().result()
        .contains("hello world"));
    SUCCEEDED.put("artifact-passing-subpath.yaml", w -> w.node("consume-artifact").succeeded().result()
        .isEqualTo("hello world"));
    SUCCEEDED.put("input-artifact-raw.yaml", w -> w.node(w.actual().metadata().name()).result()
        .contains("the raw file"));
    SUCCEEDED.put("key-only-artifact.yaml", w -> w.node("consume").succeeded().result().isEqualTo("hello"));
    SUCCEEDED.put("output-artifact-s3.yaml", w -> w.succeeded());
    SUCCEEDED.put("exit-handler-with-artifacts.yaml", w -> w.node("step-1.onExit").succeeded());
    SUCCEEDED.put("exit-handler-with-param.yaml", w -> w.node("step-1.onExit").succeeded());
    SUCCEEDED.put("exit-handler-dag-level.yaml", w -> w.succeeded());
    SUCCEEDED.put("exit-handler-step-level.yaml", w -> w.node("hello1.onExit").succeeded());
    SUCCEEDED.put("template-on-exit.yaml", w -> w.succeeded());
    SUCCEEDED.put("life-cycle-hooks-tmpl-level.yaml", w -> w.node("step-1.hooks.running").hasType("HTTP").node("step-1").succeeded());
    SUCCEEDED.put("status-reference.yaml", w -> w.succeeded());
    SUCCEEDED.put("expression-destructure-json.yaml", w -> w.succeeded());
    SUCCEEDED.put("expression-tag-template-workflow.yaml", w -> w.succeeded());
    SUCCEEDED.put("memoize-simple.yaml", w -> w.node(w.actual().metadata().name()).output("hello")
        .isEqualTo("world"));
    SUCCEEDED.put("synchronization-wf-level.yaml", w -> w.succeeded());
    SUCCEEDED.put("synchronization-mutex-wf-level.yaml", w -> w.succeeded());
    SUCCEEDED.put("volumes-emptydir.yaml", w -> w.succeeded());
    SUCCEEDED.put("volumes-pvc.yaml", w -> w.node("print").succeeded().result().contains("hello world"));
    SUCCEEDED.put("nested-workflow.yaml", w -> w.succeeded());
    SUCCEEDED.put("dag-inline-workflow.yaml", w -> w.succeeded());
    SUCCEEDED.put("k8s-orchestration.yaml", w -> w.succeeded());
    SUCCEEDED.put("init-container.yaml", w -> w.node(w.actual().metadata().name()).succeeded().result()
        .isEqualTo("bye"));
    SUCCEEDED.put("container-set-template/graph-workflow.yaml", w -> w.node(w.actual().metadata().name() + ".d")
        .hasType("Container").succeeded());
    SUCCEEDED.put("container-set-template/parallel-workflow.yaml", w -> w.node(w.actual().metadata().name() + ".b")
        .hasType("Container").succeeded());
    SUCCEEDED.put("container-set-template/sequence-workflow.yaml", w -> w.node(w.actual().metadata().name() + ".c")
        .hasType("Container").succeeded());
    SUCCEEDED.put("container-set-template/outputs-result-workflow.yaml", w -> w.node("b").succeeded().node("a")
        .hasType("Pod").result().isEqualTo("hi"));
    SUCCEEDED.put("container-set-template/workspace-workflow.yaml", w -> w.node(w.actual().metadata().name())
        .output("out").isEqualTo("hi"));
    RANDOM.put("template-defaults.yaml", ArgoExamplesTest::failedOnlyWhenRetriesRanOut);
    RANDOM.put("retry-with-steps.yaml", ArgoExamplesTest::failedOnlyWhenRetriesRanOut);
    FAILED.put("exit-handlers.yaml", w -> {
      w.node(w.actual().metadata().name()).failed().message().isEqualTo("Error (exit code 1)");
      w.node("cry").succeeded().node("celebrate").isSkipped();
    });
    FAILED.put("dag-continue-on-fail.yaml", w -> w.node("B").failed().node("C").succeeded().node("D").succeeded()
        .node("E").failed().node("F").succeeded().node("G").hasPhase("Omitted"));
    FAILED.put("loops-arbitrary-sequential-steps.yaml", w -> {
      w.node(w.actual().metadata().name()).failed().message()
          .isEqualTo("template has failed or errored children and failFast enabled");
      w.node("unit-step(2:exit_code:0,message:succeeds 3)").succeeded();
      w.node("unit-step(3:exit_code:1,message:will fail and stop here)").failed();
      assertThat(w.actual().status().nodes().values()).noneMatch(n -> n.displayName().startsWith("unit-step(4:"));
    });
    FAILED.put("timeouts-step.yaml", w -> w.node(w.actual().metadata().name()).failed().message()
        .isEqualTo("Pod was active on the node longer than the specified deadline"));
  }

  @TestFactory
  Stream<DynamicTest> argoExamplesEndAsArgoEndsThem() {
    SharedExamples.dir();
    LocalRunner runner = LocalRunner.builder().workingFolder(dir).timeout(Duration.ofMinutes(2)).build();
    List<DynamicTest> tests = new ArrayList<>();
    add(tests, runner, SUCCEEDED, "Succeeded");
    add(tests, runner, FAILED, "Failed");
    add(tests, runner, RANDOM, null);
    return tests.stream();
  }

  private static void add(List<DynamicTest> tests, LocalRunner runner, Map<String, Consumer<WorkflowAssert>> cases,
      String phase) {
    cases.forEach((file, check) -> {
      List<Object> docs = SharedExamples.read(file);
      LocalRun run = runner.start(SharedExamples.workflow(docs), SharedExamples.others(docs));
      tests.add(DynamicTest.dynamicTest(file + " ends " + (phase == null ? "as its coin falls" : phase), () -> {
        Workflow done = run.await(Duration.ofMinutes(3)).orElseThrow();
        WorkflowAssert w = phase == null ? assertThat(done) : assertThat(done).hasPhase(phase);
        check.accept(w);
      }));
    });
  }

  private static void coinflip(WorkflowAssert w) {
    Map<String, NodeStatus> byName = byDisplayName(w.actual());
    String side = byName.get("flip-coin").outputs().result();
    assertThat(side).isIn("heads", "tails");
    assertThat(byName.get("heads").phase()).isEqualTo(side.equals("heads") ? "Succeeded" : "Skipped");
    assertThat(byName.get("tails").phase()).isEqualTo(side.equals("tails") ? "Succeeded" : "Skipped");
    if (side.equals("tails")) {
      assertThat(byName.get("heads").message()).isEqualTo("when 'tails == heads' evaluated false");
    }
  }

  /**
   * Each attempt fails with a probability of 2/3: the run ends Succeeded, or Failed because a step ran out of its
   * retries (with templateDefaults' retryStrategy the steps template itself retries, so an inner Retry node may fail
   * while the run succeeds).
   */
  private static void failedOnlyWhenRetriesRanOut(WorkflowAssert w) {
    List<NodeStatus> failedRetries = w.actual().status().nodes().values().stream()
        .filter(n -> n.type().equals("Retry") && n.phase().equals("Failed")).toList();
    failedRetries.forEach(n -> assertThat(n.message()).isEqualTo("No more retries left"));
    if (!failedRetries.isEmpty()) return;
    w.hasPhase("Succeeded");
  }

  private static void enhancedDepends(WorkflowAssert w) {
    w.node("A").succeeded().node("B").succeeded().node("C").failed();
  }

  private static Map<String, NodeStatus> byDisplayName(Workflow wf) {
    Map<String, NodeStatus> m = new LinkedHashMap<>();
    wf.status().nodes().values().forEach(n -> m.putIfAbsent(n.displayName(), n));
    return m;
  }
}
