package io.argowf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.examples.catalogue.Catalogue;
import io.argowf.examples.catalogue.Example;
import io.argowf.local.LeafResult;
import io.argowf.local.LocalRun;
import io.argowf.local.LocalRunner;
import io.argowf.local.assertions.WorkflowAssert;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.Workflow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every catalogue entry that holds a workflow runs on the local runner, with the stand-ins {@code run-local} uses, and
 * ends Succeeded; a CronWorkflow runs its {@code workflowSpec} as the Workflow one scheduled run would create.
 * Suspended nodes are resumed while they wait, as a user pressing Enter would. What an entry needs from outside
 * (bucket data, hosts that do not exist) is given as a user's own test would give it.
 */
class CatalogueRunsLocallyTest {
  /**
   * What an entry needs from outside the workflow, as a user's test would give it: the sales shards in the bucket
   * (8 files of 200 orders), stand-ins for the calls to made-up hosts (the dashboard, the ops webhook), and for the
   * coin-flipping step of {@code retry-backoff} one that fails its first two tries, so the test does not fail one run
   * in sixteen.
   */
  private static final Map<String, Setup> SETUP = Map.of(
      "sales-analysis", (b, folder) -> {
        Path day = Files.createDirectories(folder.resolve("repository/orders/2024-06-01"));
        for (int i = 0; i < 8; i++) {
          Files.writeString(day.resolve(String.format("part-%03d.csv", i)), "id\n" + "order\n".repeat(200));
        }
        b.artifactFolder(folder.resolve("repository")).standIn("publish", leaf -> LeafResult.ok());
      },
      "cluster-maintenance", (b, folder) -> b.standIn("report", leaf -> {
        leaf.out().println("reported " + leaf.parameter("status"));
        return LeafResult.ok();
      }),
      "retry-backoff", (b, folder) -> {
        AtomicInteger tries = new AtomicInteger();
        b.standIn("flaky", leaf -> tries.incrementAndGet() <= 2 ? LeafResult.exit(1) : LeafResult.ok());
      });

  private interface Setup {
    void apply(LocalRunner.Builder builder, Path folder) throws Exception;
  }

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> everyRunnableEntryEndsSucceeded() {
    return Catalogue.all().stream().filter(e -> workflow(e) != null)
        .map(e -> DynamicTest.dynamicTest(e.name(), () -> runs(e)));
  }

  private void runs(Example e) throws Exception {
    Workflow wf = workflow(e);
    List<Object> others = new ArrayList<>(e.manifests());
    others.removeIf(m -> m instanceof Workflow || m instanceof CronWorkflow);
    LocalRunner.Builder b = LocalRunner.builder().workingFolder(dir.resolve(e.name())).timeout(Duration.ofMinutes(2));
    DemoStandIns.register(b);
    if (SETUP.containsKey(e.name())) SETUP.get(e.name()).apply(b, dir.resolve(e.name() + "-data"));
    LocalRun run = b.build().start(wf, others);
    Optional<Workflow> finished;
    while ((finished = run.await(Duration.ofMillis(200))).isEmpty()) run.resume(null);
    Workflow done = finished.get();
    assertThat(done.status().phase()).as(e.name() + " ends: " + failures(done)).isEqualTo("Succeeded");
    if (e.name().equals("sales-analysis")) {   // each shard read its own file: 8 x 200 orders
      WorkflowAssert.assertThat(done).node("aggregate").output("total").isEqualTo("1600");
      WorkflowAssert.assertThat(done).node("publish").succeeded();
    }
    if (e.name().equals("retry-backoff")) {   // two failed tries, the third succeeds
      assertThat(done.status().nodes().values()).filteredOn(n -> n.displayName().startsWith("try("))
          .extracting(n -> n.displayName() + " " + n.phase())
          .containsExactlyInAnyOrder("try(0) Failed", "try(1) Failed", "try(2) Succeeded");
    }
  }

  /** The failed nodes with their messages, for the assertion's description. */
  private static String failures(Workflow done) {
    StringBuilder b = new StringBuilder(String.valueOf(done.status().message()));
    done.status().nodes().values().stream().filter(n -> !"Succeeded".equals(n.phase()) && n.message() != null)
        .forEach(n -> b.append("; ").append(n.displayName()).append(": ").append(n.message()));
    return b.toString();
  }

  private static Workflow workflow(Example e) {
    for (Object m : e.manifests()) {
      if (m instanceof Workflow w) return w;
      if (m instanceof CronWorkflow c) return Workflow.builder().metadata(c.metadata()).spec(c.spec().workflowSpec()).build();
    }
    return null;
  }
}
