package io.argowf.vci.internal;

import io.argowf.model.k8s.Quantity;
import io.argowf.model.k8s.ResourceRequirements;
import io.argowf.model.workflow.Template;
import io.argowf.vci.cost.Size;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A template's pod size from its containers' requests and limits. */
public final class PodSizes {
  private static final BigDecimal GIB = BigDecimal.valueOf(1L << 30);

  private PodSizes() {}

  /** The resources of every container that runs alongside the main one (main, script, container set, sidecars). */
  public static List<ResourceRequirements> containers(Template t) {
    List<ResourceRequirements> all = new ArrayList<>();
    for (VciRules.PodContainer c : VciRules.PodContainer.of("", t)) {
      if (!c.path().startsWith(".initContainers")) all.add(c.resources());
    }
    return all;
  }

  /** The sum of the containers' requests (a request left out falls back to the limit, as Kubernetes does). */
  public static Size requests(List<ResourceRequirements> containers) {
    Size s = Size.ZERO;
    for (ResourceRequirements r : containers) s = s.plus(pick(r, false));
    return s;
  }

  /** The sum of the containers' limits (a limit left out counts as the request). */
  public static Size limits(List<ResourceRequirements> containers) {
    Size s = Size.ZERO;
    for (ResourceRequirements r : containers) s = s.plus(pick(r, true));
    return s;
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
