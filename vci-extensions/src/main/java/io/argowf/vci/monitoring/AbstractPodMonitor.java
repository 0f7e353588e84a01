package io.argowf.vci.monitoring;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.argowf.model.k8s.HasMetadata;
import io.argowf.model.style.Nullable;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.style.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The Prometheus Operator's {@code PodMonitor} ({@code monitoring.coreos.com/v1}): tells a Prometheus which pods
 * to scrape. Only the fields the tutorial and common use need are typed; the rest are kept in
 * {@code unknownFields()}. {@code Manifests} reads and writes it like any other kind.
 *
 * <pre>{@code
 * PodMonitor pm = Vci.controllerPodMonitor("argo", MetricsTransport.HTTP);
 * String yaml = Manifests.toYaml(pm);
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = PodMonitor.class)
@JsonDeserialize(as = PodMonitor.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
abstract class AbstractPodMonitor implements HasMetadata {
  /** The kind's apiVersion. */
  public static final String API_VERSION = "monitoring.coreos.com/v1";
  /** The kind's name. */
  public static final String KIND = "PodMonitor";

  /** @return {@code monitoring.coreos.com/v1}, or null when unset (written for a top-level object) */
  @JsonProperty("apiVersion")
  @Nullable
  @Override
  @Value.Auxiliary
  public abstract String apiVersion();

  /** @return {@code PodMonitor}, or null when unset (written for a top-level object) */
  @JsonProperty("kind")
  @Nullable
  @Override
  @Value.Auxiliary
  public abstract String kind();

  /** @return name, namespace and labels (a managed Prometheus may select monitors by label), or null */
  @JsonProperty("metadata")
  @Nullable
  @Override
  public abstract ObjectMeta metadata();

  /** @return which pods and endpoints to scrape, or null */
  @JsonProperty("spec")
  @Nullable
  public abstract PodMonitorSpec spec();

  /** @return fields the model does not know, kept verbatim; never null */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();
}
