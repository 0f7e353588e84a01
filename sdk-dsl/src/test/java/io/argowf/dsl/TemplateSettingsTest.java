package io.argowf.dsl;

import static io.argowf.dsl.Argo.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.model.Manifests;
import io.argowf.model.k8s.Affinity;
import io.argowf.model.k8s.NodeAffinity;
import io.argowf.model.k8s.PodSecurityContext;
import io.argowf.model.k8s.Toleration;
import io.argowf.model.workflow.Workflow;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings without an Argo example of their own land where Argo reads them. */
class TemplateSettingsTest {
  @Test
  void podPlacementSecurityAndEnvironmentLandInTheTemplate() {
    var train = container("train").image("trainer:1")
        .env("LOG_LEVEL", "debug")
        .requests(cpu("500m"), memory("1Gi"))
        .serviceAccountName("trainer")
        .tolerations(Toleration.builder().key("gpu").operator("Exists").build())
        .affinity(Affinity.builder().nodeAffinity(NodeAffinity.builder().build()).build())
        .securityContext(PodSecurityContext.builder().runAsNonRoot(true).build())
        .timeout("1h");
    Workflow wf = workflow().generateName("train-").serviceAccountName("argo").parallelism(2)
        .podLabel("team", "ml").entrypoint(train).build();
    String yaml = Manifests.toYaml(wf);
    assertThat(yaml).contains("serviceAccountName: trainer", "serviceAccountName: argo", "key: gpu", "runAsNonRoot: true",
        "name: LOG_LEVEL", "cpu: 500m", "timeout: 1h", "nodeAffinity: {}", "team: ml");
  }

  @Test
  void aPluginTemplateWritesItsConfigurationUnderThePluginsKey() {
    var text = param("text");
    Workflow wf = workflow().generateName("plugin-").arguments(argument("text", "hi"))
        .entrypoint(plugin("main").inputs(text).call("hello", Map.of("text", text)))
        .build();
    assertThat(wf.spec().templates().get(0).plugin().name()).isEqualTo("hello");
    assertThat(wf.spec().templates().get(0).plugin().config().get("text").asText()).isEqualTo("{{inputs.parameters.text}}");
  }
}
