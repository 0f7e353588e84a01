package io.argowf.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.model.k8s.Resource;
import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ManifestsEditTest {
  private static final String IMAGE = "registry.example.com/changed:2";
  private static final String VALUE = "changed-value";

  private static String fixture() throws IOException {
    return new String(ManifestsEditTest.class.getResourceAsStream("/edit/commented.yaml").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void changingValuesTouchesOnlyTheirCharacters() throws IOException {
    String original = fixture();
    String edited = Manifests.edit(original, Workflow.class, wf -> {
      WorkflowSpec s = wf.spec();
      List<Parameter> ps = new ArrayList<>(s.arguments().parameters());
      ps.set(0, ps.get(0).withValue("20"));
      ps.set(1, ps.get(1).withValue("it's new"));
      Template main = s.templates().get(0);
      return wf.withSpec(s.withArguments(s.arguments().withParameters(ps))
          .withTemplates(main.withContainer(main.container().withImage("alpine:3.20"))));
    });
    assertThat(edited).isEqualTo(original.replace("value: \"10\"", "value: \"20\"").replace("'as is'", "'it''s new'")
        .replace("busybox:1.36", "alpine:3.20"));
  }

  @Test
  void addingAFieldKeepsCommentsBlankLinesKeyOrderAndQuoting() throws IOException {
    String edited = Manifests.edit(fixture(), Workflow.class, wf -> wf.withSpec(wf.spec().withParallelism(3)));
    assertThat(edited).contains("# A training run. Keep this header.", "# the run's prefix", "# quoted on purpose",
        "# the only step", "value: \"10\"", "value: 'as is'", "parallelism: 3", "echo start\n", "\n\n");
    assertThat(edited.indexOf("entrypoint")).isLessThan(edited.indexOf("arguments"));
    assertThat(Manifests.read(edited, Workflow.class).spec().parallelism()).isEqualTo(3);
  }

  @Test
  void noChangeGivesTheSameText() throws IOException {
    assertThat(Manifests.edit(fixture(), Workflow.class, UnaryOperator.identity())).isEqualTo(fixture());
  }

  @TestFactory
  Stream<DynamicTest> everySharedExampleChangesOnlyTheEditedLines() {
    return SharedData.each("argo/examples", ManifestsEditTest::imageAndValue);
  }

  /** Changes the first container image and the first argument value; only their lines may differ. */
  private static void imageAndValue(Path file) throws IOException {
    String original = Files.readString(file);
    if (StrictYaml.repeatsAKey(file) || Manifests.readAll(file).size() != 1) return;   // edit takes one readable document
    Object doc = Manifests.read(original);
    if (!(doc instanceof Workflow || doc instanceof WorkflowTemplate || doc instanceof ClusterWorkflowTemplate
        || doc instanceof CronWorkflow)) {
      return;
    }
    Class<? extends Resource> type = ((Resource) doc).getClass();
    @SuppressWarnings("unchecked")
    Class<Resource> kind = (Class<Resource>) type;
    String edited = Manifests.edit(original, kind, ManifestsEditTest::change);
    assertOnlyEditedLinesDiffer(file, original.lines().toList(), edited.lines().toList());
  }

  /**
   * Walks both texts: every edited line that differs holds a new value and replaces the original line (or the lines
   * of a multi-line block scalar) at that place; every other line is the same, in the same order.
   */
  private static void assertOnlyEditedLinesDiffer(Path file, List<String> before, List<String> after) {
    int i = 0;
    int changes = 0;
    for (int k = 0; k < after.size(); k++) {
      if (i < before.size() && before.get(i).equals(after.get(k))) {
        i++;
        continue;
      }
      assertThat(after.get(k)).as(file + ": edited line " + (k + 1) + " is not one of the changes").containsAnyOf(IMAGE, VALUE);
      changes++;
      String next = k + 1 < after.size() ? after.get(k + 1) : null;
      i++;
      int indent = before.get(i - 1).length() - before.get(i - 1).stripLeading().length();
      while (i < before.size() && next != null && !before.get(i).equals(next)
          && (before.get(i).isBlank() || before.get(i).length() - before.get(i).stripLeading().length() > indent)) {
        i++;   // the rest of a replaced block scalar: its more-indented lines
      }
    }
    assertThat(i).as(file + ": every original line is accounted for").isEqualTo(before.size());
    assertThat(changes).as(file + ": at most the image and the value changed").isLessThanOrEqualTo(2);
  }

  private static Resource change(Resource r) {
    if (r instanceof Workflow w) return w.spec() == null ? w : w.withSpec(change(w.spec()));
    if (r instanceof WorkflowTemplate w) return w.spec() == null ? w : w.withSpec(change(w.spec()));
    if (r instanceof ClusterWorkflowTemplate w) return w.spec() == null ? w : w.withSpec(change(w.spec()));
    CronWorkflow c = (CronWorkflow) r;
    return c.spec() == null || c.spec().workflowSpec() == null ? c : c.withSpec(c.spec().withWorkflowSpec(change(c.spec().workflowSpec())));
  }

  private static WorkflowSpec change(WorkflowSpec s) {
    WorkflowSpec out = s;
    if (s.templates() != null) {
      List<Template> ts = new ArrayList<>(s.templates());
      for (int i = 0; i < ts.size(); i++) {
        Template t = ts.get(i);
        if (t.container() != null && t.container().image() != null) {
          ts.set(i, t.withContainer(t.container().withImage(IMAGE)));
          out = out.withTemplates(ts);
          break;
        }
      }
    }
    if (s.arguments() != null && s.arguments().parameters() != null) {
      List<Parameter> ps = new ArrayList<>(s.arguments().parameters());
      for (int i = 0; i < ps.size(); i++) {
        if (ps.get(i).value() != null) {
          ps.set(i, ps.get(i).withValue(VALUE));
          out = out.withArguments(s.arguments().withParameters(ps));
          break;
        }
      }
    }
    return out;
  }
}
