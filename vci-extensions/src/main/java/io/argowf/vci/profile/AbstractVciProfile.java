package io.argowf.vci.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.argowf.model.Manifests;
import io.argowf.model.style.Nullable;
import io.argowf.model.k8s.ConfigMap;
import io.argowf.model.k8s.LabelSelector;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.style.ModelStyle;
import io.argowf.vci.internal.Checks;
import io.argowf.vci.internal.PrettyJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Method 3: the cluster-wide {@code vci-profile} ConfigMap ({@code kube-system/vci-profile}, read by
 * vci-virtual-kubelet 1.26.1 and later [doc]) whose selectors send pods to VCI with no change to the workflows.
 * Typed here, written as and read back from the ConfigMap ({@code selectors} is a JSON string there, as
 * ConfigMap values are strings). The keys are known from the tutorial only [seed]; keys this class does not
 * know are kept in {@link #otherKeys()}.
 *
 * <pre>{@code
 * VciProfile profile = VciProfile.builder()
 *     .preferredSubnetIds(List.of("subnet-5g1mi8e6aby873inqlbgzmar"))
 *     .enforceSelectorToVci(true)
 *     .addSelectors(ProfileSelector.builder()
 *         .name("selector-argo-jobs-namespace")
 *         .namespaceSelector(LabelSelector.builder().putMatchLabels("vci", "true").build())
 *         .build())
 *     .build();
 * ConfigMap cm = profile.toConfigMap();
 * VciProfile same = VciProfile.fromConfigMap(cm);
 * }</pre>
 */
@Value.Immutable
@ModelStyle
abstract class AbstractVciProfile {
  private static final ObjectMapper JSON = Manifests.jsonMapper();
  /** The ConfigMap's name [seed]. */
  public static final String NAME = "vci-profile";
  /** The ConfigMap's namespace [seed]. */
  public static final String NAMESPACE = "kube-system";
  /** [seed] value of {@code securityContextPrivilegedConfig} and {@code volumesHostPathConfig}: drop it, run the pod. */
  public static final String IGNORE = "ignore";
  /** [seed] value of {@code dnsPolicyClusterFirstWithHostNetConfig}. */
  public static final String CLUSTER_FIRST = "clusterFirst";
  /** [seed] value of {@code hostIpConfig}: report the pod's IP as the host IP. */
  public static final String POD_IP = "podIp";

  private static final List<String> KEYS = List.of("preferredSubnetIds", "tlsEnable", "securityContextPrivilegedConfig",
      "dnsPolicyClusterFirstWithHostNetConfig", "volumesHostPathConfig", "hostIpConfig", "enforceSelectorToVci",
      "selectors");

  /** @return subnets for the pods, in order (written comma-separated), or null */
  @Nullable
  public abstract List<String> preferredSubnetIds();

  /** @return whether pods' logs go to TLS, Volcengine's log service, or null */
  @Nullable
  public abstract Boolean tlsEnable();

  /** @return what to do with {@code privileged: true}, e.g. {@link #IGNORE}, or null */
  @Nullable
  public abstract String securityContextPrivilegedConfig();

  /** @return what to do with {@code dnsPolicy: ClusterFirstWithHostNet}, e.g. {@link #CLUSTER_FIRST}, or null */
  @Nullable
  public abstract String dnsPolicyClusterFirstWithHostNetConfig();

  /** @return what to do with {@code hostPath} volumes, e.g. {@link #IGNORE}, or null */
  @Nullable
  public abstract String volumesHostPathConfig();

  /** @return what {@code status.hostIP} shows, e.g. {@link #POD_IP}, or null */
  @Nullable
  public abstract String hostIpConfig();

  /** @return whether matched pods must go to VCI (rather than may), or null */
  @Nullable
  public abstract Boolean enforceSelectorToVci();

  /** @return the selectors, in order, or null */
  @Nullable
  public abstract List<ProfileSelector> selectors();

  /** @return other keys of the ConfigMap, kept verbatim (the escape hatch for keys not typed here) */
  public abstract Map<String, String> otherKeys();

  @Value.Check
  void check() {
    if (preferredSubnetIds() != null) Checks.requireAll("data.preferredSubnetIds", preferredSubnetIds(), Checks.SUBNET);
    if (selectors() != null) {
      for (int i = 0; i < selectors().size(); i++) {
        String name = selectors().get(i).name();
        if (name == null || name.isBlank()) {
          throw new IllegalArgumentException("data.selectors[" + i + "].name: absent; expected a name for the selector");
        }
      }
    }
    for (String k : otherKeys().keySet()) {
      if (KEYS.contains(k)) throw new IllegalArgumentException("data." + k + ": set it with its own method, not otherKeys");
    }
  }

  /**
   * The labels a namespace needs for this profile's namespace selectors to match it: the {@code matchLabels} of
   * every selector's {@code namespaceSelector}.
   *
   * @return the labels, empty when no selector selects namespaces by label
   */
  public Map<String, String> namespaceLabels() {
    Map<String, String> out = new LinkedHashMap<>();
    if (selectors() == null) return out;
    for (ProfileSelector s : selectors()) {
      LabelSelector ns = s.namespaceSelector();
      if (ns != null && ns.matchLabels() != null) out.putAll(ns.matchLabels());
    }
    return out;
  }

  /**
   * The ConfigMap {@code kube-system/vci-profile}, with {@code selectors} as indented JSON text.
   */
  public ConfigMap toConfigMap() {
    Map<String, String> data = new LinkedHashMap<>();
    if (preferredSubnetIds() != null) data.put("preferredSubnetIds", String.join(",", preferredSubnetIds()));
    if (tlsEnable() != null) data.put("tlsEnable", tlsEnable().toString());
    if (securityContextPrivilegedConfig() != null) data.put("securityContextPrivilegedConfig", securityContextPrivilegedConfig());
    if (dnsPolicyClusterFirstWithHostNetConfig() != null) {
      data.put("dnsPolicyClusterFirstWithHostNetConfig", dnsPolicyClusterFirstWithHostNetConfig());
    }
    if (volumesHostPathConfig() != null) data.put("volumesHostPathConfig", volumesHostPathConfig());
    if (hostIpConfig() != null) data.put("hostIpConfig", hostIpConfig());
    if (enforceSelectorToVci() != null) data.put("enforceSelectorToVci", enforceSelectorToVci().toString());
    if (selectors() != null) data.put("selectors", PrettyJson.write(selectors()));
    data.putAll(otherKeys());
    return ConfigMap.builder()
        .metadata(ObjectMeta.builder().name(NAME).namespace(NAMESPACE).build())
        .data(data)
        .build();
  }

  /**
   * Reads a profile back from its ConfigMap.
   *
   * <pre>{@code
   * VciProfile profile = VciProfile.fromConfigMap(Manifests.read(Path.of("vci-profile.yaml"), ConfigMap.class));
   * }</pre>
   *
   * @param configMap the {@code vci-profile} ConfigMap, e.g. from {@code Manifests.read(file, ConfigMap.class)}
   * @throws IllegalArgumentException naming the key ({@code data.selectors}, ...) and the expected form
   */
  public static VciProfile fromConfigMap(ConfigMap configMap) {
    Map<String, String> data = new LinkedHashMap<>(configMap.data() == null ? Map.of() : configMap.data());
    VciProfile.Builder b = VciProfile.builder();
    String subnets = data.remove("preferredSubnetIds");
    if (subnets != null) b.preferredSubnetIds(new ArrayList<>(Arrays.asList(subnets.split(",", -1))));
    b.tlsEnable(bool(data.remove("tlsEnable"), "data.tlsEnable"));
    b.securityContextPrivilegedConfig(data.remove("securityContextPrivilegedConfig"));
    b.dnsPolicyClusterFirstWithHostNetConfig(data.remove("dnsPolicyClusterFirstWithHostNetConfig"));
    b.volumesHostPathConfig(data.remove("volumesHostPathConfig"));
    b.hostIpConfig(data.remove("hostIpConfig"));
    b.enforceSelectorToVci(bool(data.remove("enforceSelectorToVci"), "data.enforceSelectorToVci"));
    String selectors = data.remove("selectors");
    if (selectors != null) b.selectors(selectors(selectors));
    return b.otherKeys(data).build();
  }

  private static Boolean bool(String text, String path) {
    if (text == null) return null;
    Checks.bool(path, text).ifPresent(p -> {
      throw new IllegalArgumentException(p);
    });
    return Boolean.valueOf(text);
  }

  private static List<ProfileSelector> selectors(String json) {
    try {
      return JSON.readValue(json, new TypeReference<List<ProfileSelector>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("data.selectors: " + e.getOriginalMessage()
          + "; expected a JSON array of {name, namespaceSelector, objectSelector, effect}", e);
    }
  }
}
