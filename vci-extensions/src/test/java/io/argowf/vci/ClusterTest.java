package io.argowf.vci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.Manifests;
import io.argowf.model.k8s.ConfigMap;
import io.argowf.model.k8s.Quantity;
import io.argowf.vci.cluster.ControllerConfig;
import io.argowf.vci.cluster.ExecutorRbac;
import io.argowf.vci.monitoring.MetricsTransport;
import io.argowf.vci.monitoring.PodMetricsEndpoint;
import io.argowf.vci.monitoring.PodMonitor;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterTest {
  static ControllerConfig mirror() {
    return Vci.controllerConfig()
        .executorImage(ControllerConfig.executorMirror("paas-cn-shanghai.cr.volces.com/argoproj/", "v3.5.5"))
        .executorPullPolicy("IfNotPresent")
        .executorRequests("0.1", "64Mi")
        .executorLimits("0.5", "512Mi")
        .build();
  }

  @Test
  void controllerConfigPutsTheExecutorAsYamlAndReadsItBack() {
    ConfigMap cm = mirror().toConfigMap();
    assertThat(cm.metadata().name()).isEqualTo("workflow-controller-configmap");
    assertThat(cm.metadata().namespace()).isEqualTo("argo");
    assertThat(cm.data().get("executor")).contains("image: paas-cn-shanghai.cr.volces.com/argoproj/argoexec:v3.5.5\n");
    ControllerConfig back = ControllerConfig.fromConfigMap(Manifests.read(Manifests.toYaml(cm), ConfigMap.class));
    assertThat(back).isEqualTo(mirror());
    assertThat(back.executorResources().limits()).containsEntry("memory", Quantity.of("512Mi"));
  }

  @Test
  void controllerConfigRefusesBadValuesNamingThePath() {
    assertThatThrownBy(() -> Vci.controllerConfig().executorPullPolicy("Sometimes"))
        .hasMessage("executor.imagePullPolicy: 'Sometimes' is not valid; expected IfNotPresent, Always or Never");
    assertThatThrownBy(() -> Vci.controllerConfig().executorLimits("half", "1Gi"))
        .hasMessageStartingWith("executor.resources.limits.cpu: 'half' is not a quantity");
    ConfigMap broken = mirror().toConfigMap().withData(Map.of("executor", "resources: [1, 2]\n"));
    assertThatThrownBy(() -> ControllerConfig.fromConfigMap(broken)).hasMessageStartingWith("data.executor: ");
  }

  @Test
  void podMonitorIsATypedKindWithAnHttpsOption() {
    PodMonitor http = Vci.controllerPodMonitor("argo", MetricsTransport.HTTP);
    Object back = Manifests.readAll(Manifests.toYaml(http)).get(0);
    assertThat(back).isInstanceOf(PodMonitor.class).isEqualTo(http);
    PodMetricsEndpoint e = http.spec().podMetricsEndpoints().get(0);
    assertThat(e.port()).isEqualTo("metrics");
    assertThat(e.scheme()).isNull();
    PodMetricsEndpoint tls = Vci.controllerPodMonitor("argo", MetricsTransport.HTTPS_SELF_SIGNED).spec().podMetricsEndpoints().get(0);
    assertThat(tls.scheme()).isEqualTo("https");
    assertThat(tls.tlsConfig().insecureSkipVerify()).isTrue();
  }

  @Test
  void theTutorialPodMonitorReadsTypedAndWritesBackTheSame() {
    Object golden = Manifests.readAll(SharedData.manifest("11-podmonitor.yaml")).get(0);
    assertThat(golden).isInstanceOf(PodMonitor.class);
    assertThat(Manifests.differences(readText("11-podmonitor.yaml"), Manifests.toYaml(golden))).isEmpty();
  }

  @Test
  void executorRbacGrantsWhatArgosPodsNeed() {
    ExecutorRbac rbac = Vci.executorRbac("jobs");
    assertThat(rbac.manifests()).hasSize(3);
    assertThat(rbac.role().rules()).extracting(r -> r.resources().get(0))
        .containsExactly("leases", "secrets", "pods", "workflowtaskresults");
    assertThat(rbac.roleBinding().subjects().get(0).namespace()).isEqualTo("jobs");
    assertThat(rbac.roleBinding().roleRef().name()).isEqualTo(rbac.role().metadata().name());
  }

  static String readText(String file) {
    try {
      return java.nio.file.Files.readString(SharedData.manifest(file));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
