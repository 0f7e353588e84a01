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
 * One endpoint a {@link PodMonitor} scrapes on each selected pod.
 *
 * <pre>{@code
 * PodMetricsEndpoint e = PodMetricsEndpoint.builder().port("metrics").path("/metrics").interval("15s").build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = PodMetricsEndpoint.class)
@JsonDeserialize(as = PodMetricsEndpoint.class)
@JsonPropertyOrder({"interval", "path", "port", "scheme", "scrapeTimeout", "tlsConfig", "honorLabels",
    "relabelings", "metricRelabelings"})
abstract class AbstractPodMetricsEndpoint {
  /** @return how often, e.g. {@code 15s}, or null */
  @JsonProperty("interval")
  @Nullable
  public abstract String interval();

  /** @return the HTTP path, e.g. {@code /metrics}, or null */
  @JsonProperty("path")
  @Nullable
  public abstract String path();

  /** @return the container port's name, e.g. {@code metrics}, or null */
  @JsonProperty("port")
  @Nullable
  public abstract String port();

  /** @return {@code http} or {@code https}, or null (http) */
  @JsonProperty("scheme")
  @Nullable
  public abstract String scheme();

  /** @return the scrape timeout, e.g. {@code 10s}, or null */
  @JsonProperty("scrapeTimeout")
  @Nullable
  public abstract String scrapeTimeout();

  /** @return TLS settings for https, or null */
  @JsonProperty("tlsConfig")
  @Nullable
  public abstract TlsConfig tlsConfig();

  /** @return whether the scraped labels win over the target's, or null */
  @JsonProperty("honorLabels")
  @Nullable
  public abstract Boolean honorLabels();

  /** @return relabelings of the target before scraping, or null */
  @JsonProperty("relabelings")
  @Nullable
  public abstract List<RelabelConfig> relabelings();

  /** @return relabelings of the samples after scraping, or null */
  @JsonProperty("metricRelabelings")
  @Nullable
  public abstract List<RelabelConfig> metricRelabelings();

  /** @return fields the model does not know, kept verbatim; never null */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();
}
