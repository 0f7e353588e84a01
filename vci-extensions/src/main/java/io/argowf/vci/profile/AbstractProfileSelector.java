package io.argowf.vci.profile;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.argowf.model.style.Nullable;
import io.argowf.model.k8s.LabelSelector;
import io.argowf.model.style.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One selector of a {@link VciProfile}: pods of the namespaces matching {@code namespaceSelector} and whose own
 * labels match {@code objectSelector} (both Kubernetes label selectors: {@code matchLabels},
 * {@code matchExpressions}) go to VCI, with {@code effect}'s annotations and labels added [seed; the same shape as
 * Alibaba ECI's eci-profile, 3rd].
 *
 * <pre>{@code
 * ProfileSelector jobs = ProfileSelector.builder()
 *     .name("selector-argo-jobs-namespace")
 *     .namespaceSelector(LabelSelector.builder().putMatchLabels("vci", "true").build())
 *     .effect(SelectorEffect.builder().putLabels("created-by-vci", "true").build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ProfileSelector.class)
@JsonDeserialize(as = ProfileSelector.class)
@JsonPropertyOrder({"name", "namespaceSelector", "objectSelector", "effect"})
abstract class AbstractProfileSelector {
  /** @return the selector's name */
  @JsonProperty("name")
  @Nullable
  public abstract String name();

  /** @return which namespaces, or null (any) */
  @JsonProperty("namespaceSelector")
  @Nullable
  public abstract LabelSelector namespaceSelector();

  /** @return which pods, by their labels, or null (any) */
  @JsonProperty("objectSelector")
  @Nullable
  public abstract LabelSelector objectSelector();

  /** @return what is added to the matched pods, or null */
  @JsonProperty("effect")
  @Nullable
  public abstract SelectorEffect effect();

  /** @return fields the model does not know, kept verbatim; never null */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();
}
