package io.argowf.examples.catalogue;

import io.argowf.model.k8s.LabelSelector;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.k8s.PersistentVolumeClaim;
import io.argowf.model.k8s.PersistentVolumeClaimSpec;
import io.argowf.model.k8s.Quantity;
import io.argowf.model.k8s.VolumeResourceRequirements;
import io.argowf.vci.Vci;
import io.argowf.vci.cluster.ControllerConfig;
import io.argowf.vci.monitoring.MetricsTransport;
import io.argowf.vci.monitoring.PodMetricsEndpoint;
import io.argowf.vci.monitoring.PodMonitor;
import io.argowf.vci.monitoring.RelabelConfig;
import io.argowf.vci.policy.ResourcePolicy;
import io.argowf.vci.policy.ResourcePolicySpec;
import io.argowf.vci.policy.Subset;
import io.argowf.vci.profile.ProfileSelector;
import io.argowf.vci.profile.SelectorEffect;
import io.argowf.vci.profile.VciProfile;
import java.util.List;
import java.util.Map;

/** The tutorial's cluster-side manifests, built with vci-extensions' typed API. */
final class VciExamples {
  static final String JOBS_NAMESPACE = "argo-jobs";

  private VciExamples() {}

  static List<Example> examples() {
    return List.of(
        new Example("resourcepolicy", "method 2: an ECS node pool (max 5 pods), then VCI (max 100)",
            () -> List.of(resourcePolicy())),
        new Example("argo-jobs-namespace", "method 3: the namespace the vci-profile selects (vci=true)",
            () -> List.of(Vci.namespace(JOBS_NAMESPACE, vciProfile().namespaceLabels()))),
        new Example("argo-role-sa", "method 3: ServiceAccount, Role and RoleBinding Argo's pods need in argo-jobs",
            () -> Vci.executorRbac(JOBS_NAMESPACE).manifests()),
        new Example("vci-profile", "method 3: the vci-profile sending every pod of a vci=true namespace to VCI",
            () -> List.of(vciProfile().toConfigMap())),
        new Example("workflow-controller-configmap", "the executor from a regional mirror, with requests and limits",
            () -> List.of(controllerConfig().toConfigMap())),
        new Example("podmonitor", "Prometheus scrapes the workflow-controller's metrics every 15 s",
            () -> List.of(podMonitor())),
        new Example("shared-data-pvc", "the ReadWriteMany claim the render workflow mounts at /data",
            () -> List.of(sharedDataClaim())));
  }

  /** Method 2, written like the YAML it becomes. */
  static ResourcePolicy resourcePolicy() {
    return ResourcePolicy.builder()
        .metadata(ObjectMeta.builder().name("vke-resourcepolicy").namespace("argo").build())
        .spec(ResourcePolicySpec.builder()
            .putSelector("resource", "vci")
            .addSubsets(Subset.nodePool("ecs-pool", "pcodl592d75mk89oame6g", 5)
                .withMaxReplicasRatio("0.1")
                .withWhenNotReachMax(Subset.SCHEDULE_ANYWAY))
            .addSubsets(Subset.vci("vci-pool", 100).withMaxReplicasRatio("0.1"))
            .build())
        .build();
  }

  /** Method 3's profile: pods of namespaces labelled vci=true go to VCI with log collection. */
  static VciProfile vciProfile() {
    return Vci.profile()
        .preferredSubnetIds(List.of("subnet-5g1mi8e6aby873inqlbgzmar"))
        .tlsEnable(true)
        .securityContextPrivilegedConfig(VciProfile.IGNORE)
        .dnsPolicyClusterFirstWithHostNetConfig(VciProfile.CLUSTER_FIRST)
        .volumesHostPathConfig(VciProfile.IGNORE)
        .hostIpConfig(VciProfile.POD_IP)
        .enforceSelectorToVci(true)
        .addSelectors(ProfileSelector.builder()
            .name("selector-argo-jobs-namespace")
            .namespaceSelector(LabelSelector.builder().putMatchLabels("vci", "true").build())
            .effect(SelectorEffect.builder()
                .putAnnotations("vci.volcengine.com/tls-enable", "true")
                .putLabels("created-by-vci", "true")
                .build())
            .build())
        .build();
  }

  static ControllerConfig controllerConfig() {
    return Vci.controllerConfig()
        .executorImage(ControllerConfig.executorMirror("paas-cn-shanghai.cr.volces.com/argoproj", "v3.5.5"))
        .executorPullPolicy("IfNotPresent")
        .executorRequests("0.1", "64Mi")
        .executorLimits("0.5", "512Mi")
        .build();
  }

  /** The preset monitor, named and labelled for Volcengine's managed Prometheus, with an app label. */
  static PodMonitor podMonitor() {
    PodMonitor preset = Vci.controllerPodMonitor("argo", MetricsTransport.HTTP);
    PodMetricsEndpoint endpoint = preset.spec().podMetricsEndpoints().get(0)
        .withRelabelings(RelabelConfig.builder().action("replace").replacement("argo-workflow-demo").targetLabel("app").build());
    return preset
        .withMetadata(preset.metadata().withName("argo-workflow-controller-discover").withLabels(Map.of("volcengine.vmp", "true")))
        .withSpec(preset.spec().withPodMetricsEndpoints(endpoint));
  }

  /** A claim bound to a pre-made ReadWriteMany volume (no storage class: no dynamic provisioning). */
  static PersistentVolumeClaim sharedDataClaim() {
    return PersistentVolumeClaim.builder()
        .metadata(ObjectMeta.builder().name("shared-data-pvc").namespace(JOBS_NAMESPACE).build())
        .spec(PersistentVolumeClaimSpec.builder()
            .addAccessModes("ReadWriteMany")
            .resources(VolumeResourceRequirements.builder().putRequests("storage", Quantity.of("20Gi")).build())
            .volumeName("shared-data-pv")
            .storageClassName("")
            .build())
        .build();
  }
}
