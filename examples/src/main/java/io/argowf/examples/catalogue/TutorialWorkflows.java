package io.argowf.examples.catalogue;

import static io.argowf.dsl.Argo.*;

import io.argowf.dsl.Argument;
import io.argowf.dsl.ContainerTemplate;
import io.argowf.dsl.InputParam;
import io.argowf.dsl.Step;
import io.argowf.dsl.StepsTemplate;
import io.argowf.dsl.WorkflowBuilder;
import io.argowf.model.workflow.Workflow;
import io.argowf.vci.Vci;
import io.argowf.vci.placement.VciPlacement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The tutorial's workflows, written with the DSL; their VCI placement comes from vci-extensions. */
final class TutorialWorkflows {
  static final String WHALESAY_IMAGE = "paas-cn-shanghai.cr.volces.com/argoproj/whalesay:latest";
  /** Method 1 for the whole workflow: every pod on VCI, in one of three subnets, on the general family. */
  static final VciPlacement THREE_SUBNETS = Vci.placement().burstToVci()
      .subnets("subnet-5g1mi8e6aby873inqlbgzmar", "subnet-22jvxc4z6vthc7r2qr1q8g9x4", "subnet-22jvxceucg3cw7r2qr17sj10n")
      .instanceFamilies("vci.u1")
      .build();
  /** Method 1 with one subnet. */
  static final VciPlacement ONE_SUBNET = Vci.placement().burstToVci()
      .subnets("subnet-5g1mi8e6aby873inqlbgzmar").instanceFamilies("vci.u1").build();
  /** Method 1 for one template: the render pods go to VCI, wherever the rest runs. */
  static final VciPlacement RENDER_ON_VCI = Vci.placement().burstToVci().build();

  private TutorialWorkflows() {}

  static List<Example> examples() {
    return List.of(
        new Example("hello-hello-hello", "steps: hello1, then hello2a and hello2b in parallel",
            () -> List.of(helloHelloHello())),
        new Example("vci-podmetadata", "every pod on VCI through spec.podMetadata annotations",
            () -> List.of(vciPodMetadata())),
        new Example("vci-podmetadata-podgc", "every pod on VCI, each deleted as soon as it completes",
            () -> List.of(vciPodMetadataPodGc())),
        new Example("vci-resourcepolicy-workflow", "only whalesay-vci's pods carry the label a ResourcePolicy selects",
            () -> List.of(vciResourcePolicyWorkflow())),
        new Example("vci-profile-workflow", "an unchanged workflow for a namespace a vci-profile sends to VCI",
            () -> List.of(vciProfileWorkflow())),
        new Example("blender-render", "frame-parallel Blender render: a script slices the frames, one pod per slice",
            () -> List.of(blenderRender())));
  }

  static Workflow helloHelloHello() {
    return hello("argo-vci-demo-", whalesay()).build();
  }

  static Workflow vciPodMetadata() {
    return hello("argo-vci-demo-", whalesay()).customize(THREE_SUBNETS).build();
  }

  static Workflow vciPodMetadataPodGc() {
    return hello("argo-vci-demo-", whalesay()).podGC("OnPodCompletion").customize(ONE_SUBNET).build();
  }

  /** Method 2: only whalesay-vci carries the labels the tutorial's ResourcePolicy selects. */
  static Workflow vciResourcePolicyWorkflow() {
    ContainerTemplate onVci = container("whalesay-vci").inputs(MESSAGE)
        .image(WHALESAY_IMAGE).command("cowsay").args(" " + MESSAGE + " ")
        .customize(VciExamples.resourcePolicy().forTemplate());
    return hello("argo-vci-resourcepolicy-demo-", whalesay(), onVci).build();
  }

  static Workflow vciProfileWorkflow() {
    return hello("argo-vci-vcipolicy-demo-", whalesay()).build();
  }

  private static final InputParam MESSAGE = param("message");

  private static ContainerTemplate whalesay() {
    return container("whalesay").inputs(MESSAGE).image(WHALESAY_IMAGE).command("cowsay").args(MESSAGE);
  }

  /** hello1, then hello2a and hello2b in parallel, all on one template. */
  private static WorkflowBuilder hello(String generateName, ContainerTemplate whalesay) {
    return hello(generateName, whalesay, whalesay);
  }

  /** hello1 on {@code first}, then hello2a and hello2b in parallel on {@code later}. */
  private static WorkflowBuilder hello(String generateName, ContainerTemplate first, ContainerTemplate later) {
    StepsTemplate steps = steps("hello-hello-hello")
        .then(first.step("hello1").with(MESSAGE, "hello1"))
        .thenParallel(later.step("hello2a").with(MESSAGE, "hello2a"), later.step("hello2b").with(MESSAGE, "hello2b"));
    return workflow().generateName(generateName).entrypoint(steps);
  }

  /** The render: a script step slices frames start..stop into chunks; one VCI pod renders each chunk. */
  static Workflow blenderRender() {
    var start = argument("start", 1);
    var stop = argument("stop", 300);
    var sliceSize = argument("sliceSize", 10);
    var genSlices = script("gen-slices")
        .image("cr-demo-cn-beijing.cr.volces.com/xmo/python:3.8-slim-buster").command("python")
        .source(String.join("\n",
            "import json",
            "import sys",
            "frames = range(" + start + ", " + stop + "+1)",
            "n = " + sliceSize,
            "slices = [frames[i * n:(i + 1) * n] for i in range((len(frames) + n - 1) // n )]",
            "intervals = map(lambda x: {'start': min(x), 'stop': max(x)}, slices)",
            "json.dump(list(intervals), sys.stdout)",
            ""));
    var slice = genSlices.step("slice");
    var render = renderStep();
    return renderWorkflow(steps("main").then(slice).then(render.withParam(slice.result())))
        .arguments(FILENAME, sliceSize, start, stop, OUTPUT_LOCATION, SAMPLES)
        .build();
  }

  /**
   * The same render with the frames sliced in Java: no script pod, the slices are the loop's items.
   *
   * @param first the first frame
   * @param last the last frame
   * @param size frames per pod
   */
  static Workflow blenderRenderSlicedInJava(int first, int last, int size) {
    List<Map<String, Integer>> slices = new ArrayList<>();
    for (int s = first; s <= last; s += size) slices.add(Map.of("start", s, "stop", Math.min(s + size - 1, last)));
    return renderWorkflow(steps("main").then(renderStep().withItems(slices)))
        .arguments(FILENAME, OUTPUT_LOCATION, SAMPLES)
        .build();
  }

  private static final Argument FILENAME =
      argument("filename", "/data/restaurant_anim_test/rain_restaurant.blend");
  private static final Argument OUTPUT_LOCATION = argument("outputLocation", "/data/output/rain_restaurant_300/");
  private static final Argument SAMPLES = argument("samples", 300);
  private static final InputParam FROM = param("start");
  private static final InputParam TO = param("stop");

  /** One VCI pod rendering frames {@code {{item.start}}..{{item.stop}}}. */
  private static Step renderStep() {
    var blender = container("render-blender")
        .customize(RENDER_ON_VCI.forTemplate())
        .inputs(FROM, TO)
        .inputs(inputArtifact("blender_samples", "/blender_samples.py")
            .raw("\nimport bpy\nbpy.data.scenes[\"Scene\"].cycles.samples = " + SAMPLES + "\n"))
        .retry(1)
        .image("paas-cn-shanghai.cr.volces.com/argoproj/blender:3.3.1-cpu-ubuntu18.04")
        .command("blender").workingDir("/")
        .args("-b", FILENAME, "--engine", "CYCLES", "--factory-startup", "-noaudio", "--use-extension", "1",
            "-o", OUTPUT_LOCATION, "--python", "blender_samples.py", "-s", FROM, "-e", TO, "-a")
        .requests(memory("8Gi"), cpu("1")).limits(cpu("2"), memory("16Gi"))
        .volumeMount("data-storage", "/data");
    return blender.step("render").with(FROM, item("start")).with(TO, item("stop"));
  }

  private static WorkflowBuilder renderWorkflow(StepsTemplate main) {
    return workflow().generateName("render-")
        .entrypoint(main)
        .parallelism(100).activeDeadlineSeconds(864000)
        .volumes(pvcVolume("data-storage", "shared-data-pvc"));
  }
}
