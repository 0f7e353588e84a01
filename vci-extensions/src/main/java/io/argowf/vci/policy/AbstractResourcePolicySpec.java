package io.argowf.vci.policy;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.argowf.model.style.Nullable;
import io.argowf.model.style.ModelStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The {@code spec} of a {@link ResourcePolicy}: which pods ({@code selector}, a label map) and the pools they
 * fill in priority order ({@code subsets}) [seed].
 *
 * <pre>{@code
 * ResourcePolicySpec spec = ResourcePolicySpec.builder()
 *     .putSelector("resource", "vci")
 *     .addSubsets(Subset.nodePool("ecs-pool", "pcodl592d75mk89oame6g", 5), Subset.vci("vci-pool", 100))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ResourcePolicySpec.class)
@JsonDeserialize(as = ResourcePolicySpec.class)
@JsonPropertyOrder({"selector", "subsets"})
abstract class AbstractResourcePolicySpec {
  /** @return the labels a pod must carry to be placed by the policy, or null */
  @JsonProperty("selector")
  @Nullable
  public abstract Map<String, String> selector();

  /** @return the pools, first filled first, or null */
  @JsonProperty("subsets")
  @Nullable
  public abstract List<Subset> subsets();

  /** @return fields the model does not know, kept verbatim; never null */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();
}
