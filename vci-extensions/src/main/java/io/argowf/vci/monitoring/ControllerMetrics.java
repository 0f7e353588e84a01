package io.argowf.vci.monitoring;

/**
 * Names of the workflow-controller metrics people chart, for PromQL and dashboards. Argo renamed them when it
 * moved to OpenTelemetry (v3.6, so v4): <b>v4 has no {@code argo_workflows_pods_count}</b>; chart
 * {@link #PODS_GAUGE} there. Names are from Argo's metrics docs as we know them [3rd]; check your own
 * {@code /metrics} when a chart stays empty.
 *
 * <pre>{@code
 * String query = "sum by (phase) (" + ControllerMetrics.PODS_COUNT_V3 + ")";   // Argo v3.5
 * String v4 = "sum by (phase) (" + ControllerMetrics.PODS_GAUGE + ")";          // Argo v4
 * }</pre>
 */
public final class ControllerMetrics {
  /** The controller's metrics port, with the container port name {@link #PORT_NAME}. */
  public static final int PORT = 9090;
  /** The metrics port's name in Argo's install manifests. */
  public static final String PORT_NAME = "metrics";
  /** The metrics path. */
  public static final String PATH = "/metrics";
  /** The controller pods' label ({@code app: workflow-controller}) in Argo's install manifests. */
  public static final String APP_LABEL_VALUE = "workflow-controller";

  /** v3.5: workflow pods by {@code phase} (the tutorial's Grafana chart). Gone in v4. */
  public static final String PODS_COUNT_V3 = "argo_workflows_pods_count";
  /** v3.5: workflows by {@code status}. */
  public static final String WORKFLOWS_COUNT_V3 = "argo_workflows_count";
  /** v4: workflow pods by {@code phase}, the successor of {@link #PODS_COUNT_V3}. */
  public static final String PODS_GAUGE = "argo_workflows_pods_gauge";
  /** v4: pod phase changes seen, a counter. */
  public static final String PODS_TOTAL_COUNT = "argo_workflows_pods_total_count";
  /** v4: workflows by {@code phase}. */
  public static final String WORKFLOWS_GAUGE = "argo_workflows_gauge";
  /** v3.5 and v4: how long the controller takes to process a workflow (a histogram). */
  public static final String OPERATION_DURATION = "argo_workflows_operation_duration_seconds";
  /** v3.5 and v4: controller errors by {@code cause}. */
  public static final String ERROR_COUNT = "argo_workflows_error_count";

  private ControllerMetrics() {}
}
