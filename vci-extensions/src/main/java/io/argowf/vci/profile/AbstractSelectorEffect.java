package io.argowf.vci.profile;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.argowf.model.style.Nullable;
import io.argowf.model.style.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What a {@link ProfileSelector} does to each pod it matches: annotations and labels it adds [seed].
 *
 * <pre>{@code
 * SelectorEffect effect = SelectorEffect.builder()
 *     .putAnnotations("vci.volcengine.com/tls-enable", "true")
 *     .putLabels("created-by-vci", "true")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = SelectorEffect.class)
@JsonDeserialize(as = SelectorEffect.class)
@JsonPropertyOrder({"annotations", "labels"})
abstract class AbstractSelectorEffect {
  /** @return annotations added to the pod, or null */
  @JsonProperty("annotations")
  @Nullable
  public abstract Map<String, String> annotations();

  /** @return labels added to the pod, or null */
  @JsonProperty("labels")
  @Nullable
  public abstract Map<String, String> labels();

  /** @return fields the model does not know, kept verbatim; never null */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();
}
