package io.argowf.vci.cost;

import io.argowf.model.k8s.Quantity;
import io.argowf.model.k8s.ResourceRequirements;
import io.argowf.model.workflow.Template;
import io.argowf.vci.internal.PodContainer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;

/**
 * A template's pod size, as Kubernetes sizes a pod: the containers that run side by side (main, script, container
 * set, sidecars, and Argo's {@code wait} sidecar with the executor's resources) add up; an init container runs
 * alone before them, so it counts only where it is larger, per resource. Argo's own {@code init} container has the
 * executor's resources too, so once {@code wait} is counted it never makes the pod larger.
 */
final class PodSizes {
  private static final BigDecimal GIB = BigDecimal.valueOf(1L << 30);

  private PodSizes() {}

  /**
   * The pod's size by requests (a request left out falls back to the limit, as Kubernetes does).
   *
   * @param t the template
   * @param executor the executor's resources, or null to leave the {@code wait} sidecar out
   * @return vCPUs and GiB
   */
  static Size requests(Template t, ResourceRequirements executor) {
    return size(t, executor, false);
  }

  /**
   * The pod's size by limits (a limit left out counts as the request).
   *
   * @param t the template
   * @param executor the executor's resources, or null to leave the {@code wait} sidecar out
   * @return vCPUs and GiB
   */
  static Size limits(Template t, ResourceRequirements executor) {
    return size(t, executor, true);
  }

  private static Size size(Template t, ResourceRequirements executor, boolean limitsFirst) {
    Size running = pick(executor, limitsFirst);
    Size init = Size.ZERO;
    for (PodContainer c : PodContainer.of("", t)) {
      Size s = pick(c.resources(), limitsFirst);
      if (c.init()) init = larger(init, s);
      else running = running.plus(s);
    }
    return larger(running, init);
  }

  private static Size larger(Size a, Size b) {
    return new Size(a.vcpu().max(b.vcpu()), a.gib().max(b.gib()));
  }

  private static Size pick(ResourceRequirements r, boolean limitsFirst) {
    if (r == null) return Size.ZERO;
    Map<String, Quantity> first = limitsFirst ? r.limits() : r.requests();
    Map<String, Quantity> second = limitsFirst ? r.requests() : r.limits();
    return new Size(amount(first, second, "cpu"), amount(first, second, "memory").divide(GIB, MathContext.DECIMAL64));
  }

  private static BigDecimal amount(Map<String, Quantity> first, Map<String, Quantity> second, String key) {
    Quantity q = first != null && first.get(key) != null ? first.get(key) : second == null ? null : second.get(key);
    return q == null || !q.isValid() ? BigDecimal.ZERO : q.amount();
  }
}
