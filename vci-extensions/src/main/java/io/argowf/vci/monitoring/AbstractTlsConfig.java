package io.argowf.vci.monitoring;

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
 * TLS settings of a {@link PodMetricsEndpoint} ({@code tlsConfig}); CA and client certificates stay in
 * {@code unknownFields()}.
 *
 * <pre>{@code
 * TlsConfig selfSigned = TlsConfig.builder().insecureSkipVerify(true).build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = TlsConfig.class)
@JsonDeserialize(as = TlsConfig.class)
@JsonPropertyOrder({"insecureSkipVerify", "serverName"})
abstract class AbstractTlsConfig {
  /** @return whether to accept any certificate (Argo's self-signed one), or null */
  @JsonProperty("insecureSkipVerify")
  @Nullable
  public abstract Boolean insecureSkipVerify();

  /** @return the name to verify the certificate against, or null */
  @JsonProperty("serverName")
  @Nullable
  public abstract String serverName();

  /** @return fields the model does not know, kept verbatim; never null */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();
}
