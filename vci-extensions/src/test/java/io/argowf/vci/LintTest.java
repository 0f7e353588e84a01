package io.argowf.vci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.Lint;
import io.argowf.model.k8s.ConfigMap;
import io.argowf.model.k8s.Container;
import io.argowf.model.k8s.HostPathVolumeSource;
import io.argowf.model.k8s.Quantity;
import io.argowf.model.k8s.ResourceRequirements;
import io.argowf.model.k8s.SecurityContext;
import io.argowf.model.k8s.Volume;
import io.argowf.model.workflow.Metadata;
import io.argowf.model.workflow.ResourceTemplate;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.vci.placement.VciPlacement;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class LintTest {
  static Workflow with(UnaryOperator<Template> edit) {
    Template t = Template.builder().name("main").container(Container.builder().image("busybox").build()).build();
    return Workflow.builder().spec(WorkflowSpec.builder().entrypoint("main").addTemplates(edit.apply(t)).build()).build();
  }

  static Workflow podAnnotations(Map<String, String> annotations) {
    Workflow wf = with(t -> t);
    return wf.withSpec(wf.spec().withPodMetadata(Metadata.builder().annotations(annotations).build()));
  }

  static List<String> lines(Object manifest) {
    return Vci.lint(manifest).stream().map(Lint.Problem::toString).toList();
  }

  @Test
  void aPlainWorkflowHasNoProblems() {
    assertThat(Vci.lint(Vci.placement().burstToVci().instanceFamilies("vci.u1").build().apply(with(t -> t)))).isEmpty();
  }

  @Test
  void hostPathVolumesAreErrorsWhereverTheyAre() {
    Volume hostPath = Volume.builder().name("docker").hostPath(HostPathVolumeSource.builder().path("/var/run").build()).build();
    Workflow wf = with(t -> t.withVolumes(hostPath));
    wf = wf.withSpec(wf.spec().withVolumes(hostPath));
    assertThat(Vci.lint(wf)).extracting(Lint.Problem::severity, Lint.Problem::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Lint.Severity.ERROR, "spec.volumes[0].hostPath"),
        org.assertj.core.groups.Tuple.tuple(Lint.Severity.ERROR, "spec.templates[0].volumes[0].hostPath"));
  }

  @Test
  void privilegedContainersAreWarnings() {
    SecurityContext privileged = SecurityContext.builder().privileged(true).build();
    assertThat(lines(with(t -> t.withContainer(t.container().withSecurityContext(privileged)))))
        .singleElement().asString()
        .startsWith("warning spec.templates[0].container.securityContext.privileged: VCI may refuse privileged");
  }

  @Test
  void hostNetworkIsAWarningOnTheSpecAndInsideAPodSpecPatchReadAsJsonOrYaml() {
    Workflow wf = with(t -> t.withPodSpecPatch("{\"hostNetwork\": true}"));
    wf = wf.withSpec(wf.spec().withHostNetwork(true).withPodSpecPatch("hostNetwork: true\n"));
    assertThat(lines(wf)).containsExactly(
        "warning spec.hostNetwork: VCI may not run pods on the host network [?]; expected hostNetwork unset or false",
        "warning spec.podSpecPatch.hostNetwork: VCI may not run pods on the host network [?]; expected hostNetwork unset or false",
        "warning spec.templates[0].podSpecPatch.hostNetwork: VCI may not run pods on the host network [?]; "
            + "expected hostNetwork unset or false");
  }

  @Test
  void aPodSpecPatchIsCheckedWhereverTheTemplateSits() {
    Template plain = Template.builder().name("a").container(Container.builder().image("busybox").build()).build();
    Workflow wf = Workflow.builder().spec(WorkflowSpec.builder().entrypoint("a")
        .addTemplates(plain, plain.withName("b"), plain.withName("c").withPodSpecPatch("{\"hostNetwork\": true}"))
        .build()).build();
    assertThat(Vci.lint(wf)).extracting(Lint.Problem::path).containsExactly("spec.templates[2].podSpecPatch.hostNetwork");
  }

  @Test
  void privilegedContainersAndHostPathVolumesInsideAPodSpecPatchAreFoundWithTheirPaths() {
    String patch = """
        containers:
        - name: main
          securityContext: {privileged: true}
        volumes:
        - name: scratch
          emptyDir: {}
        - name: docker
          hostPath: {path: /var/run/docker.sock}
        """;
    assertThat(Vci.lint(with(t -> t.withPodSpecPatch(patch))))
        .extracting(Lint.Problem::severity, Lint.Problem::path).containsExactly(
            org.assertj.core.groups.Tuple.tuple(Lint.Severity.WARNING, "spec.templates[0].podSpecPatch.containers[0].securityContext.privileged"),
            org.assertj.core.groups.Tuple.tuple(Lint.Severity.ERROR, "spec.templates[0].podSpecPatch.volumes[1].hostPath"));
  }

  @Test
  void aPodSpecPatchThatOnlyMentionsTheWordsIsNotAProblem() {
    String patch = "{\"hostNetwork\": false, \"containers\": [{\"name\": \"main\", "
        + "\"env\": [{\"name\": \"NOTE\", \"value\": \"hostNetwork: true, privileged: true, hostPath\"}]}]}";
    assertThat(Vci.lint(with(t -> t.withPodSpecPatch(patch)))).isEmpty();
  }

  @Test
  void argoExpressionsDoNotStopAPodSpecPatchFromBeingRead() {
    String patch = "hostNetwork: true\ncontainers:\n- name: main\n  image: {{inputs.parameters.image}}\n";
    assertThat(Vci.lint(with(t -> t.withPodSpecPatch(patch)))).extracting(Lint.Problem::path)
        .containsExactly("spec.templates[0].podSpecPatch.hostNetwork");
  }

  @Test
  void anUnreadablePodSpecPatchIsAWarningSayingWhatWasNotChecked() {
    assertThat(lines(with(t -> t.withPodSpecPatch("{\"hostNetwork\": true")))).singleElement().asString()
        .startsWith("warning spec.templates[0].podSpecPatch: not readable as YAML or JSON (")
        .contains("the VCI checks for hostNetwork, privileged and hostPath were skipped");
  }

  static Workflow resource(String action, String manifest) {
    return with(t -> t.withContainer(null).withResource(ResourceTemplate.builder().action(action).manifest(manifest).build()));
  }

  @Test
  void daemonSetsMadeByResourceTemplatesAreErrors() {
    String daemonSet = "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\n";
    assertThat(lines(resource("create", daemonSet))).containsExactly("error spec.templates[0].resource.manifest.kind: "
        + "VCI does not run DaemonSets [doc]; expected another kind, or a node pool for it");
    assertThat(Vci.lint(resource("delete", daemonSet))).isEmpty();
  }

  @Test
  void aManifestThatOnlyMentionsDaemonSetIsNotAProblem() {
    String configMap = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: notes\ndata:\n  text: |\n    kind: DaemonSet\n";
    assertThat(Vci.lint(resource("create", configMap))).isEmpty();
  }

  @Test
  void nodePortServicesAreWarningsWithTheDocumentsPath() {
    String services = """
        apiVersion: v1
        kind: Service
        metadata: {name: {{workflow.name}}-internal}
        spec: {type: ClusterIP}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec: {type: NodePort, ports: [{port: 80}]}
        """;
    assertThat(lines(resource("apply", services))).singleElement().asString().isEqualTo(
        "warning spec.templates[0].resource.manifest[1].spec.type: a NodePort service may not reach pods on VCI virtual "
            + "nodes [?]; expected ClusterIP, or check that NodePort reaches VCI pods in your cluster");
  }

  @Test
  void anUnreadableResourceManifestIsAWarningSayingWhatWasNotChecked() {
    assertThat(lines(resource("create", "kind: [DaemonSet\n"))).singleElement().asString()
        .startsWith("warning spec.templates[0].resource.manifest: not readable as YAML (");
  }

  @Test
  void badIdsInAnnotationsAreErrorsWithTheItemPath() {
    assertThat(lines(podAnnotations(Map.of(VciPlacement.PREFERRED_SUBNET_IDS, "subnet-a,subnet_b,"))))
        .containsExactly(
            "error spec.podMetadata.annotations.vke.volcengine.com/preferred-subnet-ids[1]: 'subnet_b' is not valid; "
                + "expected a subnet ID: subnet- followed by lower-case letters and digits, e.g. subnet-5g1mi8e6aby873inqlbgzmar",
            "error spec.podMetadata.annotations.vke.volcengine.com/preferred-subnet-ids[2]: empty item; expected no empty items between commas");
    assertThat(lines(podAnnotations(Map.of(VciPlacement.SECURITY_GROUP_IDS, "sg-1, sg-2"))))
        .singleElement().asString().contains("security-group-ids[1]: ' sg-2' has spaces around it");
    assertThat(lines(podAnnotations(Map.of(VciPlacement.PREFERRED_INSTANCE_FAMILY, "u1"))))
        .singleElement().asString().contains("preferred-instance-family[0]: 'u1' is not valid; expected an instance family");
    assertThat(lines(podAnnotations(Map.of(VciPlacement.PREFERRED_INSTANCE_TYPES, "g1v.2xlarge"))))
        .singleElement().asString().contains("expected an instance type");
  }

  @Test
  void burstToVciMustBeEnforceAsAnnotationOrLabel() {
    assertThat(lines(podAnnotations(Map.of(VciPlacement.BURST_TO_VCI, "true")))).singleElement().asString()
        .isEqualTo("error spec.podMetadata.annotations.vke.volcengine.com/burst-to-vci: 'true' is not valid; "
            + "expected enforce (the only documented value)");
    Workflow labelled = with(t -> t.withMetadata(Metadata.builder().putLabels(VciPlacement.BURST_TO_VCI, "yes").build()));
    assertThat(lines(labelled)).singleElement().asString()
        .startsWith("error spec.templates[0].metadata.labels.vke.volcengine.com/burst-to-vci: 'yes'");
  }

  @Test
  void switchesMustBeTrueOrFalse() {
    assertThat(lines(podAnnotations(Map.of(VciPlacement.KUBE_PROXY_ENABLED, "off", VciPlacement.TLS_ENABLE, "1"))))
        .hasSize(2).allSatisfy(l -> assertThat(l).endsWith("expected \"true\" or \"false\""));
  }

  @Test
  void storageOutOfRangeOrNotANumberIsAnError() {
    assertThat(lines(podAnnotations(Map.of(VciPlacement.DESIRED_SYSTEM_STORAGE, "20")))).singleElement().asString()
        .endsWith("desired-system-storage: 20 GiB is out of range; expected 40 to 500 GiB");
    assertThat(lines(podAnnotations(Map.of(VciPlacement.DESIRED_SYSTEM_STORAGE, "60Gi")))).singleElement().asString()
        .contains("'60Gi' is not a whole number");
    assertThat(Vci.lint(podAnnotations(Map.of(VciPlacement.DESIRED_SYSTEM_STORAGE, "500")))).isEmpty();
  }

  @Test
  void aGpuRequestWithoutAnInstanceFamilyIsAnError() {
    ResourceRequirements gpu = ResourceRequirements.builder().putLimits("nvidia.com/gpu", Quantity.of(1)).build();
    Workflow wf = with(t -> t.withContainer(t.container().withResources(gpu)));
    assertThat(lines(wf)).singleElement().asString()
        .startsWith("error spec.templates[0].metadata.annotations: the template requests nvidia.com/gpu but names no instance family");
    assertThat(Vci.lint(Vci.placement().instanceFamilies("vci.g1v").build().apply(wf))).isEmpty();
    assertThat(Vci.lint(Vci.placement().instanceFamilies("vci.g1v").build().forTemplates("main").apply(wf))).isEmpty();
  }

  @Test
  void aTemplatePlacementThatDiffersFromTheWorkflowsIsAWarning() {
    Workflow wf = Vci.placement().instanceFamilies("vci.u1").build()
        .apply(Vci.placement().instanceFamilies("vci.g1v").build().forTemplates("main").apply(with(t -> t)));
    assertThat(lines(wf)).singleElement().asString().isEqualTo(
        "warning spec.templates[0].metadata.annotations.vci.vke.volcengine.com/preferred-instance-family: 'vci.g1v' "
            + "differs from spec.podMetadata's 'vci.u1'; the template's value wins for its pods; expected one placement per key");
  }

  @Test
  void aPodForcedToVciButPinnedToOtherNodesIsAWarning() {
    Workflow wf = Vci.placement().burstToVci().build().apply(with(t -> t.withNodeSelector(Map.of("pool", "ecs"))));
    assertThat(lines(wf)).singleElement().asString().startsWith("warning spec.templates[0].nodeSelector: the pod is forced to VCI");
    Workflow virtual = Vci.placement().burstToVci().build().apply(with(t -> t.withNodeSelector(Map.of("type", "virtual-kubelet"))));
    assertThat(Vci.lint(virtual)).isEmpty();
  }

  @Test
  void aMistypedVciKeyIsAWarningThatSuggestsTheRightOne() {
    assertThat(lines(podAnnotations(Map.of("vke.volcengine.com/burst-to-vic", "enforce")))).singleElement().asString()
        .isEqualTo("warning spec.podMetadata.annotations.vke.volcengine.com/burst-to-vic: not a VCI key argowf knows, "
            + "so VCI may ignore it; did you mean vke.volcengine.com/burst-to-vci?");
  }

  @Test
  void tooManyAnnotationBytesIsAnError() {
    assertThat(lines(podAnnotations(Map.of("big", "x".repeat(256 * 1024))))).singleElement().asString()
        .startsWith("error spec.podMetadata.annotations: the annotations take 262147 bytes; expected less than 256 KiB");
  }

  @Test
  void otherKindsAreRefusedSayingWhatIsExpected() {
    assertThatThrownBy(() -> Vci.lint(ConfigMap.builder().build()))
        .hasMessage("cannot lint a ConfigMap; expected a Workflow, WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow");
  }
}
