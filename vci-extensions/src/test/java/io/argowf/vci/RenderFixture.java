package io.argowf.vci;

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
import io.argowf.vci.cost.UsageReport;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A render workflow of our own making, before and after it ran: a slicing script (no size set), then 10 render pods
 * of 1-2 vCPU / 8-16 GiB taking 600 + 10 x i seconds. The usage and estimate tests and the README's sample outputs
 * all come from it.
 */
final class RenderFixture {
  static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  static final PriceTable PRICES = PriceTable.perSecond("0.00003", "0.000004", "CNY");
  /** The executor's resources as the controller config sets them: 0.1 vCPU / 64Mi requested, 0.5 / 512Mi limits. */
  static final ResourceRequirements EXECUTOR = Vci.controllerConfig()
      .executorRequests("0.1", "64Mi").executorLimits("0.5", "512Mi").build().executorResources();

  private RenderFixture() {}

  static Workflow spec() {
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

  /** The workflow after it ran, with the {@code resourcesDuration} Argo would record (wait sidecar included). */
  static Workflow finished() {
    Map<String, NodeStatus> nodes = new LinkedHashMap<>();
    nodes.put("render-x7k2p", NodeStatus.builder().name("render-x7k2p").type("Steps").templateName("main")
        .phase("Succeeded").startedAt(Time.of(T0)).finishedAt(Time.of(T0.plusSeconds(700))).build());
    // the script sets no size: Argo counts its fallback, 100m CPU and 100Mi
    nodes.put("render-x7k2p-1", pod("slice", "slice", 0, 20, 0.1, 100));
    for (int i = 0; i < 10; i++) {
      nodes.put("render-x7k2p-r" + i, pod("render(" + i + ":" + (i * 30 + 1) + "-" + (i * 30 + 30) + ")", "render",
          30, 600 + 10L * i, 1, 8192));
    }
    return spec().withStatus(WorkflowStatus.builder().phase("Succeeded").nodes(nodes).build());
  }

  /** The README's usage report. */
  static UsageReport report() {
    return Vci.usage(finished(), PRICES).withExecutor(EXECUTOR);
  }

  /** The README's estimate. */
  static CostEstimate estimate() {
    return Vci.estimate(spec())
        .pods("render", 10)
        .runtime(Duration.ofMinutes(10))
        .runtime("slice", Duration.ofSeconds(20))
        .executor(EXECUTOR)
        .prices(PRICES)
        .build();
  }

  /**
   * A pod node as Argo records it: {@code cpu} = requested vCPUs x seconds and {@code memory} = requested 100Mi
   * units x seconds, over the main container and the wait sidecar (0.1 vCPU, 64Mi), as whole numbers.
   */
  static NodeStatus pod(String display, String template, long start, long wall, double mainCpu, double mainMemoryMi) {
    long cpu = Math.round((mainCpu + 0.1) * wall);
    long memory = Math.round((mainMemoryMi + 64) / 100 * wall);
    return NodeStatus.builder().name(display).displayName(display).type("Pod").templateName(template).phase("Succeeded")
        .startedAt(Time.of(T0.plusSeconds(start))).finishedAt(Time.of(T0.plusSeconds(start + wall)))
        .resourcesDuration(Map.of("cpu", cpu, "memory", memory)).build();
  }
}
