package io.argowf.vci.cost;

import java.math.BigDecimal;

/**
 * One row of a {@link UsageReport}: one pod (node) or one template's pods together.
 *
 * <p>Two views of the same run. <b>Argo-accounted</b> comes from Argo's {@code resourcesDuration}: CPU in
 * vCPU-seconds and memory converted to GiB-seconds (Argo counts memory in seconds of 100Mi; see
 * {@link UsageReport}); it already includes Argo's {@code wait} sidecar. <b>Reserved</b> is the pod's size (limits
 * where set, else requests; the executor's {@code wait} sidecar too when the report has
 * {@link UsageReport#withExecutor}) times its wall time: closer to how serverless pods are billed when limits and
 * requests differ [3rd].
 *
 * @param name the node's display name, or the template's name
 * @param template the template the pod ran
 * @param phase the node's phase (e.g. {@code Succeeded}); for a template row, the phases seen, e.g. {@code Succeeded x10}
 * @param pods how many pods (retries count as pods)
 * @param wallSeconds seconds from start to finish, summed over the pods
 * @param argo Argo-accounted vCPU-seconds and GiB-seconds
 * @param reserved reserved vCPU-seconds and GiB-seconds
 * @param argoCost the price of {@code argo}, or null without prices
 * @param reservedCost the price of {@code reserved}, or null without prices
 */
public record Usage(String name, String template, String phase, int pods, long wallSeconds, Size argo, Size reserved,
    BigDecimal argoCost, BigDecimal reservedCost) {

  Usage plus(Usage o, String newName, String newPhase) {
    return new Usage(newName, template, newPhase, pods + o.pods, wallSeconds + o.wallSeconds, argo.plus(o.argo),
        reserved.plus(o.reserved), argoCost == null ? null : argoCost.add(o.argoCost),
        reservedCost == null ? null : reservedCost.add(o.reservedCost));
  }
}
