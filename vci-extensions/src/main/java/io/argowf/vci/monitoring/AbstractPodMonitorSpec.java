package io.argowf.vci.monitoring;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.argowf.model.style.Nullable;
import io.argowf.model.k8s.LabelSelector;
import io.argowf.model.style.ModelStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The {@code spec} of a {@link PodMonitor}.
 *
 * <pre>{@code
 * PodMonitorSpec spec = PodMonitorSpec.builder()
 *     .namespaceSelector(NamespaceSelector.builder().addMatchNames("argo").build())
 *     .selector(LabelSelector.builder().putMatchLabels("app", "workflow-controller").build())
 *     .addPodMetricsEndpoints(PodMetricsEndpoint.builder().port("metrics").path("/metrics").interval("15s").build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = PodMonitorSpec.class)
@JsonDeserialize(as = PodMonitorSpec.class)
@JsonPropertyOrder({"jobLabel", "namespaceSelector", "podMetricsEndpoints", "selector"})
abstract class AbstractPodMonitorSpec {
  /** @return the pod label whose value becomes the {@code job} label, or null */
  @JsonProperty("jobLabel")
  @Nullable
  public abstract String jobLabel();

  /** @return the namespaces to look in, or null (the monitor's own) */
  @JsonProperty("namespaceSelector")
  @Nullable
  public abstract NamespaceSelector namespaceSelector();

  /** @return the endpoints to scrape on each pod, or null */
  @JsonProperty("podMetricsEndpoints")
  @Nullable
  public abstract List<PodMetricsEndpoint> podMetricsEndpoints();

  /** @return the pods to scrape, by label, or null */
  @JsonProperty("selector")
  @Nullable
  public abstract LabelSelector selector();

  /** @return fields the model does not know, kept verbatim; never null */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();
}
