package io.argowf.local;

import static io.argowf.local.assertions.WorkflowAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DAG {@code failFast} (fixture {@code failfast.yaml}) and a template's own (fixture {@code failfast-steps.yaml}). */
class FailFastTest {
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
        .map(FailFastTest::withoutG).toList()));
    Workflow done = LocalRunner.builder().workingFolder(dir).build().run(handled);
    assertThat(done).succeeded().node("C").failed();
    assertThat(done).node("E").succeeded();
  }

  @Test
  void aDagTemplatesOwnFailFastStartsNoTaskAfterAFailureNotEvenAHandler() throws Exception {
    Workflow wf = Fixtures.workflow("failfast");
    Workflow own = wf.withSpec(wf.spec().withTemplates(wf.spec().templates().stream()
        .map(t -> t.dag() == null ? t : t.withFailFast(true)).toList()));
    Workflow done = LocalRunner.builder().workingFolder(dir).build().run(own);
    assertThat(done).failed().node("failfast").failed().message()
        .isEqualTo("template has failed or errored children and failFast enabled");
    assertThat(done).node("B").succeeded().node("C").failed().node("G").failed();
    assertThat(done.status().nodes().values()).noneMatch(n -> List.of("D", "E", "F").contains(n.displayName()));
  }

  @Test
  void aStepsTemplatesOwnFailFastStartsNothingAfterAFailure() throws Exception {
    Workflow done = LocalRunner.builder().workingFolder(dir).build().run(Fixtures.workflow("failfast-steps"));
    assertThat(done).failed().node("failfast-steps").failed().message()
        .isEqualTo("template has failed or errored children and failFast enabled");
    assertThat(done).node("item(0:0)").succeeded().node("item(1:1)").failed();
    assertThat(done.status().nodes().values()).noneMatch(n -> n.displayName().startsWith("item(2")
        || n.displayName().startsWith("item(3"));
  }

  private static Template withoutG(Template t) {
    return t.dag() == null ? t : t.withDag(t.dag().withTasks(t.dag().tasks().stream()
        .filter(x -> !x.name().equals("G")).toList()));
  }
}
