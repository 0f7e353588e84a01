package io.argowf.vci.policy;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.argowf.model.style.Nullable;
import io.argowf.model.k8s.NodeSelectorRequirement;
import io.argowf.model.k8s.Toleration;
import io.argowf.model.style.ModelStyle;
import io.argowf.vci.internal.VciKeys;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One resource pool of a {@link ResourcePolicy} [seed]: the nodes it means ({@code nodeSelectorTerm}, with the
 * {@code tolerations} their taints need) and how many of the selected pods it takes.
 *
 * <pre>{@code
 * Subset ecs = Subset.nodePool("ecs-pool", "pcodl592d75mk89oame6g", 5).withWhenNotReachMax(Subset.SCHEDULE_ANYWAY);
 * Subset vci = Subset.vci("vci-pool", 100);
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = Subset.class)
@JsonDeserialize(as = Subset.class)
@JsonPropertyOrder({"name", "maxReplicas", "maxReplicasRatio", "whenNotReachMax", "nodeSelectorTerm", "tolerations"})
abstract class AbstractSubset {
  /** [seed] {@code whenNotReachMax} value the tutorial uses on its node pool; the exact behaviour is unconfirmed [?]. */
  public static final String SCHEDULE_ANYWAY = "ScheduleAnyWay";
  /** [seed] The other {@code whenNotReachMax} value the tutorial names; the exact behaviour is unconfirmed [?]. */
  public static final String DO_NOT_SCHEDULE = "DoNotSchedule";
  /** [doc] The label VKE puts on each node of a machine pool. */
  public static final String MACHINE_POOL_LABEL = "cluster.vke.volcengine.com/machinepool-name";
  /** [doc] The label of VCI virtual nodes, with value {@link #VIRTUAL_KUBELET}. */
  public static final String NODE_TYPE_LABEL = VciKeys.NODE_TYPE_LABEL;
  /** [doc] The {@code type} label's value on VCI virtual nodes. */
  public static final String VIRTUAL_KUBELET = VciKeys.VIRTUAL_KUBELET;
  /** [seed, 3rd] The taint key on VCI virtual nodes ({@code =vci:NoSchedule}). */
  public static final String VCI_TAINT_KEY = "vci.vke.volcengine.com/node-type";

  /** @return the pool's name, or null */
  @JsonProperty("name")
  @Nullable
  public abstract String name();

  /** @return the most selected pods this pool takes, or null */
  @JsonProperty("maxReplicas")
  @Nullable
  public abstract Integer maxReplicas();

  /**
   * The tutorial's {@code maxReplicasRatio}, kept verbatim [seed]: a string such as {@code "0.1"}. Its meaning is
   * unconfirmed [?]: the tutorial's comment reads it as a share of the selected pods beyond which the pool takes no
   * more, yet it sets {@code "0.1"} on both pools, which that reading does not explain, and no Volcengine field
   * table was seen. argowf never sets it for you; add it with {@code withMaxReplicasRatio("0.1")} to match the
   * tutorial.
   *
   * @return the ratio as written, or null
   */
  @JsonProperty("maxReplicasRatio")
  @Nullable
  public abstract String maxReplicasRatio();

  /** @return {@link #SCHEDULE_ANYWAY} or {@link #DO_NOT_SCHEDULE}, or null */
  @JsonProperty("whenNotReachMax")
  @Nullable
  public abstract String whenNotReachMax();

  /** @return the node selector requirements that define the pool, or null */
  @JsonProperty("nodeSelectorTerm")
  @Nullable
  public abstract List<NodeSelectorRequirement> nodeSelectorTerm();

  /** @return tolerations for the pool's taints, or null */
  @JsonProperty("tolerations")
  @Nullable
  public abstract List<Toleration> tolerations();

  /** @return fields the model does not know, kept verbatim; never null */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /**
   * A pool of the nodes of one VKE machine (node) pool.
   *
   * <pre>{@code
   * Subset ecs = Subset.nodePool("ecs-pool", "pcodl592d75mk89oame6g", 5);
   * }</pre>
   *
   * @param name the subset's name, e.g. {@code ecs-pool}
   * @param machinePoolId the node pool's ID, e.g. {@code pcodl592d75mk89oame6g}
   * @param maxReplicas the most selected pods it takes
   */
  public static Subset nodePool(String name, String machinePoolId, int maxReplicas) {
    return Subset.builder().name(name).maxReplicas(maxReplicas)
        .addNodeSelectorTerm(in(MACHINE_POOL_LABEL, machinePoolId))
        .build();
  }

  /**
   * A pool of VCI virtual nodes: nodes labelled {@code type: virtual-kubelet}, tolerating their taint.
   *
   * <pre>{@code
   * Subset vci = Subset.vci("vci-pool", 100);
   * }</pre>
   *
   * @param name the subset's name, e.g. {@code vci-pool}
   * @param maxReplicas the most selected pods it takes
   */
  public static Subset vci(String name, int maxReplicas) {
    return Subset.builder().name(name).maxReplicas(maxReplicas)
        .addNodeSelectorTerm(in(NODE_TYPE_LABEL, VIRTUAL_KUBELET))
        .addTolerations(io.argowf.model.k8s.Toleration.builder()
            .effect("NoSchedule").key(VCI_TAINT_KEY).operator("Equal").value("vci").build())
        .build();
  }

  private static NodeSelectorRequirement in(String key, String value) {
    return NodeSelectorRequirement.builder().key(key).operator("In").addValues(value).build();
  }
}
