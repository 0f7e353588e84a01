package io.argowf.vci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.Manifests;
import io.argowf.model.k8s.Container;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.workflow.Metadata;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.vci.placement.VciPlacement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlacementTest {
  static Workflow twoTemplates() {
    return Workflow.builder()
        .metadata(ObjectMeta.builder().generateName("demo-").build())
        .spec(WorkflowSpec.builder().entrypoint("a")
            .addTemplates(Template.builder().name("a").container(Container.builder().image("x").build()).build())
            .addTemplates(Template.builder().name("b").container(Container.builder().image("y").build()).build())
            .build())
        .build();
  }

  @Test
  void builderWritesEveryKeyInTheOrderGiven() {
    VciPlacement p = Vci.placement()
        .burstToVci()
        .subnets("subnet-a1", "subnet-b2")
        .securityGroups("sg-1")
        .instanceFamilies("vci.u1", "vci.g1v")
        .instanceTypes("vci.g1v.2xlarge")
        .kubeProxy(false)
        .systemStorageGiB(60)
        .logCollection(true)
        .annotation("vci.vke.volcengine.com/future-key", "x")
        .build();
    assertThat(p.annotations()).containsExactly(
        Map.entry("vke.volcengine.com/burst-to-vci", "enforce"),
        Map.entry("vke.volcengine.com/preferred-subnet-ids", "subnet-a1,subnet-b2"),
        Map.entry("vke.volcengine.com/security-group-ids", "sg-1"),
        Map.entry("vci.vke.volcengine.com/preferred-instance-family", "vci.u1,vci.g1v"),
        Map.entry("vci.vke.volcengine.com/preferred-instance-types", "vci.g1v.2xlarge"),
        Map.entry("vci.vke.volcengine.com/kube-proxy-enabled", "false"),
        Map.entry("vci.vke.volcengine.com/desired-system-storage", "60"),
        Map.entry("vci.volcengine.com/tls-enable", "true"),
        Map.entry("vci.vke.volcengine.com/future-key", "x"));
    assertThat(p.labels()).isEmpty();
  }

  @Test
  void burstToVciAsLabelServesSelfBuiltClusters() {
    VciPlacement p = Vci.placement().burstToVci().burstToVciAsLabel().build();
    Workflow wf = p.apply(twoTemplates());
    assertThat(wf.spec().podMetadata().labels()).containsEntry("vke.volcengine.com/burst-to-vci", "enforce");
    assertThat(wf.spec().podMetadata().annotations()).containsEntry("vke.volcengine.com/burst-to-vci", "enforce");
  }

  @Test
  void badIdsFailWithTheKeyItemAndExpectedForm() {
    assertThatThrownBy(() -> Vci.placement().subnets("subnet-ok", "subnet_bad"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vke.volcengine.com/preferred-subnet-ids[1]")
        .hasMessageContaining("'subnet_bad'")
        .hasMessageContaining("expected a subnet ID: subnet-");
    assertThatThrownBy(() -> Vci.placement().securityGroups("sg-"))
        .hasMessageContaining("vke.volcengine.com/security-group-ids[0]").hasMessageContaining("expected a security group ID");
    assertThatThrownBy(() -> Vci.placement().instanceFamilies("u1"))
        .hasMessageContaining("preferred-instance-family[0]").hasMessageContaining("e.g. vci.u1");
    assertThatThrownBy(() -> Vci.placement().instanceTypes("vci.g1v"))
        .hasMessageContaining("preferred-instance-types[0]").hasMessageContaining("vci.g1v.2xlarge");
    assertThatThrownBy(() -> Vci.placement().subnets())
        .hasMessageContaining("preferred-subnet-ids: empty");
    assertThatThrownBy(() -> Vci.placement().subnets(" subnet-a"))
        .hasMessageContaining("has spaces around it");
  }

  @Test
  void systemStorageOutsideFortyToFiveHundredGibFails() {
    assertThat(Vci.placement().systemStorageGiB(40).systemStorageGiB(500).build().annotations())
        .containsEntry(VciPlacement.DESIRED_SYSTEM_STORAGE, "500");
    assertThatThrownBy(() -> Vci.placement().systemStorageGiB(39))
        .hasMessageContaining("desired-system-storage: 39 GiB is out of range; expected 40 to 500 GiB");
    assertThatThrownBy(() -> Vci.placement().systemStorageGiB(501)).hasMessageContaining("out of range");
  }

  @Test
  void wholeWorkflowPlacementKeepsExistingPodMetadataAndWinsOnSameKey() {
    Workflow wf = twoTemplates();
    wf = wf.withSpec(wf.spec().withPodMetadata(Metadata.builder()
        .putAnnotations("team", "render").putAnnotations(VciPlacement.PREFERRED_INSTANCE_FAMILY, "vci.old").build()));
    Workflow placed = Vci.placement().instanceFamilies("vci.u1").build().apply(wf);
    assertThat(placed.spec().podMetadata().annotations())
        .containsEntry("team", "render")
        .containsEntry(VciPlacement.PREFERRED_INSTANCE_FAMILY, "vci.u1");
    assertThat(placed.spec().templates()).allSatisfy(t -> assertThat(t.metadata()).isNull());
  }

  @Test
  void templatePlacementTouchesOnlyTheNamedTemplates() {
    Workflow placed = Vci.placement().burstToVci().build().forTemplates("b").apply(twoTemplates());
    assertThat(placed.spec().podMetadata()).isNull();
    assertThat(placed.spec().templates().get(0).metadata()).isNull();
    assertThat(placed.spec().templates().get(1).metadata().annotations())
        .containsExactly(Map.entry(VciPlacement.BURST_TO_VCI, "enforce"));
  }

  @Test
  void templatePlacementNamesAMissingTemplateAndTheOnesThere() {
    assertThatThrownBy(() -> Vci.placement().burstToVci().build().forTemplates("c").apply(twoTemplates()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("spec.templates: no template named 'c'; templates here: a, b");
  }

  @Test
  void forTemplateIsATemplateCustomization() {
    Template t = Template.builder().name("t").metadata(Metadata.builder().putLabels("keep", "me").build()).build();
    Template placed = Vci.placement().burstToVci().build().forTemplate().apply(t);
    assertThat(placed.metadata().labels()).containsEntry("keep", "me");
    assertThat(placed.metadata().annotations()).containsEntry(VciPlacement.BURST_TO_VCI, "enforce");
  }

  // ---- move the tutorial's own workflows to VCI without rewriting them

  @Test
  void method1GoldenComesBackFromTheStrippedWorkflow() {
    Workflow golden = Manifests.read(SharedData.manifest("02-vci-podmetadata.yaml"), Workflow.class);
    Workflow stripped = golden.withSpec(golden.spec().withPodMetadata(null));
    Workflow moved = Vci.placement()
        .burstToVci()
        .subnets("subnet-5g1mi8e6aby873inqlbgzmar", "subnet-22jvxc4z6vthc7r2qr1q8g9x4", "subnet-22jvxceucg3cw7r2qr17sj10n")
        .instanceFamilies("vci.u1")
        .build()
        .apply(stripped);
    assertThat(Manifests.differences(golden, moved)).isEmpty();
    assertThat(Vci.lint(moved)).isEmpty();
  }

  @Test
  void method1WithPodGcGoldenComesBackFromTheStrippedWorkflow() {
    Workflow golden = Manifests.read(SharedData.manifest("03-vci-podmetadata-podgc.yaml"), Workflow.class);
    Workflow stripped = golden.withSpec(golden.spec().withPodMetadata(null));
    Workflow moved = Vci.placement().burstToVci().subnets("subnet-5g1mi8e6aby873inqlbgzmar").instanceFamilies("vci.u1")
        .build().apply(stripped);
    assertThat(Manifests.differences(golden, moved)).isEmpty();
  }

  @Test
  void renderTemplateGoesToVciAloneInTheBlenderGolden() {
    Workflow golden = Manifests.read(SharedData.manifest("12-blender-render.yaml"), Workflow.class);
    Workflow stripped = stripTemplateMetadata(golden, "render-blender");
    Workflow moved = Vci.placement().burstToVci().build().forTemplates("render-blender").apply(stripped);
    assertThat(Manifests.differences(golden, moved)).isEmpty();
  }

  static Workflow stripTemplateMetadata(Workflow wf, String name) {
    List<Template> out = new ArrayList<>();
    for (Template t : wf.spec().templates()) out.add(t.name().equals(name) ? t.withMetadata(null) : t);
    Workflow stripped = wf.withSpec(wf.spec().withTemplates(out));
    assertThat(Manifests.differences(wf, stripped)).as("the fixture really lost its placement").isNotEmpty();
    return stripped;
  }
}
