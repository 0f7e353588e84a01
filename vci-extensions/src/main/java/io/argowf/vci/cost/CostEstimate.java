package io.argowf.vci.cost;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.ResourceRequirements;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.vci.internal.PodCounter;
import io.argowf.vci.internal.PodSizes;
import io.argowf.vci.internal.PrettyJson;
import io.argowf.vci.internal.ReportText;
import io.argowf.vci.internal.TextTable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A before-run estimate: each template's pod size from its requests and limits, times the pods the workflow
 * will make (fan-outs counted where they are literal), times a runtime you expect, at your prices. The low end
 * uses requests, the high end limits; pods are sized as in {@link UsageReport}'s reserved view, the executor's
 * {@code wait} sidecar included when given. Written as a table, CSV or JSON, in the report's conventions.
 *
 * <pre>{@code
 * CostEstimate estimate = Vci.estimate(renderWorkflow)
 *     .pods("render-blender", 30)                // a withParam fan-out is known only at run time
 *     .runtime(Duration.ofMinutes(10))           // per pod, for every template
 *     .runtime("gen-slices", Duration.ofSeconds(20))
 *     .executor(controllerConfig.executorResources())
 *     .prices(PriceTable.perHour("0.12", "0.018", "CNY"))
 *     .build();
 * System.out.print(estimate.toTable());
 * Files.writeString(Path.of("estimate.json"), estimate.toJson());
 * }</pre>
 */
public final class CostEstimate {
  private final String workflow;
  private final List<Row> rows;
  private final Row total;
  private final PriceTable prices;
  private final List<String> notes;

  /**
   * One template's share of the estimate.
   *
   * @param template the template
   * @param pods how many pods it makes
   * @param runtime expected run time of each pod
   * @param requests one pod's size by its requests (executor included when given)
   * @param limits one pod's size by its limits (limits left out count as requests)
   * @param low requests x pods x runtime, in vCPU-seconds and GiB-seconds
   * @param high limits x pods x runtime
   * @param lowCost the price of {@code low}, or null without prices
   * @param highCost the price of {@code high}, or null without prices
   */
  public record Row(String template, long pods, Duration runtime, Size requests, Size limits, Size low, Size high,
      BigDecimal lowCost, BigDecimal highCost) {}

  private CostEstimate(String workflow, List<Row> rows, Row total, PriceTable prices, List<String> notes) {
    this.workflow = workflow;
    this.rows = List.copyOf(rows);
    this.total = total;
    this.prices = prices;
    this.notes = List.copyOf(notes);
  }

  /**
   * Starts an estimate of a workflow; {@link io.argowf.vci.Vci#estimate(Workflow)} is the usual way in.
   *
   * <pre>{@code
   * CostEstimate e = CostEstimate.of(wf).runtime(Duration.ofMinutes(5)).build();
   * }</pre>
   *
   * @param workflow a workflow as submitted
   */
  public static Builder of(Workflow workflow) {
    return new Builder(workflow);
  }

  /** @return the workflow's name (or generateName) */
  public String workflow() {
    return workflow;
  }

  /** @return the prices used, or null when none were given */
  public PriceTable prices() {
    return prices;
  }

  /** @return one row per template that makes pods */
  public List<Row> rows() {
    return rows;
  }

  /** @return every template together ({@code runtime}, {@code requests} and {@code limits} are zero: they differ per template) */
  public Row total() {
    return total;
  }

  /** @return what the estimate assumed, e.g. a withParam fan-out counted as 1 */
  public List<String> notes() {
    return notes;
  }

  /** @return a readable table, then notes */
  public String toTable() {
    TextTable t = new TextTable("TEMPLATE", "PODS", "RUNTIME s", "vCPU/pod", "GiB/pod", "vCPU-s", "GiB-s",
        "cost" + (prices == null ? "" : " " + prices.currency()));
    for (Row r : rows) {
      t.row(r.template(), Long.toString(r.pods()), Long.toString(r.runtime().toSeconds()),
          range(r.requests().vcpu(), r.limits().vcpu(), 2), range(r.requests().gib(), r.limits().gib(), 2),
          range(r.low().vcpu(), r.high().vcpu(), 0), range(r.low().gib(), r.high().gib(), 0), cost(r));
    }
    t.row("TOTAL", Long.toString(total.pods()), "", "", "", range(total.low().vcpu(), total.high().vcpu(), 0),
        range(total.low().gib(), total.high().gib(), 0), cost(total));
    StringBuilder b = new StringBuilder("Estimate of ").append(workflow)
        .append(": requests (low) to limits (high) x pods x runtime\n\n");
    b.append(t.render());
    notes.forEach(n -> b.append("note: ").append(n).append('\n'));
    return b.toString();
  }

  /**
   * @return CSV with a header: one row per template ({@code level=template}) and the total ({@code level=total},
   *     whose runtime and per-pod sizes are empty)
   */
  public String toCsv() {
    StringBuilder b = new StringBuilder("level,template,pods,runtimeSeconds,requestsVcpu,requestsGib,limitsVcpu,"
        + "limitsGib,lowVcpuSeconds,lowGibSeconds,lowCost,highVcpuSeconds,highGibSeconds,highCost\n");
    for (Row r : rows) {
      csv(b, "template", r, Long.toString(r.runtime().toSeconds()), ReportText.plain(r.requests().vcpu()),
          ReportText.plain(r.requests().gib()), ReportText.plain(r.limits().vcpu()), ReportText.plain(r.limits().gib()));
    }
    csv(b, "total", total, "", "", "", "", "");
    return b.toString();
  }

  /** @return JSON: workflow, prices, units, templates (per-pod sizes, low and high use), total and notes */
  public String toJson() {
    ObjectNode root = Manifests.jsonMapper().createObjectNode();
    root.put("workflow", workflow);
    ReportText.pricesAndUnits(root, prices);
    ArrayNode t = root.putArray("templates");
    rows.forEach(r -> json(t.addObject(), r, true));
    json(root.putObject("total"), total, false);
    ArrayNode notesNode = root.putArray("notes");
    notes.forEach(notesNode::add);
    return PrettyJson.write(root);
  }

  @Override
  public String toString() {
    return "CostEstimate{" + workflow + ", " + total.pods() + " pods}";
  }

  private static String range(BigDecimal low, BigDecimal high, int scale) {
    String a = ReportText.round(low, scale);
    String b = ReportText.round(high, scale);
    return a.equals(b) ? a : a + "-" + b;
  }

  private static String cost(Row r) {
    if (r.lowCost() == null) return "-";
    String a = ReportText.money(r.lowCost());
    String b = ReportText.money(r.highCost());
    return a.equals(b) ? a : a + "-" + b;
  }

  private static void csv(StringBuilder b, String level, Row r, String... runtimeAndSizes) {
    b.append(level).append(',').append(TextTable.csv(r.template())).append(',').append(r.pods()).append(',')
        .append(String.join(",", runtimeAndSizes)).append(',')
        .append(String.join(",", ReportText.plain(r.low().vcpu()), ReportText.plain(r.low().gib()),
            ReportText.plain(r.lowCost()), ReportText.plain(r.high().vcpu()), ReportText.plain(r.high().gib()),
            ReportText.plain(r.highCost())))
        .append('\n');
  }

  private static void json(ObjectNode o, Row r, boolean perPod) {
    o.put("template", r.template());
    o.put("pods", r.pods());
    if (perPod) {
      o.put("runtimeSeconds", r.runtime().toSeconds());
      ObjectNode size = o.putObject("perPod");
      size(size.putObject("requests"), r.requests());
      size(size.putObject("limits"), r.limits());
    }
    ReportText.use(o.putObject("low"), r.low(), r.lowCost());
    ReportText.use(o.putObject("high"), r.high(), r.highCost());
  }

  private static void size(ObjectNode o, Size s) {
    o.put("vcpu", ReportText.json(s.vcpu()));
    o.put("gib", ReportText.json(s.gib()));
  }

  /** Builds a {@link CostEstimate}. */
  public static final class Builder {
    private final Workflow workflow;
    private final Map<String, Long> pods = new HashMap<>();
    private final Map<String, Duration> runtimes = new HashMap<>();
    private Duration runtime;
    private ResourceRequirements executor;
    private PriceTable prices;

    private Builder(Workflow workflow) {
      this.workflow = Objects.requireNonNull(workflow, "workflow");
      if (workflow.spec() == null) throw new IllegalArgumentException("spec: absent; expected a workflow with templates");
    }

    /**
     * How many pods a template makes in one run, replacing the count argowf works out.
     *
     * @param template the template's name
     * @param count e.g. the chunks a {@code withParam} fan-out will make
     */
    public Builder pods(String template, long count) {
      if (count < 0) throw new IllegalArgumentException("pods(" + template + "): " + count + " is negative; expected 0 or more");
      pods.put(template, count);
      return this;
    }

    /**
     * Expected run time of each pod of every template.
     *
     * @param perPod e.g. {@code Duration.ofMinutes(10)}
     */
    public Builder runtime(Duration perPod) {
      runtime = Objects.requireNonNull(perPod, "perPod");
      return this;
    }

    /**
     * Expected run time of each pod of one template.
     *
     * @param template the template's name
     * @param perPod its pods' run time
     */
    public Builder runtime(String template, Duration perPod) {
      runtimes.put(template, Objects.requireNonNull(perPod, "perPod"));
      return this;
    }

    /**
     * The executor sidecar's requests and limits, which add to every pod's size (e.g.
     * {@code controllerConfig.executorResources()}).
     */
    public Builder executor(ResourceRequirements resources) {
      executor = resources;
      return this;
    }

    /**
     * The prices; without them the estimate has no cost column.
     *
     * @param table prices per vCPU-second and GiB-second
     */
    public Builder prices(PriceTable table) {
      prices = table;
      return this;
    }

    /**
     * @throws IllegalArgumentException when a template has no runtime, or a named template does not exist
     */
    public CostEstimate build() {
      List<String> notes = new ArrayList<>();
      Map<String, Long> counted = new LinkedHashMap<>(PodCounter.count(workflow.spec(), notes, pods.keySet()));
      Map<String, Template> byName = new LinkedHashMap<>();
      workflow.spec().templates().forEach(t -> byName.put(t.name(), t));
      for (Map.Entry<String, Long> e : pods.entrySet()) {
        if (!byName.containsKey(e.getKey())) {
          throw new IllegalArgumentException("pods(" + e.getKey() + "): no such template; templates here: "
              + String.join(", ", byName.keySet()));
        }
        counted.put(e.getKey(), e.getValue());
      }
      if (executor == null) notes.add("the executor's wait sidecar is not included; add it with executor(config.executorResources())");
      List<Row> rows = new ArrayList<>();
      Row total = new Row("TOTAL", 0, Duration.ZERO, Size.ZERO, Size.ZERO, Size.ZERO, Size.ZERO,
          prices == null ? null : BigDecimal.ZERO, prices == null ? null : BigDecimal.ZERO);
      for (Map.Entry<String, Long> e : counted.entrySet()) {
        Duration d = runtimes.getOrDefault(e.getKey(), runtime);
        if (d == null) {
          throw new IllegalArgumentException("runtime(" + e.getKey() + "): absent; expected runtime(Duration) for "
              + "every template or runtime(\"" + e.getKey() + "\", Duration)");
        }
        Template t = byName.get(e.getKey());
        Size requests = PodSizes.requests(t, executor);
        Size limits = PodSizes.limits(t, executor);
        Size own = PodSizes.requests(t, null);
        if (own.vcpu().signum() == 0 || own.gib().signum() == 0) {
          notes.add("template '" + e.getKey() + "' sets no cpu or memory for its containers; counted as 0 here "
              + (executor == null ? "" : "(beside the executor) ") + "though VCI will give the pod some size [?]");
        }
        BigDecimal factor = BigDecimal.valueOf(e.getValue()).multiply(BigDecimal.valueOf(d.toSeconds()));
        Size low = requests.times(factor);
        Size high = limits.times(factor);
        Row r = new Row(e.getKey(), e.getValue(), d, requests, limits, low, high,
            prices == null ? null : prices.cost(low.vcpu(), low.gib()),
            prices == null ? null : prices.cost(high.vcpu(), high.gib()));
        rows.add(r);
        total = new Row("TOTAL", total.pods() + r.pods(), Duration.ZERO, Size.ZERO, Size.ZERO, total.low().plus(low),
            total.high().plus(high), prices == null ? null : total.lowCost().add(r.lowCost()),
            prices == null ? null : total.highCost().add(r.highCost()));
      }
      return new CostEstimate(ReportText.name(workflow), rows, total, prices, notes);
    }
  }
}
