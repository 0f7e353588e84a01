package io.argowf.vci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.Resource;
import io.argowf.model.k8s.ConfigMap;
import io.argowf.model.k8s.LabelSelector;
import io.argowf.model.k8s.LabelSelectorRequirement;
import io.argowf.model.k8s.Namespace;
import io.argowf.model.k8s.Role;
import io.argowf.model.k8s.RoleBinding;
import io.argowf.model.k8s.ServiceAccount;
import io.argowf.vci.profile.ProfileSelector;
import io.argowf.vci.profile.SelectorEffect;
import io.argowf.vci.profile.VciProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileTest {
  /** The tutorial's profile, as a user writes it. */
  static VciProfile tutorialProfile() {
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

  static JsonNode json(String text) throws Exception {
    return Manifests.jsonMapper().readTree(text);
  }

  @Test
  void theConfigMapReadsBackEqual() {
    VciProfile p = tutorialProfile();
    ConfigMap cm = p.toConfigMap();
    assertThat(cm.metadata().name()).isEqualTo("vci-profile");
    assertThat(cm.metadata().namespace()).isEqualTo("kube-system");
    ConfigMap reread = Manifests.read(Manifests.toYaml(cm), ConfigMap.class);
    assertThat(VciProfile.fromConfigMap(reread)).isEqualTo(p);
  }

  @Test
  void selectorsAreIndentedJsonText() throws Exception {
    String selectors = tutorialProfile().toConfigMap().data().get("selectors");
    assertThat(selectors).startsWith("[\n  {\n    \"name\": \"selector-argo-jobs-namespace\",\n").endsWith("]\n");
    assertThat(json(selectors).get(0).at("/namespaceSelector/matchLabels/vci").asText()).isEqualTo("true");
  }

  @Test
  void matchExpressionsAndObjectSelectorsRoundTrip() {
    VciProfile p = Vci.profile().addSelectors(ProfileSelector.builder().name("gpu-jobs")
        .objectSelector(LabelSelector.builder().addMatchExpressions(LabelSelectorRequirement.builder()
            .key("tier").operator("In").addValues("batch", "render").build()).build())
        .build()).putOtherKeys("futureKey", "x").build();
    assertThat(VciProfile.fromConfigMap(p.toConfigMap())).isEqualTo(p);
    assertThat(p.toConfigMap().data()).containsEntry("futureKey", "x");
  }

  @Test
  void theGoldenReadsBackEqualToWhatTheBuilderMakes() throws Exception {
    ConfigMap golden = Manifests.read(SharedData.manifest("08-vci-profile.yaml"), ConfigMap.class);
    assertThat(VciProfile.fromConfigMap(golden)).isEqualTo(tutorialProfile());
    // selectors is a JSON string: Manifests.differences compares strings, so compare its parsed JSON here
    // and the rest of the ConfigMap with differences
    ConfigMap ours = tutorialProfile().toConfigMap();
    assertThat(json(ours.data().get("selectors"))).isEqualTo(json(golden.data().get("selectors")));
    assertThat(Manifests.differences(withoutSelectors(golden), withoutSelectors(ours))).isEmpty();
  }

  static ConfigMap withoutSelectors(ConfigMap cm) {
    Map<String, String> data = new HashMap<>(cm.data());
    data.remove("selectors");
    return cm.withData(data);
  }

  @Test
  void badValuesFailWithTheKeyAndExpectedForm() {
    ConfigMap cm = tutorialProfile().toConfigMap();
    Map<String, String> data = new HashMap<>(cm.data());
    data.put("tlsEnable", "yes");
    assertThatThrownBy(() -> VciProfile.fromConfigMap(cm.withData(data)))
        .hasMessage("data.tlsEnable: 'yes' is not valid; expected \"true\" or \"false\"");
    data.put("tlsEnable", "true");
    data.put("selectors", "[{\"name\": ");
    assertThatThrownBy(() -> VciProfile.fromConfigMap(cm.withData(data)))
        .hasMessageStartingWith("data.selectors: ")
        .hasMessageEndingWith("expected a JSON array of {name, namespaceSelector, objectSelector, effect}");
    data.put("selectors", "[]");
    data.put("preferredSubnetIds", "subnet-a,,subnet-b");
    assertThatThrownBy(() -> VciProfile.fromConfigMap(cm.withData(data)))
        .hasMessageContaining("data.preferredSubnetIds[1]: empty item");
    assertThatThrownBy(() -> Vci.profile().addSelectors(ProfileSelector.builder().build()).build())
        .hasMessage("data.selectors[0].name: absent; expected a name for the selector");
  }

  @Test
  void theBundleIsNamespaceRbacAndProfileInApplyOrder() {
    String yaml = Vci.profileBundleYaml(tutorialProfile(), "argo-jobs");
    List<Resource> docs = Manifests.readAll(yaml);
    assertThat(docs).hasExactlyElementsOfTypes(Namespace.class, ServiceAccount.class, Role.class, RoleBinding.class,
        ConfigMap.class);
    assertThat(((Namespace) docs.get(0)).metadata().labels()).isEqualTo(Map.of("vci", "true"));
    assertThat(((ServiceAccount) docs.get(1)).metadata().namespace()).isEqualTo("argo-jobs");
    assertThat(VciProfile.fromConfigMap((ConfigMap) docs.get(4))).isEqualTo(tutorialProfile());
  }

  @Test
  void theBundleNeedsANamespaceSelectorByLabel() {
    assertThatThrownBy(() -> Vci.profileBundle(Vci.profile().build(), "jobs"))
        .hasMessageContaining("no namespaceSelector.matchLabels");
  }
}
