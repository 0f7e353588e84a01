package io.argowf.vci;

import static io.argowf.vci.RenderFixture.EXECUTOR;
import static io.argowf.vci.RenderFixture.PRICES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.argowf.model.Manifests;
import io.argowf.model.k8s.Container;
import io.argowf.model.k8s.Quantity;
import io.argowf.model.k8s.ResourceRequirements;
import io.argowf.model.workflow.Item;
import io.argowf.model.workflow.NodeStatus;
import io.argowf.model.workflow.ParallelSteps;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowStep;
import io.argowf.vci.cost.CostEstimate;
import io.argowf.vci.cost.PriceTable;
import io.argowf.vci.cost.Usage;
import io.argowf.vci.cost.UsageReport;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsageTest {
  @Test
  void reportsEachPodAndEachTemplate() {
    UsageReport r = RenderFixture.report();
    assertThat(r.nodes()).hasSize(11);
    assertThat(r.templates()).extracting(Usage::name, Usage::pods).containsExactly(tuple("slice", 1), tuple("render", 10));
    Usage render = r.templates().get(1);
    assertThat(render.wallSeconds()).isEqualTo(6450);
    assertThat(render.phase()).isEqualTo("Succeeded x10");
    assertThat(render.argo().vcpu()).isEqualByComparingTo("7095"); // (1 + 0.1 wait) x 6450, as Argo recorded it
    // reserved: limits (2 vCPU, 16 GiB) plus the wait sidecar's (0.5 vCPU, 0.5 GiB), times wall time
    assertThat(render.reserved().vcpu()).isEqualByComparingTo("16125");
    assertThat(render.reserved().gib()).isEqualByComparingTo("106425");
    assertThat(render.reservedCost()).isEqualByComparingTo(new BigDecimal("16125").multiply(new BigDecimal("0.00003"))
        .add(new BigDecimal("106425").multiply(new BigDecimal("0.000004"))));
    assertThat(r.total().pods()).isEqualTo(11);
    assertThat(r.total().reserved().vcpu()).isEqualByComparingTo("16135"); // the script: only the sidecar, 0.5 x 20 s
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void argoMemoryUnitsAreHundredMebibyteSeconds() {
    assertThat(UsageReport.GIB_PER_ARGO_MEMORY_UNIT).isEqualByComparingTo(new BigDecimal(100).divide(new BigDecimal(1024)));
    Usage slice = Vci.usage(RenderFixture.finished()).nodes().get(0);
    assertThat(slice.argo().gib()).isEqualByComparingTo("3.22265625"); // 33 units of 100Mi-seconds
    assertThat(slice.argoCost()).isNull();
  }

  @Test
  void theExecutorAddsToTheReservedViewOnlySinceArgosViewAlreadyCountsIt() {
    UsageReport without = Vci.usage(RenderFixture.finished(), PRICES);
    UsageReport with = without.withExecutor(EXECUTOR);
    assertThat(without.executor()).isNull();
    assertThat(with.executor()).isEqualTo(EXECUTOR);
    assertThat(without.templates().get(1).reserved().vcpu()).isEqualByComparingTo("12900");
    assertThat(with.templates().get(1).reserved().vcpu()).isEqualByComparingTo("16125");
    assertThat(with.total().argo()).isEqualTo(without.total().argo());
    assertThat(without.notes()).singleElement().asString().contains("wait sidecar is not in the reserved view");
    assertThat(without.toTable()).contains("reserved = limits (else requests) x wall time");
    assertThat(with.toTable()).contains("reserved = limits (else requests) + executor sidecar x wall time");
  }

  @Test
  void usageTableCsvAndJsonCarryTheSameNumbers() throws Exception {
    UsageReport r = RenderFixture.report();
    assertThat(r.toTable()).contains("render", "Succeeded x10", "16125.0", "TOTAL");
    String csv = r.toCsv();
    assertThat(csv.lines()).hasSize(1 + 2 + 11 + 1);
    assertThat(csv.lines().filter(l -> l.startsWith("template,render,")).findFirst().orElseThrow())
        .contains(",10,6450,7095,").contains(",16125,106425,");
    var json = Manifests.jsonMapper().readTree(r.toJson());
    assertThat(json.at("/templates/1/reserved/vcpuSeconds").decimalValue()).isEqualByComparingTo("16125");
    assertThat(json.at("/total/pods").asInt()).isEqualTo(11);
    assertThat(json.at("/prices/currency").asText()).isEqualTo("CNY");
    assertThat(json.at("/executorInReserved").asBoolean()).isTrue();
  }

  @Test
  void aPodStillRunningIsNoted() {
    Workflow wf = RenderFixture.finished();
    Map<String, NodeStatus> nodes = new LinkedHashMap<>(wf.status().nodes());
    nodes.put("render-x7k2p-r0", nodes.get("render-x7k2p-r0").withFinishedAt(null));
    UsageReport r = Vci.usage(wf.withStatus(wf.status().withNodes(nodes))).withExecutor(EXECUTOR);
    assertThat(r.notes()).singleElement().asString().contains("no startedAt/finishedAt");
  }

  @Test
  void aWorkflowThatHasNotRunIsRefused() {
    assertThatThrownBy(() -> Vci.usage(RenderFixture.spec()))
        .hasMessageStartingWith("status.nodes: absent; expected a workflow that has run");
  }

  @Test
  void estimateCountsPodsAndSpansRequestsToLimits() {
    CostEstimate e = RenderFixture.estimate();
    CostEstimate.Row render = e.rows().get(1);
    assertThat(render.pods()).isEqualTo(10);
    assertThat(render.requests().vcpu()).isEqualByComparingTo("1.1");
    assertThat(render.limits().gib()).isEqualByComparingTo("16.5");
    assertThat(render.low().vcpu()).isEqualByComparingTo("6600");   // 1.1 x 10 x 600
    assertThat(render.high().vcpu()).isEqualByComparingTo("15000"); // 2.5 x 10 x 600
    assertThat(e.total().pods()).isEqualTo(11);
    assertThat(e.notes()).singleElement().asString().startsWith("template 'slice' sets no cpu or memory for its containers");
    // without pods("render", n), the withParam fan-out is counted as 1 and noted
    CostEstimate guessed = Vci.estimate(RenderFixture.spec()).runtime(Duration.ofMinutes(1)).build();
    assertThat(guessed.rows().get(1).pods()).isEqualTo(1);
    assertThat(guessed.notes()).anySatisfy(n -> assertThat(n).contains("withParam: the fan-out is known only at run time"));
  }

  @Test
  void estimateCountsTheExitHandlersPods() {
    Template work = pod("work", "1", "1Gi");
    Template cleanup = pod("cleanup", "0.25", "128Mi");
    Template notify = pod("notify", "0.5", "256Mi");
    WorkflowStep each = WorkflowStep.builder().name("each").template("work").onExit("cleanup")
        .withItems(java.util.List.of(Item.of(1), Item.of(2), Item.of(3))).build();
    Template main = Template.builder().name("main").steps(java.util.List.of(ParallelSteps.of(java.util.List.of(each)))).build();
    Workflow wf = Workflow.builder().metadata(io.argowf.model.k8s.ObjectMeta.builder().generateName("exit-").build())
        .spec(io.argowf.model.workflow.WorkflowSpec.builder().entrypoint("main").onExit("notify")
            .templates(java.util.List.of(main, work, cleanup, notify)).build())
        .build();
    CostEstimate e = Vci.estimate(wf).runtime(Duration.ofMinutes(1)).build();
    assertThat(e.rows()).extracting(CostEstimate.Row::template, CostEstimate.Row::pods)
        .containsExactly(tuple("work", 3L), tuple("cleanup", 3L), tuple("notify", 1L));
    assertThat(e.total().pods()).isEqualTo(7);
  }

  private static Template pod(String name, String cpu, String memory) {
    return Template.builder().name(name)
        .container(Container.builder().image("busybox").resources(size(cpu, memory)).build()).build();
  }

  @Test
  void estimateCsvAndJsonCarryTheTableNumbers() throws Exception {
    CostEstimate e = RenderFixture.estimate();
    assertThat(e.toTable()).startsWith("Estimate of render-x7k2p: ").contains("6600-15000", "0.3915-0.8460");
    assertThat(e.toCsv().lines()).containsExactly(
        "level,template,pods,runtimeSeconds,requestsVcpu,requestsGib,limitsVcpu,limitsGib,"
            + "lowVcpuSeconds,lowGibSeconds,lowCost,highVcpuSeconds,highGibSeconds,highCost",
        "template,slice,1,20,0.1,0.0625,0.5,0.5,2,1.25,0.000065,10,10,0.00034",
        "template,render,10,600,1.1,8.0625,2.5,16.5,6600,48375,0.3915,15000,99000,0.846",
        "total,TOTAL,11,,,,,,6602,48376.25,0.391565,15010,99010,0.84634");
    var json = Manifests.jsonMapper().readTree(e.toJson());
    assertThat(json.at("/workflow").asText()).isEqualTo("render-x7k2p");
    assertThat(json.at("/templates/1/perPod/limits/gib").decimalValue()).isEqualByComparingTo("16.5");
    assertThat(json.at("/templates/1/low/vcpuSeconds").decimalValue()).isEqualByComparingTo("6600");
    assertThat(json.at("/total/high/cost").decimalValue()).isEqualByComparingTo("0.84634");
    assertThat(json.at("/total/perPod").isMissingNode()).isTrue();
    assertThat(json.at("/notes")).hasSize(1);
  }

  @Test
  void anInitContainerCountsOnlyWhereItIsLargerThanTheContainersBesideEachOther() {
    ResourceRequirements init = size("4", "1Gi");
    Workflow wf = RenderFixture.spec();
    Template render = wf.spec().templates().get(2)
        .withInitContainers(io.argowf.model.workflow.UserContainer.builder().name("fetch").image("busybox").resources(init).build());
    Workflow withInit = wf.withSpec(wf.spec().withTemplates(wf.spec().templates().get(0), wf.spec().templates().get(1), render));
    CostEstimate.Row row = Vci.estimate(withInit).runtime(Duration.ofSeconds(1)).executor(EXECUTOR).build().rows().get(1);
    assertThat(row.requests().vcpu()).isEqualByComparingTo("4");      // init 4 > main 1 + wait 0.1
    assertThat(row.requests().gib()).isEqualByComparingTo("8.0625");  // main 8 GiB + wait 64Mi > init 1 GiB
  }

  @Test
  void estimateCountsLiteralFanOutsAndAsksForARuntime() {
    Workflow wf = RenderFixture.spec();
    Template main = wf.spec().templates().get(0);
    WorkflowStep fanOut = main.steps().get(1).steps().get(0).withWithParam(null)
        .withWithItems(Item.of("a"), Item.of("b"), Item.of("c"));
    Template edited = main.withSteps(main.steps().get(0), ParallelSteps.of(fanOut));
    Workflow three = wf.withSpec(wf.spec().withTemplates(edited, wf.spec().templates().get(1), wf.spec().templates().get(2)));
    assertThat(Vci.estimate(three).runtime(Duration.ofMinutes(1)).build().rows())
        .extracting(CostEstimate.Row::template, CostEstimate.Row::pods)
        .containsExactly(tuple("slice", 1L), tuple("render", 3L));
    assertThatThrownBy(() -> Vci.estimate(three).build()).hasMessageStartingWith("runtime(slice): absent");
    assertThatThrownBy(() -> Vci.estimate(three).pods("renderr", 2).runtime(Duration.ZERO).build())
        .hasMessage("pods(renderr): no such template; templates here: main, slice, render");
  }

  @Test
  void pricesMustBeNumbersAndNotNegative() {
    assertThatThrownBy(() -> PriceTable.perSecond("abc", "1", "CNY")).hasMessageContaining("'abc' is not a number");
    assertThatThrownBy(() -> PriceTable.perSecond("-1", "1", "CNY")).hasMessageContaining("is negative");
    assertThat(PriceTable.perHour("3.6", "0.36", "CNY").perVcpuSecond()).isEqualByComparingTo("0.001");
  }

  private static ResourceRequirements size(String cpu, String memory) {
    return ResourceRequirements.builder().putRequests("cpu", Quantity.of(cpu)).putRequests("memory", Quantity.of(memory)).build();
  }
}
