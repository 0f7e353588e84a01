package io.argowf.vci.cost;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.Time;
import io.argowf.model.workflow.NodeStatus;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.vci.internal.PodSizes;
import io.argowf.vci.internal.PrettyJson;
import io.argowf.vci.internal.TextTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * "Pay for what runs" made visible: what a finished workflow's pods used, per pod and per template, and what it
 * cost at your prices.
 *
 * <pre>{@code
 * Workflow done = client.waitFor(...);                       // any Workflow with status.nodes
 * UsageReport report = Vci.usage(done, PriceTable.perHour("0.12", "0.018", "CNY"));
 * System.out.print(report.toTable());
 * Files.writeString(Path.of("usage.csv"), report.toCsv());
 * }</pre>
 *
 * <p><b>Argo's {@code resourcesDuration} units.</b> Argo records, per node and for the workflow, a map of resource
 * name to a whole number: the pod's containers' requested amount (requests, else limits, else Argo's fallback
 * of 100m CPU and 100Mi memory) divided by a base amount, times the containers' run time in seconds. The base is
 * 1 CPU for {@code cpu} (so the value is vCPU-seconds) and 100Mi for {@code memory} (so {@code memory: 600} is
 * 600 seconds of 100Mi = 58.6 GiB-seconds); it counts every container of the pod, Argo's own {@code wait}
 * sidecar included, and Argo calls it an indication, not an exact figure. Confidence: [3rd], from Argo's
 * "Resource Duration" docs and its source as we know them, not from the reference data here. The report converts
 * memory to GiB-seconds (x 100/1024).
 */
public final class UsageReport {
  /** GiB-seconds per unit of Argo's {@code memory} duration: 100Mi / 1Gi. */
  public static final BigDecimal GIB_PER_ARGO_MEMORY_UNIT = new BigDecimal("0.09765625");

  private final String workflow;
  private final String phase;
  private final PriceTable prices;
  private final List<Usage> nodes;
  private final List<Usage> templates;
  private final Usage total;
  private final List<String> notes;

  private UsageReport(String workflow, String phase, PriceTable prices, List<Usage> nodes, List<Usage> templates,
      Usage total, List<String> notes) {
    this.workflow = workflow;
    this.phase = phase;
    this.prices = prices;
    this.nodes = List.copyOf(nodes);
    this.templates = List.copyOf(templates);
    this.total = total;
    this.notes = List.copyOf(notes);
  }

  /**
   * The report of a finished (or running) workflow.
   *
   * @param wf a workflow with {@code status.nodes}
   * @param prices the prices, or null for usage without cost
   * @return the report
   * @throws IllegalArgumentException when the workflow has no status
   */
  public static UsageReport of(Workflow wf, PriceTable prices) {
    if (wf.status() == null || wf.status().nodes() == null) {
      throw new IllegalArgumentException("status.nodes: absent; expected a workflow that has run "
          + "(e.g. from ArgoClient.waitFor), not the manifest that was submitted");
    }
    List<String> notes = new ArrayList<>();
    Map<String, Template> byName = templates(wf);
    List<Map.Entry<String, NodeStatus>> pods = new ArrayList<>();
    wf.status().nodes().forEach((id, n) -> {
      if ("Pod".equals(n.type())) pods.add(Map.entry(id, n));
    });
    pods.sort(Comparator.comparing((Map.Entry<String, NodeStatus> e) -> e.getValue().startedAt() == null ? ""
        : e.getValue().startedAt().toString()).thenComparing(e -> String.valueOf(e.getValue().displayName())));
    List<Usage> nodes = new ArrayList<>();
    Map<String, Usage> perTemplate = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> phases = new LinkedHashMap<>();
    for (Map.Entry<String, NodeStatus> e : pods) {
      Usage u = node(e.getKey(), e.getValue(), byName, prices, notes);
      nodes.add(u);
      perTemplate.merge(u.template(), rename(u), (a, b) -> a.plus(b, a.name(), null));
      phases.computeIfAbsent(u.template(), k -> new TreeMap<>()).merge(String.valueOf(u.phase()), 1, Integer::sum);
    }
    List<Usage> templates = new ArrayList<>();
    perTemplate.forEach((name, u) -> templates.add(new Usage(u.name(), u.template(), summary(phases.get(name)), u.pods(),
        u.wallSeconds(), u.argo(), u.reserved(), u.argoCost(), u.reservedCost())));
    Usage total = new Usage("TOTAL", "", String.valueOf(wf.status().phase()), 0, 0, Size.ZERO, Size.ZERO,
        prices == null ? null : BigDecimal.ZERO, prices == null ? null : BigDecimal.ZERO);
    for (Usage t : templates) total = total.plus(t, "TOTAL", total.phase());
    String name = wf.metadata() == null ? "workflow" : wf.metadata().name() != null ? wf.metadata().name()
        : String.valueOf(wf.metadata().generateName());
    return new UsageReport(name, wf.status().phase(), prices, nodes, templates, total, notes);
  }

  /** @return the workflow's name */
  public String workflow() {
    return workflow;
  }

  /** @return the prices used, or null when none were given */
  public PriceTable prices() {
    return prices;
  }

  /** @return one row per pod, in start order */
  public List<Usage> nodes() {
    return nodes;
  }

  /** @return one row per template that ran pods, in order of first start */
  public List<Usage> templates() {
    return templates;
  }

  /** @return every pod together */
  public Usage total() {
    return total;
  }

  /** @return what the report could not know, e.g. a pod without a finish time */
  public List<String> notes() {
    return notes;
  }

  /** @return a readable table: per template, then per pod, then notes */
  public String toTable() {
    StringBuilder b = new StringBuilder();
    b.append("Usage of ").append(workflow).append(" (").append(phase).append(")");
    if (prices != null) {
      b.append(", prices per second: vCPU ").append(prices.perVcpuSecond().toPlainString()).append(", GiB ")
          .append(prices.perGibSecond().toPlainString()).append(' ').append(prices.currency());
    }
    b.append("\nArgo = status.resourcesDuration; reserved = limits (else requests) x wall time\n\n");
    b.append(table("TEMPLATE", templates, true).render()).append('\n');
    b.append(table("POD", nodes, false).render());
    for (String n : notes) b.append("note: ").append(n).append('\n');
    return b.toString();
  }

  /** @return CSV with a header: one row per template ({@code level=template}), per pod ({@code node}) and the total */
  public String toCsv() {
    StringBuilder b = new StringBuilder("level,name,template,phase,pods,wallSeconds,argoVcpuSeconds,argoGibSeconds,"
        + "argoCost,reservedVcpuSeconds,reservedGibSeconds,reservedCost\n");
    templates.forEach(u -> csv(b, "template", u));
    nodes.forEach(u -> csv(b, "node", u));
    csv(b, "total", total);
    return b.toString();
  }

  /** @return JSON: workflow, phase, prices, units, templates, nodes, total and notes */
  public String toJson() {
    ObjectNode root = Manifests.jsonMapper().createObjectNode();
    root.put("workflow", workflow);
    root.put("phase", phase);
    if (prices != null) {
      ObjectNode p = root.putObject("prices");
      p.put("perVcpuSecond", prices.perVcpuSecond());
      p.put("perGibSecond", prices.perGibSecond());
      p.put("currency", prices.currency());
    }
    ObjectNode units = root.putObject("units");
    units.put("vcpuSeconds", "vCPU x seconds");
    units.put("gibSeconds", "GiB (2^30 bytes) x seconds; Argo's memory duration x 100/1024");
    ArrayNode t = root.putArray("templates");
    templates.forEach(u -> json(t.addObject(), u));
    ArrayNode n = root.putArray("nodes");
    nodes.forEach(u -> json(n.addObject(), u));
    json(root.putObject("total"), total);
    ArrayNode notesNode = root.putArray("notes");
    notes.forEach(notesNode::add);
    return PrettyJson.write(root);
  }

  @Override
  public String toString() {
    return "UsageReport{" + workflow + ", " + total.pods() + " pods}";
  }

  // ---- building

  private static Map<String, Template> templates(Workflow wf) {
    Map<String, Template> out = new LinkedHashMap<>();
    if (wf.status().storedTemplates() != null) wf.status().storedTemplates().values().forEach(t -> out.put(t.name(), t));
    if (wf.spec() != null && wf.spec().templates() != null) wf.spec().templates().forEach(t -> out.put(t.name(), t));
    return out;
  }

  private static Usage node(String id, NodeStatus n, Map<String, Template> templates, PriceTable prices, List<String> notes) {
    String label = n.displayName() != null ? n.displayName() : id;
    long wall = 0;
    if (n.startedAt() != null && n.finishedAt() != null) {
      wall = Math.max(0, Duration.between(instant(n.startedAt()), instant(n.finishedAt())).toSeconds());
    } else {
      notes.add(label + ": no startedAt/finishedAt, wall time counted as 0 (still running?)");
    }
    Map<String, Long> rd = n.resourcesDuration() == null ? Map.of() : n.resourcesDuration();
    if (n.resourcesDuration() == null) notes.add(label + ": no resourcesDuration, Argo-accounted use counted as 0");
    Size argo = new Size(BigDecimal.valueOf(rd.getOrDefault("cpu", 0L)),
        BigDecimal.valueOf(rd.getOrDefault("memory", 0L)).multiply(GIB_PER_ARGO_MEMORY_UNIT));
    String templateName = n.templateName() != null ? n.templateName()
        : n.templateRef() != null ? n.templateRef().template() : "?";
    Template t = templates.get(templateName);
    Size reserved = Size.ZERO;
    if (t == null) {
      notes.add(label + ": template '" + templateName + "' is not in the workflow, reserved use counted as 0");
    } else {
      reserved = PodSizes.limits(PodSizes.containers(t)).times(BigDecimal.valueOf(wall));
    }
    return new Usage(label, templateName, n.phase(), 1, wall, argo, reserved,
        prices == null ? null : prices.cost(argo.vcpu(), argo.gib()),
        prices == null ? null : prices.cost(reserved.vcpu(), reserved.gib()));
  }

  private static java.time.Instant instant(Time t) {
    return t.toInstant();
  }

  private static Usage rename(Usage u) {
    return new Usage(u.template(), u.template(), null, u.pods(), u.wallSeconds(), u.argo(), u.reserved(), u.argoCost(),
        u.reservedCost());
  }

  private static String summary(Map<String, Integer> phases) {
    List<String> parts = new ArrayList<>();
    phases.forEach((p, count) -> parts.add(count == 1 ? p : p + " x" + count));
    return String.join(", ", parts);
  }

  // ---- writing

  private TextTable table(String first, List<Usage> rows, boolean withTotal) {
    TextTable t = new TextTable(first, "PHASE", "PODS", "WALL s", "Argo vCPU-s", "Argo GiB-s", "Argo cost",
        "reserved vCPU-s", "reserved GiB-s", "reserved cost");
    rows.forEach(u -> t.row(cells(u)));
    if (withTotal) t.row(cells(total));
    return t;
  }

  private static String[] cells(Usage u) {
    return new String[] {u.name(), String.valueOf(u.phase()), Integer.toString(u.pods()), Long.toString(u.wallSeconds()),
        round(u.argo().vcpu(), 1), round(u.argo().gib(), 1), money(u.argoCost()),
        round(u.reserved().vcpu(), 1), round(u.reserved().gib(), 1), money(u.reservedCost())};
  }

  private static void csv(StringBuilder b, String level, Usage u) {
    b.append(level).append(',').append(TextTable.csv(u.name())).append(',').append(TextTable.csv(u.template()))
        .append(',').append(TextTable.csv(String.valueOf(u.phase()))).append(',').append(u.pods()).append(',')
        .append(u.wallSeconds()).append(',').append(plain(u.argo().vcpu())).append(',').append(plain(u.argo().gib()))
        .append(',').append(plain(u.argoCost())).append(',').append(plain(u.reserved().vcpu())).append(',')
        .append(plain(u.reserved().gib())).append(',').append(plain(u.reservedCost())).append('\n');
  }

  private static void json(ObjectNode o, Usage u) {
    o.put("name", u.name());
    o.put("template", u.template());
    o.put("phase", u.phase());
    o.put("pods", u.pods());
    o.put("wallSeconds", u.wallSeconds());
    ObjectNode a = o.putObject("argo");
    a.put("vcpuSeconds", u.argo().vcpu().stripTrailingZeros());
    a.put("gibSeconds", u.argo().gib().stripTrailingZeros());
    if (u.argoCost() != null) a.put("cost", u.argoCost().stripTrailingZeros());
    ObjectNode r = o.putObject("reserved");
    r.put("vcpuSeconds", u.reserved().vcpu().stripTrailingZeros());
    r.put("gibSeconds", u.reserved().gib().stripTrailingZeros());
    if (u.reservedCost() != null) r.put("cost", u.reservedCost().stripTrailingZeros());
  }

  static String round(BigDecimal v, int scale) {
    return v.setScale(scale, RoundingMode.HALF_UP).toPlainString();
  }

  static String money(BigDecimal v) {
    return v == null ? "-" : v.setScale(4, RoundingMode.HALF_UP).toPlainString();
  }

  private static String plain(BigDecimal v) {
    return v == null ? "" : v.stripTrailingZeros().toPlainString();
  }
}
