package io.argowf.vci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.Manifests;
import io.argowf.model.k8s.Container;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.k8s.Quantity;
import io.argowf.model.k8s.ResourceRequirements;
import io.argowf.model.k8s.Time;
import io.argowf.model.workflow.NodeStatus;
import io.argowf.model.workflow.ParallelSteps;
import io.argowf.model.workflow.ScriptTemplate;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowStatus;
import io.argowf.model.workflow.WorkflowStep;
import io.argowf.vci.cost.CostEstimate;
import io.argowf.vci.cost.PriceTable;
import io.argowf.vci.cost.Usage;
import io.argowf.vci.cost.UsageReport;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsageTest {
  static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  static final PriceTable PRICES = PriceTable.perSecond("0.00003", "0.000004", "CNY");

  /** A render workflow of our own: a slicing script, then 10 render pods (1-2 vCPU, 8-16 GiB). */
  static Workflow renderSpec() {
    ResourceRequirements render = ResourceRequirements.builder()
        .putRequests("cpu", Quantity.of(1)).putRequests("memory", Quantity.of("8Gi"))
        .putLimits("cpu", Quantity.of(2)).putLimits("memory", Quantity.of("16Gi")).build();
    return Workflow.builder()
        .metadata(ObjectMeta.builder().name("render-x7k2p").build())
        .spec(WorkflowSpec.builder().entrypoint("main")
            .addTemplates(Template.builder().name("main")
                .addSteps(ParallelSteps.of(WorkflowStep.builder().name("slice").template("slice").build()))
                .addSteps(ParallelSteps.of(WorkflowStep.builder().name("render").template("render")
                    .withParam("{{steps.slice.outputs.result}}").build()))
                .build())
            .addTemplates(Template.builder().name("slice")
                .script(ScriptTemplate.builder().image("python:3.12-slim").source("print('[]')").build()).build())
            .addTemplates(Template.builder().name("render")
                .container(Container.builder().image("blender").resources(render).build()).build())
            .build())
        .build();
  }

  /** The same workflow after it ran: each render pod took 600 + 10*i seconds. */
  static Workflow finishedRender() {
    Map<String, NodeStatus> nodes = new LinkedHashMap<>();
    nodes.put("render-x7k2p", NodeStatus.builder().name("render-x7k2p").type("Steps").templateName("main")
        .phase("Succeeded").startedAt(Time.of(T0)).finishedAt(Time.of(T0.plusSeconds(700))).build());
    nodes.put("render-x7k2p-1", pod("slice", "slice", 0, 20, 4, 20));
    for (int i = 0; i < 10; i++) {
      long wall = 600 + 10L * i;
      // Argo: cpu = 1 vCPU request x seconds; memory = 8Gi / 100Mi = 81.92 x seconds (whole numbers)
      nodes.put("render-x7k2p-r" + i, pod("render(" + i + ":" + (i * 30 + 1) + "-" + (i * 30 + 30) + ")", "render",
          30, wall, wall, Math.round(81.92 * wall)));
    }
    Workflow wf = renderSpec();
    return wf.withStatus(WorkflowStatus.builder().phase("Succeeded").nodes(nodes).build());
  }

  static NodeStatus pod(String display, String template, long start, long wall, long cpu, long memory) {
    return NodeStatus.builder().name(display).displayName(display).type("Pod").templateName(template).phase("Succeeded")
        .startedAt(Time.of(T0.plusSeconds(start))).finishedAt(Time.of(T0.plusSeconds(start + wall)))
        .resourcesDuration(Map.of("cpu", cpu, "memory", memory)).build();
  }

  @Test
  void reportsEachPodAndEachTemplate() {
    UsageReport r = Vci.usage(finishedRender(), PRICES);
    assertThat(r.nodes()).hasSize(11);
    assertThat(r.templates()).extracting(Usage::name, Usage::pods).containsExactly(
        org.assertj.core.groups.Tuple.tuple("slice", 1), org.assertj.core.groups.Tuple.tuple("render", 10));
    Usage render = r.templates().get(1);
    assertThat(render.wallSeconds()).isEqualTo(6450);
    assertThat(render.phase()).isEqualTo("Succeeded x10");
    assertThat(render.argo().vcpu()).isEqualByComparingTo("6450");
    // memory: sum of round(81.92 x wall) x 100/1024 GiB ~ 8 GiB x 6450 s
    assertThat(render.argo().gib().doubleValue()).isCloseTo(8 * 6450, org.assertj.core.data.Offset.offset(1.0));
    // reserved: limits (2 vCPU, 16 GiB) x wall time
    assertThat(render.reserved().vcpu()).isEqualByComparingTo("12900");
    assertThat(render.reserved().gib()).isEqualByComparingTo("103200");
    assertThat(render.reservedCost()).isEqualByComparingTo(new BigDecimal("12900").multiply(new BigDecimal("0.00003"))
        .add(new BigDecimal("103200").multiply(new BigDecimal("0.000004"))));
    assertThat(r.total().pods()).isEqualTo(11);
    assertThat(r.total().reserved().vcpu()).isEqualByComparingTo("12900"); // the script sets no size
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void argoMemoryUnitsAreHundredMebibyteSeconds() {
    assertThat(UsageReport.GIB_PER_ARGO_MEMORY_UNIT).isEqualByComparingTo(new BigDecimal(100).divide(new BigDecimal(1024)));
    Usage slice = Vci.usage(finishedRender()).nodes().get(0);
    assertThat(slice.argo().gib()).isEqualByComparingTo("1.953125"); // 20 units of 100Mi-seconds
    assertThat(slice.argoCost()).isNull();
  }

  @Test
  void tableCsvAndJsonCarryTheSameNumbers() throws Exception {
    UsageReport r = Vci.usage(finishedRender(), PRICES);
    String table = r.toTable();
    assertThat(table).contains("render", "Succeeded x10", "12900.0", "TOTAL");
    String csv = r.toCsv();
    assertThat(csv.lines()).hasSize(1 + 2 + 11 + 1);
    assertThat(csv.lines().filter(l -> l.startsWith("template,render,")).findFirst().orElseThrow())
        .contains(",10,6450,6450,").contains(",12900,103200,");
    var json = Manifests.jsonMapper().readTree(r.toJson());
    assertThat(json.at("/templates/1/reserved/vcpuSeconds").decimalValue()).isEqualByComparingTo("12900");
    assertThat(json.at("/total/pods").asInt()).isEqualTo(11);
    assertThat(json.at("/prices/currency").asText()).isEqualTo("CNY");
  }

  @Test
  void aPodStillRunningIsNoted() {
    Workflow wf = finishedRender();
    Map<String, NodeStatus> nodes = new LinkedHashMap<>(wf.status().nodes());
    nodes.put("render-x7k2p-r0", nodes.get("render-x7k2p-r0").withFinishedAt(null));
    UsageReport r = Vci.usage(wf.withStatus(wf.status().withNodes(nodes)));
    assertThat(r.notes()).singleElement().asString().contains("no startedAt/finishedAt");
  }

  @Test
  void aWorkflowThatHasNotRunIsRefused() {
    assertThatThrownBy(() -> Vci.usage(renderSpec()))
        .hasMessageStartingWith("status.nodes: absent; expected a workflow that has run");
  }

  @Test
  void estimateCountsPodsAndSpansRequestsToLimits() {
    CostEstimate e = Vci.estimate(renderSpec())
        .pods("render", 10)
        .runtime(Duration.ofMinutes(10))
        .runtime("slice", Duration.ofSeconds(20))
        .executor(ResourceRequirements.builder()
            .putRequests("cpu", Quantity.of("100m")).putRequests("memory", Quantity.of("64Mi"))
            .putLimits("cpu", Quantity.of("500m")).putLimits("memory", Quantity.of("512Mi")).build())
        .prices(PRICES)
        .build();
    CostEstimate.Row render = e.rows().get(1);
    assertThat(render.pods()).isEqualTo(10);
    assertThat(render.requests().vcpu()).isEqualByComparingTo("1.1");
    assertThat(render.limits().gib()).isEqualByComparingTo("16.5");
    assertThat(render.low().vcpu()).isEqualByComparingTo("6600");   // 1.1 x 10 x 600
    assertThat(render.high().vcpu()).isEqualByComparingTo("15000"); // 2.5 x 10 x 600
    assertThat(e.total().pods()).isEqualTo(11);
    assertThat(e.notes()).singleElement().asString().contains("withParam");
  }

  @Test
  void estimateCountsLiteralFanOutsAndAsksForARuntime() {
    Workflow wf = renderSpec();
    Template main = wf.spec().templates().get(0);
    WorkflowStep fanOut = main.steps().get(1).steps().get(0).withWithParam(null)
        .withWithItems(io.argowf.model.workflow.Item.of("a"), io.argowf.model.workflow.Item.of("b"),
            io.argowf.model.workflow.Item.of("c"));
    Template edited = main.withSteps(main.steps().get(0), ParallelSteps.of(fanOut));
    Workflow three = wf.withSpec(wf.spec().withTemplates(edited, wf.spec().templates().get(1), wf.spec().templates().get(2)));
    assertThat(Vci.estimate(three).runtime(Duration.ofMinutes(1)).build().rows())
        .extracting(CostEstimate.Row::template, CostEstimate.Row::pods)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("slice", 1L), org.assertj.core.groups.Tuple.tuple("render", 3L));
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
}
