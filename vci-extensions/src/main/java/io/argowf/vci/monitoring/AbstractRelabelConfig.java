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
 * A Prometheus relabeling rule.
 *
 * <pre>{@code
 * RelabelConfig app = RelabelConfig.builder().action("replace").replacement("argo").targetLabel("app").build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = RelabelConfig.class)
@JsonDeserialize(as = RelabelConfig.class)
@JsonPropertyOrder({"action", "modulus", "regex", "replacement", "separator", "sourceLabels", "targetLabel"})
abstract class AbstractRelabelConfig {
  /** @return e.g. {@code replace}, {@code keep}, {@code drop}, or null ({@code replace}) */
  @JsonProperty("action")
  @Nullable
  public abstract String action();

  /** @return the modulus for {@code hashmod}, or null */
  @JsonProperty("modulus")
  @Nullable
  public abstract Long modulus();

  /** @return the regular expression, or null */
  @JsonProperty("regex")
  @Nullable
  public abstract String regex();

  /** @return the replacement, or null */
  @JsonProperty("replacement")
  @Nullable
  public abstract String replacement();

  /** @return the separator of the source labels' values, or null */
  @JsonProperty("separator")
  @Nullable
  public abstract String separator();

  /** @return the labels read, or null */
  @JsonProperty("sourceLabels")
  @Nullable
  public abstract List<String> sourceLabels();

  /** @return the label written, or null */
  @JsonProperty("targetLabel")
  @Nullable
  public abstract String targetLabel();

  /** @return fields the model does not know, kept verbatim; never null */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();
}
