package io.argowf.vci.cost;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.ResourceRequirements;
import io.argowf.model.workflow.Workflow;
import io.argowf.vci.internal.PrettyJson;
import io.argowf.vci.internal.ReportText;
import io.argowf.vci.internal.TextTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * "Pay for what runs" made visible: what a finished workflow's pods used, per pod and per template, and what it
 * cost at your prices.
 *
 * <pre>{@code
 * Workflow done = client.waitFor(...);                       // any Workflow with status.nodes
 * UsageReport report = Vci.usage(done, PriceTable.perHour("0.12", "0.018", "CNY"))
 *     .withExecutor(controllerConfig.executorResources());  // the wait sidecar in the reserved view
 * System.out.print(report.toTable());
 * Files.writeString(Path.of("usage.csv"), report.toCsv());
 * }</pre>
 *
 * <p><b>Argo's {@code resourcesDuration} units.</b> Argo records, per node and for the workflow, a map of resource
 * name to a whole number (the schema says int64 and calls it indicative, not accurate). As Argo's "Resource
 * Duration" docs and source explain it [3rd]: the pod's containers' requested amount (requests, else limits, else
 * Argo's fallback of 100m CPU and 100Mi memory) divided by a base amount, times the containers' run time in
 * seconds. The base is 1 CPU for {@code cpu} (so the value is vCPU-seconds) and 100Mi for {@code memory} (so
 * {@code memory: 600} is 600 seconds of 100Mi = 58.6 GiB-seconds). It counts every container of the pod, Argo's
 * own {@code wait} sidecar included, so the Argo view needs no executor added. The report converts memory to
 * GiB-seconds (x 100/1024).
 *
 * <p><b>Reserved</b> is each pod's size times its wall time, the size as Kubernetes reckons it from limits (else
 * requests): containers side by side add up, an init container counts only where it is larger. Argo adds a
 * {@code wait} sidecar with the executor's resources to every pod; give them with {@link #withExecutor} to count
 * it (Argo's {@code init} container has the same size and runs first, so it adds nothing more).
 */
public final class UsageReport {
  /** GiB-seconds per unit of Argo's {@code memory} duration: 100Mi / 1Gi. */
  public static final BigDecimal GIB_PER_ARGO_MEMORY_UNIT = new BigDecimal("0.09765625");

  private final Workflow source;
  private final PriceTable prices;
  private final ResourceRequirements executor;
  private final UsageRows rows;

  private UsageReport(Workflow source, PriceTable prices, ResourceRequirements executor) {
    this.source = source;
    this.prices = prices;
    this.executor = executor;
    this.rows = new UsageRows(source, prices, executor);
  }

  /**
   * The report of a finished (or running) workflow; {@link io.argowf.vci.Vci#usage(Workflow, PriceTable)} is the
   * usual way in.
   *
   * <pre>{@code
   * UsageReport r = UsageReport.of(finished, null);   // usage without cost
   * }</pre>
   *
   * @param wf a workflow with {@code status.nodes}
   * @param prices the prices, or null for usage without cost
   * @throws IllegalArgumentException when the workflow has no status
   */
  public static UsageReport of(Workflow wf, PriceTable prices) {
    if (wf.status() == null || wf.status().nodes() == null) {
      throw new IllegalArgumentException("status.nodes: absent; expected a workflow that has run "
          + "(e.g. from ArgoClient.waitFor), not the manifest that was submitted");
    }
    return new UsageReport(wf, prices, null);
  }

  /**
   * The same report with the executor's {@code wait} sidecar added to every pod's reserved size. Argo's own view
   * ({@code resourcesDuration}) already includes the sidecar and does not change.
   *
   * <pre>{@code
   * UsageReport r = Vci.usage(finished, prices).withExecutor(config.executorResources());
   * }</pre>
   *
   * @param resources the executor's requests and limits, e.g. {@code ControllerConfig.executorResources()}
   */
  public UsageReport withExecutor(ResourceRequirements resources) {
    return new UsageReport(source, prices, Objects.requireNonNull(resources, "resources"));
  }

  /** @return the workflow's name */
  public String workflow() {
    return ReportText.name(source);
  }

  /** @return the prices used, or null when none were given */
  public PriceTable prices() {
    return prices;
  }

  /** @return the executor's resources counted in the reserved view, or null when left out */
  public ResourceRequirements executor() {
    return executor;
  }

  /** @return one row per pod, in start order */
  public List<Usage> nodes() {
    return List.copyOf(rows.nodes);
  }

  /** @return one row per template that ran pods, in order of first start */
  public List<Usage> templates() {
    return List.copyOf(rows.templates);
  }

  /** @return every pod together */
  public Usage total() {
    return rows.total;
  }

  /** @return what the report could not know, e.g. a pod without a finish time */
  public List<String> notes() {
    return List.copyOf(rows.notes);
  }

  /** @return a readable table: per template, then per pod, then notes */
  public String toTable() {
    StringBuilder b = new StringBuilder();
    b.append("Usage of ").append(workflow()).append(" (").append(source.status().phase()).append(")");
    if (prices != null) {
      b.append(", prices per second: vCPU ").append(prices.perVcpuSecond().toPlainString()).append(", GiB ")
          .append(prices.perGibSecond().toPlainString()).append(' ').append(prices.currency());
    }
    b.append("\nArgo = status.resourcesDuration; reserved = limits (else requests)")
        .append(executor == null ? "" : " + executor sidecar").append(" x wall time\n\n");
    b.append(table("TEMPLATE", rows.templates, true).render()).append('\n');
    b.append(table("POD", rows.nodes, false).render());
    for (String n : rows.notes) b.append("note: ").append(n).append('\n');
    return b.toString();
  }

  /** @return CSV with a header: one row per template ({@code level=template}), per pod ({@code node}) and the total */
  public String toCsv() {
    StringBuilder b = new StringBuilder("level,name,template,phase,pods,wallSeconds,argoVcpuSeconds,argoGibSeconds,"
        + "argoCost,reservedVcpuSeconds,reservedGibSeconds,reservedCost\n");
    rows.templates.forEach(u -> csv(b, "template", u));
    rows.nodes.forEach(u -> csv(b, "node", u));
    csv(b, "total", rows.total);
    return b.toString();
  }

  /** @return JSON: workflow, phase, prices, units, whether the executor is counted, templates, nodes, total, notes */
  public String toJson() {
    ObjectNode root = Manifests.jsonMapper().createObjectNode();
    root.put("workflow", workflow());
    root.put("phase", source.status().phase());
    ReportText.pricesAndUnits(root, prices);
    ((ObjectNode) root.get("units")).put("argoMemory", "Argo's memory duration x 100/1024 = GiB-seconds");
    root.put("executorInReserved", executor != null);
    ArrayNode t = root.putArray("templates");
    rows.templates.forEach(u -> json(t.addObject(), u));
    ArrayNode n = root.putArray("nodes");
    rows.nodes.forEach(u -> json(n.addObject(), u));
    json(root.putObject("total"), rows.total);
    ArrayNode notesNode = root.putArray("notes");
    rows.notes.forEach(notesNode::add);
    return PrettyJson.write(root);
  }

  @Override
  public String toString() {
    return "UsageReport{" + workflow() + ", " + rows.total.pods() + " pods}";
  }

  private TextTable table(String first, List<Usage> usages, boolean withTotal) {
    TextTable t = new TextTable(first, "PHASE", "PODS", "WALL s", "Argo vCPU-s", "Argo GiB-s", "Argo cost",
        "reserved vCPU-s", "reserved GiB-s", "reserved cost");
    usages.forEach(u -> t.row(cells(u)));
    if (withTotal) t.row(cells(rows.total));
    return t;
  }

  private static String[] cells(Usage u) {
    return new String[] {u.name(), String.valueOf(u.phase()), Integer.toString(u.pods()), Long.toString(u.wallSeconds()),
        ReportText.round(u.argo().vcpu(), 1), ReportText.round(u.argo().gib(), 1), ReportText.money(u.argoCost()),
        ReportText.round(u.reserved().vcpu(), 1), ReportText.round(u.reserved().gib(), 1), ReportText.money(u.reservedCost())};
  }

  private static void csv(StringBuilder b, String level, Usage u) {
    b.append(String.join(",", level, TextTable.csv(u.name()), TextTable.csv(u.template()),
        TextTable.csv(String.valueOf(u.phase())), Integer.toString(u.pods()), Long.toString(u.wallSeconds()),
        ReportText.plain(u.argo().vcpu()), ReportText.plain(u.argo().gib()), ReportText.plain(u.argoCost()),
        ReportText.plain(u.reserved().vcpu()), ReportText.plain(u.reserved().gib()), ReportText.plain(u.reservedCost())))
        .append('\n');
  }

  private static void json(ObjectNode o, Usage u) {
    o.put("name", u.name());
    o.put("template", u.template());
    o.put("phase", u.phase());
    o.put("pods", u.pods());
    o.put("wallSeconds", u.wallSeconds());
    ReportText.use(o.putObject("argo"), u.argo(), u.argoCost());
    ReportText.use(o.putObject("reserved"), u.reserved(), u.reservedCost());
  }
}
