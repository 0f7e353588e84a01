package io.argowf.vci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.Manifests;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.workflow.Workflow;
import io.argowf.vci.policy.ResourcePolicy;
import io.argowf.vci.policy.ResourcePolicySpec;
import io.argowf.vci.policy.Subset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourcePolicyTest {
  /** The tutorial's policy, as a user writes it with the builder. */
  static ResourcePolicy tutorialPolicy() {
    return ResourcePolicy.builder()
        .metadata(ObjectMeta.builder().name("vke-resourcepolicy").namespace("argo").build())
        .spec(ResourcePolicySpec.builder()
            .putSelector("resource", "vci")
            .addSubsets(Subset.nodePool("ecs-pool", "pcodl592d75mk89oame6g", 5)
                .withMaxReplicasRatio("0.1").withWhenNotReachMax(Subset.SCHEDULE_ANYWAY))
            .addSubsets(Subset.vci("vci-pool", 100).withMaxReplicasRatio("0.1"))
            .build())
        .build();
  }

  @Test
  void manifestsReadsTheKindTypedAndWritesItBack() {
    String yaml = Manifests.toYaml(tutorialPolicy());
    assertThat(yaml).startsWith("apiVersion: scheduling.vke.volcengine.com/v1beta1\nkind: ResourcePolicy\n");
    Object back = Manifests.readAll(yaml).get(0);
    assertThat(back).isInstanceOf(ResourcePolicy.class).isEqualTo(tutorialPolicy());
  }

  @Test
  void unknownFieldsAreKeptThroughARoundTrip() {
    String yaml = Manifests.toYaml(tutorialPolicy()).replace("  selector:", "  futureField: 3\n  selector:");
    ResourcePolicy p = Manifests.read(yaml, ResourcePolicy.class);
    assertThat(p.spec().unknownFields()).containsKey("futureField");
    assertThat(Manifests.differences(yaml, Manifests.toYaml(p))).isEmpty();
  }

  @Test
  void theGoldenReadsBackEqualToWhatTheBuilderMakes() {
    Object golden = Manifests.readAll(SharedData.manifest("04-resourcepolicy.yaml")).get(0);
    assertThat(golden).isInstanceOf(ResourcePolicy.class).isEqualTo(tutorialPolicy());
    assertThat(Manifests.differences(golden, tutorialPolicy())).isEmpty();
  }

  @Test
  void presetFillsTheNodePoolThenVciAndLeavesTheUnconfirmedRatioOut() {
    ResourcePolicy p = Vci.fillNodePoolThenVci("rp", "jobs", Map.of("resource", "vci"), "pool-1", 5, 100);
    assertThat(p.metadata().namespace()).isEqualTo("jobs");
    assertThat(p.spec().selector()).isEqualTo(Map.of("resource", "vci"));
    List<Subset> s = p.spec().subsets();
    assertThat(s).extracting(Subset::name, Subset::maxReplicas).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ecs-pool", 5), org.assertj.core.groups.Tuple.tuple("vci-pool", 100));
    assertThat(s.get(0).nodeSelectorTerm().get(0).key()).isEqualTo("cluster.vke.volcengine.com/machinepool-name");
    assertThat(s.get(0).nodeSelectorTerm().get(0).values()).containsExactly("pool-1");
    assertThat(s.get(1).nodeSelectorTerm().get(0).values()).containsExactly("virtual-kubelet");
    assertThat(s.get(1).tolerations().get(0).key()).isEqualTo("vci.vke.volcengine.com/node-type");
    assertThat(s).extracting(Subset::maxReplicasRatio).containsOnlyNulls();
    assertThat(Manifests.toYaml(p)).doesNotContain("maxReplicasRatio");
    // the tutorial's policy is the preset plus a ratio on each pool
    ResourcePolicy tutorial = tutorialPolicy();
    ResourcePolicy preset = Vci.fillNodePoolThenVci("vke-resourcepolicy", "argo", Map.of("resource", "vci"),
        "pcodl592d75mk89oame6g", 5, 100);
    assertThat(preset.withSpec(preset.spec().withSubsets(
        preset.spec().subsets().stream().map(x -> x.withMaxReplicasRatio("0.1")).toList()))).isEqualTo(tutorial);
  }

  @Test
  void presetRefusesAnEmptySelector() {
    assertThatThrownBy(() -> Vci.fillNodePoolThenVci("rp", "jobs", Map.of(), "pool-1", 5, 100))
        .hasMessageContaining("spec.selector: empty; expected");
  }

  @Test
  void labellingTheTemplatesGivesBackTheMethod2Workflow() {
    Workflow golden = Manifests.read(SharedData.manifest("05-vci-resourcepolicy-workflow.yaml"), Workflow.class);
    Workflow stripped = PlacementTest.stripTemplateMetadata(golden, "whalesay-vci");
    Workflow labelled = tutorialPolicy().forTemplates("whalesay-vci").apply(stripped);
    assertThat(Manifests.differences(golden, labelled)).isEmpty();
  }

  @Test
  void labellingNeedsASelector() {
    ResourcePolicy none = ResourcePolicy.builder().spec(ResourcePolicySpec.builder().build()).build();
    assertThatThrownBy(none::forTemplate).hasMessageContaining("spec.selector: absent");
  }
}
