package io.argowf.vci.monitoring;

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
 * Which namespaces a {@link PodMonitor} looks in.
 *
 * <pre>{@code
 * NamespaceSelector ns = NamespaceSelector.builder().addMatchNames("argo").build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = NamespaceSelector.class)
@JsonDeserialize(as = NamespaceSelector.class)
@JsonPropertyOrder({"any", "matchNames"})
abstract class AbstractNamespaceSelector {
  /** @return whether every namespace, or null */
  @JsonProperty("any")
  @Nullable
  public abstract Boolean any();

  /** @return the namespaces by name, or null */
  @JsonProperty("matchNames")
  @Nullable
  public abstract List<String> matchNames();

  /** @return fields the model does not know, kept verbatim; never null */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();
}
