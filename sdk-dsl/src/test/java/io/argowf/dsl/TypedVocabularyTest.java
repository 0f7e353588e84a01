package io.argowf.dsl;

import static io.argowf.dsl.Argo.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.Manifests;
import io.argowf.model.workflow.DAGTask;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import org.junit.jupiter.api.Test;

/** Conditions, expressions, enums and resources: types where strings were. */
class TypedVocabularyTest {
  private final InputParam message = param("message");
  private final ContainerTemplate echo = container("echo").inputs(message).image("busybox").command("echo", message);
  private final ScriptTemplate flip = script("flip").image("python:3.12").command("python").source("print('heads')");

  @Test
  void comparisonsRenderArgosWhenFormAndExprLang() {
    var r = flip.step("flip-coin").result();
    assertThat(r.eq("heads").when()).isEqualTo("{{steps.flip-coin.outputs.result}} == heads");
    assertThat(r.eq("heads").expression()).isEqualTo("steps['flip-coin'].outputs.result == 'heads'");
    assertThat(r.ne("two words").when()).isEqualTo("'{{steps.flip-coin.outputs.result}}' != 'two words'");
    assertThat(r.gt(5).when()).isEqualTo("{{steps.flip-coin.outputs.result}} > 5");
    assertThat(r.ge(0.5).expression()).isEqualTo("asFloat(steps['flip-coin'].outputs.result) >= 0.5");
    assertThat(r.lt(message).when()).isEqualTo("{{steps.flip-coin.outputs.result}} < {{inputs.parameters.message}}");
    assertThat(r.le(3).expression()).isEqualTo("asFloat(steps['flip-coin'].outputs.result) <= 3");
    assertThat(r.matches("^tai").when()).isEqualTo("'{{steps.flip-coin.outputs.result}}' =~ '^tai'");
    assertThat(r.matches("^tai").expression()).isEqualTo("steps['flip-coin'].outputs.result matches '^tai'");
    assertThat(r.in("heads", "tails").when()).isEqualTo("'{{steps.flip-coin.outputs.result}}' in ('heads', 'tails')");
    assertThat(r.in(1, 2).expression()).isEqualTo("asFloat(steps['flip-coin'].outputs.result) in [1, 2]");
    assertThatThrownBy(() -> r.gt("many")).hasMessageContaining("expected a number or a handle");
  }

  @Test
  void conditionsCombineWithParenthesesWhereNeeded() {
    var r = flip.step("flip").result();
    Condition c = r.eq("heads").and(r.ne("tails").or(r.gt(1))).and(r.lt(9).not());
    assertThat(c.when()).isEqualTo("{{steps.flip.outputs.result}} == heads && ({{steps.flip.outputs.result}} != tails"
        + " || {{steps.flip.outputs.result}} > 1) && !({{steps.flip.outputs.result}} < 9)");
    assertThat(Condition.any(r.eq("a"), r.eq("b")).expression()).isEqualTo("steps.flip.outputs.result == 'a' || steps.flip.outputs.result == 'b'");
  }

  @Test
  void statusesAreConditionsForWhenAndHooks() {
    var celebrate = echo.step("celebrate").with(message, "yay").when(WorkflowStatus.SUCCEEDED);
    var cry = echo.step("cry").with(message, "boo").when(WorkflowStatus.SUCCEEDED.not());
    var retryIt = echo.step("again").with(message, "again").when(flip.step("x").status().eq(NodeStatus.FAILED));
    assertThat(celebrate.toModel().when()).isEqualTo("{{workflow.status}} == Succeeded");
    assertThat(cry.toModel().when()).isEqualTo("!({{workflow.status}} == Succeeded)");
    assertThat(retryIt.toModel().when()).isEqualTo("{{steps.x.status}} == Failed");
    var notify = container("notify").image("busybox").command("echo", "event");
    Workflow wf = workflow().generateName("hooks-").hook("running", WorkflowStatus.RUNNING, notify)
        .entrypoint(steps("main").then(flip.step("flip").hook("done", flip.step("flip").status().eq(NodeStatus.SUCCEEDED), notify)))
        .build();
    assertThat(wf.spec().hooks().get("running").expression()).isEqualTo("workflow.status == 'Running'");
    assertThat(wf.spec().templates().get(0).steps().get(0).steps().get(0).hooks().get("done").expression())
        .isEqualTo("steps.flip.status == 'Succeeded'");
  }

  @Test
  void expressionsRenderAsExprLangTemplates() {
    var count = outputParam("count").fromPath("/tmp/count");
    var split = container("split").image("busybox").outputs(count).step("split");
    assertThat(split.output(count).asInt().gt(1).when()).isEqualTo("{{=asInt(steps.split.outputs.parameters.count) > 1}}");
    assertThat(split.output(count).asInt().times(100).toString()).isEqualTo("{{=(asInt(steps.split.outputs.parameters.count) * 100)}}");
    assertThat(item().get("my-key").toString()).isEqualTo("{{=item['my-key']}}");
    assertThat(item("start").asFloat().toString()).isEqualTo("{{=asFloat(item.start)}}");
    assertThat(jsonpath(argument("cfg", "{}"), "$.replicas").asInt().toString())
        .isEqualTo("{{=asInt(jsonpath(workflow.parameters.cfg, '$.replicas'))}}");
    assertThat(sprig("upper", message).toString()).isEqualTo("{{=sprig.upper(inputs.parameters.message)}}");
    assertThat(expression("workflow.name").plus("-done").orElse("x").toString()).isEqualTo("{{=((workflow.name + '-done') ?? 'x')}}");
    assertThat(split.output(count).jsonpath("$[0]").at(1).matches("^a").expression())
        .isEqualTo("jsonpath(steps.split.outputs.parameters.count, '$[0]')[1] matches '^a'");
    assertThat(expression("workflow.parameters.xs").in("a", "b").expression()).isEqualTo("workflow.parameters.xs in ['a', 'b']");
  }

  @Test
  void enumsWriteArgosNames() {
    var t = container("t").image("busybox").imagePullPolicy(ImagePullPolicy.IF_NOT_PRESENT).retry(3, RetryPolicy.ON_TRANSIENT_ERROR).toModel();
    assertThat(t.container().imagePullPolicy()).isEqualTo("IfNotPresent");
    assertThat(t.retryStrategy().retryPolicy()).isEqualTo("OnTransientError");
    Template r = resource("patch").action(ResourceAction.PATCH).mergeStrategy(MergeStrategy.MERGE).manifest("kind: ConfigMap").toModel();
    assertThat(r.resource().action()).isEqualTo("patch");
    assertThat(r.resource().mergeStrategy()).isEqualTo("merge");
    assertThat(workflow().generateName("x-").podGC(PodGCStrategy.ON_POD_COMPLETION).entrypoint(container("h").image("busybox")).build().spec().podGC().strategy())
        .isEqualTo("OnPodCompletion");
    var cron = cronWorkflow("c").schedule("0 * * * *").concurrencyPolicy(ConcurrencyPolicy.FORBID)
        .entrypoint(container("h").image("busybox")).build();
    assertThat(cron.spec().concurrencyPolicy()).isEqualTo("Forbid");
  }

  @Test
  void resourcesCoverGpusExtendedResourcesAndEphemeralStorage() {
    var t = container("train").image("pytorch").requests(cpu("4"), memory("16Gi"), ephemeralStorage("50Gi"))
        .limits(gpu(2), resource("rdma/hca", "1")).toModel();
    assertThat(Manifests.toYaml(t)).contains("ephemeral-storage: 50Gi").contains("nvidia.com/gpu: 2").contains("rdma/hca: \"1\"");
    assertThatThrownBy(() -> gpu(-1)).hasMessageContaining("expected 0 or more");
  }

  @Test
  void chainsWriteSequencesAndFanOutFanIn() {
    var a = echo.task("A").with(message, "A");
    var b = echo.task("B").with(message, "B");
    var c = echo.task("C").with(message, "C");
    var d = echo.task("D").with(message, "D");
    Workflow wf = workflow().generateName("chain-").entrypoint(dag("diamond").tasks(a.then(b, c).then(d))).build();
    assertThat(wf.spec().templates().get(0).dag().tasks()).extracting(DAGTask::name, DAGTask::depends)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("A", null), org.assertj.core.groups.Tuple.tuple("B", "A"),
            org.assertj.core.groups.Tuple.tuple("C", "A"), org.assertj.core.groups.Tuple.tuple("D", "B && C"));
  }

  @Test
  void chainsAddToDependenciesGivenOtherwise() {
    var a = echo.task("A").with(message, "A");
    var b = echo.task("B").with(message, "B");
    var c = echo.task("C").with(message, "C").depends(a.failed().or(b.failed()));
    var d = echo.task("D").with(message, "D");
    dag("x").tasks(a.then(c), b.then(d));
    assertThat(c.toModel().depends()).isEqualTo("(A.Failed || B.Failed) && A");
    assertThat(d.toModel().depends()).isEqualTo("B");
  }

  @Test
  void aggregatedOutputsAreAJsonListHandleUsableAsWithParam() {
    var score = outputParam("score").fromPath("/tmp/score");
    var scorer = container("scorer").inputs(message).image("busybox").outputs(score);
    var s = scorer.task("score").with(message, item()).withItems("a", "b");
    var again = echo.task("again").with(message, item()).withParam(s.aggregated(score)).dependsOn(s);
    var all = echo.task("all").with(message, s.aggregatedResults()).dependsOn(s);
    Workflow wf = workflow().generateName("agg-").entrypoint(dag("main").tasks(s, again, all)).build();
    var tasks = wf.spec().templates().get(0).dag().tasks();
    assertThat(tasks.get(1).withParam()).isEqualTo("{{tasks.score.outputs.parameters.score}}");
    assertThat(tasks.get(2).arguments().parameters().get(0).value()).isEqualTo("{{tasks.score.outputs.result}}");
  }
}
