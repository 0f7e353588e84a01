package io.argowf.vci.monitoring;

/**
 * How the workflow-controller's metrics port (9090, {@code /metrics}) speaks.
 *
 * <p>Argo's controller config {@code metricsConfig.secure} decides it; Argo's own configuration example says it
 * defaults to {@code true} (HTTPS with a self-signed certificate) in recent 3.x releases [3rd, not confirmed for
 * every version], while the tutorial scrapes plain HTTP [seed]. If the target shows a TLS or "HTTP response to
 * HTTPS client" error, pick the other one (or set {@code metricsConfig.secure: false}).
 *
 * <pre>{@code
 * PodMonitor pm = Vci.controllerPodMonitor("argo", MetricsTransport.HTTPS_SELF_SIGNED);
 * }</pre>
 */
public enum MetricsTransport {
  /** Plain HTTP, as the tutorial scrapes it. */
  HTTP,
  /** HTTPS with Argo's self-signed certificate: {@code scheme: https}, {@code tlsConfig.insecureSkipVerify: true}. */
  HTTPS_SELF_SIGNED
}
