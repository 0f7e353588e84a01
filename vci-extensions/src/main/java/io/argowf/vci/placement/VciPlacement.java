package io.argowf.vci.placement;

import io.argowf.model.workflow.Metadata;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.vci.internal.Checks;
import io.argowf.vci.internal.TemplateEdits;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Method 1: where VCI should run a pod, as the pod annotations VKE reads. A placement is a value: apply it to a
 * whole workflow (it goes to {@code spec.podMetadata}) or to chosen templates (their {@code metadata}), to a
 * workflow you build or to one read from YAML, so an existing workflow moves to VCI without being rewritten.
 *
 * <pre>{@code
 * VciPlacement vci = Vci.placement()
 *     .burstToVci()
 *     .subnets("subnet-5g1mi8e6aby873inqlbgzmar")
 *     .instanceFamilies("vci.u1")
 *     .build();
 *
 * Workflow all = vci.apply(workflow);                                // every pod
 * Workflow some = vci.forTemplates("render-blender").apply(workflow); // only these templates' pods
 * Template one = vci.forTemplate().apply(template);                  // or a DSL .customize(...)
 * }</pre>
 *
 * <p>Keys and how sure we are of them ([doc] Volcengine's docs, [seed] only the tutorial): see the constants.
 * Keys this class does not know go through {@link Builder#annotation(String, String)}.
 */
public final class VciPlacement implements UnaryOperator<Workflow> {
  /** [doc] {@code enforce} forces the pod onto VCI; the only documented value. */
  public static final String BURST_TO_VCI = "vke.volcengine.com/burst-to-vci";
  /** [doc] comma-separated subnet IDs; default: the cluster's pod subnet. */
  public static final String PREFERRED_SUBNET_IDS = "vke.volcengine.com/preferred-subnet-ids";
  /** [doc] comma-separated security group IDs; default: the cluster's pod security group. */
  public static final String SECURITY_GROUP_IDS = "vke.volcengine.com/security-group-ids";
  /** [doc] comma-separated instance families in priority order; default {@code vci.u1}; required for GPU pods. */
  public static final String PREFERRED_INSTANCE_FAMILY = "vci.vke.volcengine.com/preferred-instance-family";
  /** [doc] comma-separated instance types in priority order, e.g. {@code vci.g1v.2xlarge}. */
  public static final String PREFERRED_INSTANCE_TYPES = "vci.vke.volcengine.com/preferred-instance-types";
  /** [doc] {@code "false"} skips kube-proxy for a faster start; default {@code "true"}. */
  public static final String KUBE_PROXY_ENABLED = "vci.vke.volcengine.com/kube-proxy-enabled";
  /** [doc] system storage in whole GiB, 40 to 500 (an invitation-only feature). */
  public static final String DESIRED_SYSTEM_STORAGE = "vci.vke.volcengine.com/desired-system-storage";
  /** [seed] {@code "true"} collects the pod's logs to TLS, Volcengine's log service. Note the other prefix. */
  public static final String TLS_ENABLE = "vci.volcengine.com/tls-enable";
  /** The one value of {@link #BURST_TO_VCI}. */
  public static final String ENFORCE = "enforce";

  private final Map<String, String> annotations;
  private final Map<String, String> labels;

  private VciPlacement(Map<String, String> annotations, Map<String, String> labels) {
    this.annotations = Collections.unmodifiableMap(new LinkedHashMap<>(annotations));
    this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  /**
   * A new placement, empty until you say where.
   *
   * <pre>{@code
   * VciPlacement vci = VciPlacement.builder().burstToVci().instanceFamilies("vci.u1").build();   // same as Vci.placement()
   * }</pre>
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the pod annotations this placement sets, in the order given */
  public Map<String, String> annotations() {
    return annotations;
  }

  /** @return the pod labels this placement sets (only {@link Builder#burstToVciAsLabel()} makes one) */
  public Map<String, String> labels() {
    return labels;
  }

  /**
   * Places every pod of a workflow: adds the annotations and labels to {@code spec.podMetadata}, keeping what is
   * there (a key the placement sets takes the placement's value).
   *
   * @param workflow the workflow, built or read from YAML
   * @return a copy with the placement
   */
  @Override
  public Workflow apply(Workflow workflow) {
    WorkflowSpec spec = Objects.requireNonNull(workflow.spec(), "workflow has no spec");
    return workflow.withSpec(spec.withPodMetadata(merge(spec.podMetadata())));
  }

  /**
   * This placement for one template at a time, e.g. a DSL template's {@code .customize(...)}.
   *
   * @return a transform that adds the annotations and labels to a template's {@code metadata}
   */
  public UnaryOperator<Template> forTemplate() {
    return t -> t.withMetadata(merge(t.metadata()));
  }

  /**
   * This placement for some templates of a workflow, by name.
   *
   * <pre>{@code
   * Workflow moved = vci.forTemplates("render-blender").apply(Manifests.read(yaml, Workflow.class));
   * }</pre>
   *
   * @param templateNames the templates whose pods go to VCI
   * @return a workflow transform; it fails naming the missing template and the ones there are
   */
  public UnaryOperator<Workflow> forTemplates(String... templateNames) {
    List<String> names = List.of(templateNames);
    return wf -> TemplateEdits.onTemplates(wf, names, forTemplate());
  }

  private Metadata merge(Metadata existing) {
    return TemplateEdits.merge(existing, annotations, labels);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VciPlacement p && p.annotations.equals(annotations) && p.labels.equals(labels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(annotations, labels);
  }

  @Override
  public String toString() {
    return "VciPlacement" + annotations + (labels.isEmpty() ? "" : " labels" + labels);
  }

  /** Builds a {@link VciPlacement}; each method checks its value and fails naming the key and expected form. */
  public static final class Builder {
    private final Map<String, String> annotations = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Forces pods onto VCI: annotation {@code vke.volcengine.com/burst-to-vci: enforce}, as VKE reads it [doc].
     */
    public Builder burstToVci() {
      annotations.put(BURST_TO_VCI, ENFORCE);
      return this;
    }

    /**
     * Forces pods onto VCI with a <em>label</em> {@code vke.volcengine.com/burst-to-vci: enforce}, as self-built
     * clusters with vci-admission read it [doc]. Combine with {@link #burstToVci()} to serve both.
     */
    public Builder burstToVciAsLabel() {
      labels.put(BURST_TO_VCI, ENFORCE);
      return this;
    }

    /**
     * Preferred subnets; VKE picks the one with most free IPs [doc].
     *
     * @param subnetIds e.g. {@code subnet-5g1mi8e6aby873inqlbgzmar}
     * @throws IllegalArgumentException for an ID not of the form {@code subnet-[a-z0-9]+}
     */
    public Builder subnets(String... subnetIds) {
      return list(PREFERRED_SUBNET_IDS, subnetIds, Checks.SUBNET);
    }

    /**
     * Security groups of the pods [doc].
     *
     * @param securityGroupIds e.g. {@code sg-13fbyz0sjbbpc3n6nu4l8cwi3}
     * @throws IllegalArgumentException for an ID not of the form {@code sg-[a-z0-9]+}
     */
    public Builder securityGroups(String... securityGroupIds) {
      return list(SECURITY_GROUP_IDS, securityGroupIds, Checks.SECURITY_GROUP);
    }

    /**
     * Instance families in priority order [doc]; required for GPU pods.
     *
     * @param families e.g. {@code vci.u1}
     * @throws IllegalArgumentException for a family not of the form {@code vci.[a-z0-9]+}
     */
    public Builder instanceFamilies(String... families) {
      return list(PREFERRED_INSTANCE_FAMILY, families, Checks.FAMILY);
    }

    /**
     * Instance types in priority order [doc].
     *
     * @param types e.g. {@code vci.g1v.2xlarge}
     * @throws IllegalArgumentException for a type not of the form {@code vci.family.size}
     */
    public Builder instanceTypes(String... types) {
      return list(PREFERRED_INSTANCE_TYPES, types, Checks.TYPE);
    }

    /**
     * Whether VCI runs kube-proxy in the pod [doc]; {@code false} starts faster but the pod cannot reach
     * Services by cluster IP.
     *
     * @param enabled the switch
     */
    public Builder kubeProxy(boolean enabled) {
      annotations.put(KUBE_PROXY_ENABLED, Boolean.toString(enabled));
      return this;
    }

    /**
     * The pod's system storage [doc, invitation-only].
     *
     * @param gib whole GiB, 40 to 500
     * @throws IllegalArgumentException when out of range
     */
    public Builder systemStorageGiB(int gib) {
      String value = Integer.toString(gib);
      Checks.storage(DESIRED_SYSTEM_STORAGE, value).ifPresent(p -> {
        throw new IllegalArgumentException(p);
      });
      annotations.put(DESIRED_SYSTEM_STORAGE, value);
      return this;
    }

    /**
     * Collects the pods' logs to TLS, Volcengine's log service [seed].
     *
     * @param enabled the switch
     */
    public Builder logCollection(boolean enabled) {
      annotations.put(TLS_ENABLE, Boolean.toString(enabled));
      return this;
    }

    /**
     * Any other annotation: the escape hatch for keys this class does not know yet.
     *
     * @param key e.g. {@code vci.vke.volcengine.com/some-new-key}
     */
    public Builder annotation(String key, String value) {
      annotations.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** @return the placement */
    public VciPlacement build() {
      return new VciPlacement(annotations, labels);
    }

    private Builder list(String key, String[] items, Checks.Form form) {
      List<String> all = Arrays.asList(items);
      Checks.requireAll(key, all, form);
      annotations.put(key, String.join(",", all));
      return this;
    }
  }
}
