package io.argowf.vci.cost;

import io.argowf.model.k8s.ResourceRequirements;
import io.argowf.model.workflow.NodeStatus;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A {@link UsageReport}'s rows, worked out from a workflow's {@code status.nodes}. */
final class UsageRows {
  final List<Usage> nodes = new ArrayList<>();
  final List<Usage> templates = new ArrayList<>();
  final List<String> notes = new ArrayList<>();
  final Usage total;

  private final PriceTable prices;
  private final ResourceRequirements executor;
  private final Map<String, Template> byName = new LinkedHashMap<>();

  UsageRows(Workflow wf, PriceTable prices, ResourceRequirements executor) {
    this.prices = prices;
    this.executor = executor;
    if (wf.status().storedTemplates() != null) wf.status().storedTemplates().values().forEach(t -> byName.put(t.name(), t));
    if (wf.spec() != null && wf.spec().templates() != null) wf.spec().templates().forEach(t -> byName.put(t.name(), t));
    if (executor == null) {
      notes.add("the executor's wait sidecar is not in the reserved view; add it with withExecutor(config.executorResources())");
    }
    List<Map.Entry<String, NodeStatus>> pods = new ArrayList<>();
    wf.status().nodes().forEach((id, n) -> {
      if ("Pod".equals(n.type())) pods.add(Map.entry(id, n));
    });
    pods.sort(Comparator.comparing((Map.Entry<String, NodeStatus> e) -> e.getValue().startedAt() == null ? ""
        : e.getValue().startedAt().toString()).thenComparing(e -> String.valueOf(e.getValue().displayName())));
    Map<String, Usage> perTemplate = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> phases = new LinkedHashMap<>();
    for (Map.Entry<String, NodeStatus> e : pods) {
      Usage u = node(e.getKey(), e.getValue());
      nodes.add(u);
      perTemplate.merge(u.template(), asTemplate(u), (a, b) -> a.plus(b, a.name(), null));
      phases.computeIfAbsent(u.template(), k -> new TreeMap<>()).merge(String.valueOf(u.phase()), 1, Integer::sum);
    }
    perTemplate.forEach((name, u) -> templates.add(new Usage(u.name(), u.template(), summary(phases.get(name)), u.pods(),
        u.wallSeconds(), u.argo(), u.reserved(), u.argoCost(), u.reservedCost())));
    Usage sum = new Usage("TOTAL", "", String.valueOf(wf.status().phase()), 0, 0, Size.ZERO, Size.ZERO,
        prices == null ? null : BigDecimal.ZERO, prices == null ? null : BigDecimal.ZERO);
    for (Usage t : templates) sum = sum.plus(t, "TOTAL", sum.phase());
    total = sum;
  }

  private Usage node(String id, NodeStatus n) {
    String label = n.displayName() != null ? n.displayName() : id;
    long wall = 0;
    if (n.startedAt() != null && n.finishedAt() != null) {
      wall = Math.max(0, Duration.between(n.startedAt().toInstant(), n.finishedAt().toInstant()).toSeconds());
    } else {
      notes.add(label + ": no startedAt/finishedAt, wall time counted as 0 (still running?)");
    }
    Map<String, Long> rd = n.resourcesDuration() == null ? Map.of() : n.resourcesDuration();
    if (n.resourcesDuration() == null) notes.add(label + ": no resourcesDuration, Argo-accounted use counted as 0");
    Size argo = new Size(BigDecimal.valueOf(rd.getOrDefault("cpu", 0L)),
        BigDecimal.valueOf(rd.getOrDefault("memory", 0L)).multiply(UsageReport.GIB_PER_ARGO_MEMORY_UNIT));
    String templateName = n.templateName() != null ? n.templateName()
        : n.templateRef() != null ? n.templateRef().template() : "?";
    Template t = byName.get(templateName);
    Size reserved = Size.ZERO;
    if (t == null) {
      notes.add(label + ": template '" + templateName + "' is not in the workflow, reserved use counted as 0");
    } else {
      reserved = PodSizes.limits(t, executor).times(BigDecimal.valueOf(wall));
    }
    return new Usage(label, templateName, n.phase(), 1, wall, argo, reserved, cost(argo), cost(reserved));
  }

  private BigDecimal cost(Size use) {
    return prices == null ? null : prices.cost(use.vcpu(), use.gib());
  }

  private static Usage asTemplate(Usage u) {
    return new Usage(u.template(), u.template(), null, u.pods(), u.wallSeconds(), u.argo(), u.reserved(), u.argoCost(),
        u.reservedCost());
  }

  private static String summary(Map<String, Integer> phases) {
    List<String> parts = new ArrayList<>();
    phases.forEach((p, count) -> parts.add(count == 1 ? p : p + " x" + count));
    return String.join(", ", parts);
  }
}
