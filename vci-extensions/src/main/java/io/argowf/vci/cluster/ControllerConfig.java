package io.argowf.vci.cluster;

import io.argowf.vci.internal.ExecutorYaml;
import io.argowf.model.ManifestException;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.ConfigMap;
import io.argowf.model.k8s.Container;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.k8s.Quantity;
import io.argowf.model.k8s.ResourceRequirements;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Argo's {@code workflow-controller-configmap}: here, mainly the executor (argoexec) every workflow pod carries
 * as a sidecar, pulled from a regional mirror, with its own requests and limits. Its size adds to every pod's
 * size, so to every pod's bill. Other keys (e.g. {@code metricsConfig}) go in as YAML text via
 * {@link Builder#data(String, String)}.
 *
 * <pre>{@code
 * ControllerConfig config = Vci.controllerConfig()
 *     .executorImage(ControllerConfig.executorMirror("paas-cn-shanghai.cr.volces.com/argoproj", "v3.5.5"))
 *     .executorPullPolicy("IfNotPresent")
 *     .executorRequests("0.1", "64Mi")
 *     .executorLimits("0.5", "512Mi")
 *     .build();
 * ConfigMap cm = config.toConfigMap();
 * }</pre>
 */
public final class ControllerConfig {
  /** The ConfigMap's name, as Argo's install expects it. */
  public static final String NAME = "workflow-controller-configmap";
  /** The key holding the executor container as YAML text. */
  public static final String EXECUTOR_KEY = "executor";

  private final String namespace;
  private final Container executor;
  private final Map<String, String> otherData;

  private ControllerConfig(String namespace, Container executor, Map<String, String> otherData) {
    this.namespace = namespace;
    this.executor = executor;
    this.otherData = Collections.unmodifiableMap(new LinkedHashMap<>(otherData));
  }

  /**
   * A new configuration for Argo installed in namespace {@code argo}.
   *
   * <pre>{@code
   * ConfigMap cm = ControllerConfig.builder().namespace("argo").executorRequests("0.1", "64Mi").build().toConfigMap();
   * }</pre>
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The argoexec image in a mirror registry.
   *
   * <pre>{@code
   * String image = ControllerConfig.executorMirror("paas-cn-shanghai.cr.volces.com/argoproj", "v3.5.5");
   * }</pre>
   *
   * @param repository e.g. {@code paas-cn-shanghai.cr.volces.com/argoproj}
   * @param argoVersion the installed Argo version, e.g. {@code v3.5.5} (the executor must match the controller)
   * @return e.g. {@code paas-cn-shanghai.cr.volces.com/argoproj/argoexec:v3.5.5}
   */
  public static String executorMirror(String repository, String argoVersion) {
    return repository.replaceAll("/+$", "") + "/argoexec:" + argoVersion;
  }

  /**
   * Reads a configuration back from its ConfigMap.
   *
   * <pre>{@code
   * ResourceRequirements executor = ControllerConfig.fromConfigMap(Manifests.read(yaml, ConfigMap.class)).executorResources();
   * }</pre>
   *
   * @param configMap a {@code workflow-controller-configmap}
   * @return the configuration
   * @throws IllegalArgumentException naming {@code data.executor} when it is not a container in YAML
   */
  public static ControllerConfig fromConfigMap(ConfigMap configMap) {
    Map<String, String> data = configMap.data() == null ? Map.of() : configMap.data();
    Map<String, String> other = new LinkedHashMap<>(data);
    String executorText = other.remove(EXECUTOR_KEY);
    Container executor = null;
    if (executorText != null) {
      try {
        executor = Manifests.read(executorText, Container.class);
      } catch (ManifestException e) {
        throw new IllegalArgumentException("data.executor: " + e.getMessage()
            + "; expected a container in YAML (image, imagePullPolicy, resources)", e);
      }
    }
    String ns = configMap.metadata() == null ? null : configMap.metadata().namespace();
    return new ControllerConfig(ns == null ? "argo" : ns, executor, other);
  }

  /** @return the namespace Argo is installed in */
  public String namespace() {
    return namespace;
  }

  /** @return the executor container settings, or null when not set */
  public Container executor() {
    return executor;
  }

  /** @return the executor's requests and limits, or null */
  public ResourceRequirements executorResources() {
    return executor == null ? null : executor.resources();
  }

  /** @return the other keys, as YAML text each */
  public Map<String, String> otherData() {
    return otherData;
  }

  /** @return the ConfigMap, ready for {@code kubectl apply} */
  public ConfigMap toConfigMap() {
    Map<String, String> data = new LinkedHashMap<>();
    if (executor != null) data.put(EXECUTOR_KEY, ExecutorYaml.render(executor));
    data.putAll(otherData);
    return ConfigMap.builder()
        .metadata(ObjectMeta.builder().name(NAME).namespace(namespace).build())
        .data(data)
        .build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ControllerConfig c && c.namespace.equals(namespace) && Objects.equals(c.executor, executor)
        && c.otherData.equals(otherData);
  }

  @Override
  public int hashCode() {
    return Objects.hash(namespace, executor, otherData);
  }

  @Override
  public String toString() {
    return "ControllerConfig{" + namespace + ", executor=" + executor + ", other=" + otherData.keySet() + "}";
  }

  /** Builds a {@link ControllerConfig}. */
  public static final class Builder {
    private String namespace = "argo";
    private Container executor = Container.builder().build();
    private boolean executorSet;
    private final Map<String, String> otherData = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Where Argo is installed.
     *
     * @param namespace default {@code argo}
     */
    public Builder namespace(String namespace) {
      this.namespace = Objects.requireNonNull(namespace, "namespace");
      return this;
    }

    /**
     * The executor image.
     *
     * @param image e.g. from {@link #executorMirror(String, String)}
     */
    public Builder executorImage(String image) {
      return executor(executor.withImage(image));
    }

    /**
     * The executor's pull policy.
     *
     * @param policy {@code IfNotPresent}, {@code Always} or {@code Never}
     * @throws IllegalArgumentException for another value
     */
    public Builder executorPullPolicy(String policy) {
      if (!policy.equals("IfNotPresent") && !policy.equals("Always") && !policy.equals("Never")) {
        throw new IllegalArgumentException("executor.imagePullPolicy: '" + policy
            + "' is not valid; expected IfNotPresent, Always or Never");
      }
      return executor(executor.withImagePullPolicy(policy));
    }

    /**
     * The executor's requests.
     *
     * @param cpu e.g. {@code 0.1} or {@code 100m}
     * @param memory e.g. {@code 64Mi}
     */
    public Builder executorRequests(String cpu, String memory) {
      return executor(executor.withResources(resources().withRequests(size("requests", cpu, memory))));
    }

    /**
     * The executor's limits.
     *
     * @param cpu e.g. {@code 0.5}
     * @param memory e.g. {@code 512Mi}
     */
    public Builder executorLimits(String cpu, String memory) {
      return executor(executor.withResources(resources().withLimits(size("limits", cpu, memory))));
    }

    /**
     * Any other key of the ConfigMap, as Argo reads it: YAML text.
     *
     * @param key e.g. {@code metricsConfig}
     * @param yaml e.g. {@code "secure: false\n"}
     */
    public Builder data(String key, String yaml) {
      if (EXECUTOR_KEY.equals(key)) throw new IllegalArgumentException("data.executor: set it with the executor* methods");
      otherData.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(yaml, "yaml"));
      return this;
    }

    /** @return the configuration */
    public ControllerConfig build() {
      return new ControllerConfig(namespace, executorSet ? executor : null, otherData);
    }

    private Builder executor(Container c) {
      executor = c;
      executorSet = true;
      return this;
    }

    private ResourceRequirements resources() {
      return executor.resources() == null ? ResourceRequirements.builder().build() : executor.resources();
    }

    private static Map<String, Quantity> size(String where, String cpu, String memory) {
      Map<String, Quantity> m = new LinkedHashMap<>();
      m.put("cpu", quantity("executor.resources." + where + ".cpu", cpu));
      m.put("memory", quantity("executor.resources." + where + ".memory", memory));
      return m;
    }

    private static Quantity quantity(String path, String text) {
      Quantity q = Quantity.of(text);
      if (!q.isValid()) {
        throw new IllegalArgumentException(path + ": '" + text + "' is not a quantity; expected e.g. 500m, 0.5, 64Mi, 1Gi");
      }
      return q;
    }
  }
}
