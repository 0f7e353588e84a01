package io.argowf.local;

import static io.argowf.local.assertions.WorkflowAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DAG {@code failFast} as Argo's controller assesses it (fixture {@code failfast.yaml}). */
class DagTest {
  @TempDir Path dir;

  @Test
  void failFastStopsSchedulingOnceATargetBranchFailedAndNothingRuns() throws Exception {
    Workflow done = LocalRunner.builder().workingFolder(dir).build().run(Fixtures.workflow("failfast"));
    assertThat(done).failed().node("C").failed();
    assertThat(done).node("F").succeeded();
    assertThat(done).node("G").failed();
    assertThat(done).node("B").succeeded();
    assertThat(done.status().nodes().values()).noneMatch(n -> n.displayName().equals("D") || n.displayName()
        .equals("E"));
  }

  @Test
  void withoutFailFastEveryTaskThatCanRunRuns() throws Exception {
    Workflow wf = Fixtures.workflow("failfast");
    Workflow noFailFast = wf.withSpec(wf.spec().withTemplates(wf.spec().templates().stream()
        .map(t -> t.dag() == null ? t : t.withDag(t.dag().withFailFast(false))).toList()));
    Workflow done = LocalRunner.builder().workingFolder(dir).build().run(noFailFast);
    assertThat(done).failed().node("E").succeeded();
    assertThat(done).node("D").succeeded();
    assertThat(done).node("F").succeeded();
  }

  @Test
  void aFailureADependentHandlesDoesNotFailTheDag() throws Exception {
    Workflow wf = Fixtures.workflow("failfast");
    Workflow handled = wf.withSpec(wf.spec().withTemplates(wf.spec().templates().stream()
        .map(DagTest::withoutG).toList()));
    Workflow done = LocalRunner.builder().workingFolder(dir).build().run(handled);
    assertThat(done).succeeded().node("C").failed();
    assertThat(done).node("E").succeeded();
  }

  private static Template withoutG(Template t) {
    return t.dag() == null ? t : t.withDag(t.dag().withTasks(t.dag().tasks().stream()
        .filter(x -> !x.name().equals("G")).toList()));
  }
}
