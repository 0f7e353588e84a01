package io.argowf.examples.cli;

import io.argowf.model.workflow.Workflow;
import io.argowf.vci.Vci;
import io.argowf.vci.cost.CostEstimate;
import io.argowf.vci.cost.PriceTable;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code estimate NAME|FILE}: what the workflow's pods will reserve on VCI, and cost, before a run. */
@Command(name = "estimate", description = "Estimate a workflow's VCI usage (and cost, given prices) before it runs.",
    footerHeading = "%nExamples:%n",
    footer = {"  argowf-examples estimate blender-render --runtime 10m",
        "  argowf-examples estimate wf.yaml --runtime 5m --pods render=30 --vcpu-price 0.00003 --gib-price 0.000004",
        "", "Pod counts come from the workflow's fan-out where Java can tell; --pods sets the rest.",
        "Prices are per second and yours to give: no VCI list price is built in."})
final class EstimateCommand implements Runnable {
  enum Format { table, csv, json }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME|FILE", description = "an example name (see 'list') or a YAML/JSON file")
  String source;

  @Option(names = "--runtime", paramLabel = "DURATION", defaultValue = "10m",
      description = "how long each pod runs, e.g. 90s, 10m, 2h (default: ${DEFAULT-VALUE})")
  String runtime;

  @Option(names = "--pods", paramLabel = "TEMPLATE=N", description = "pods a template makes, where the workflow cannot say")
  Map<String, Long> pods = new LinkedHashMap<>();

  @Option(names = "--vcpu-price", paramLabel = "PRICE", description = "price of one vCPU for one second")
  String vcpuPrice;

  @Option(names = "--gib-price", paramLabel = "PRICE", description = "price of one GiB of memory for one second")
  String gibPrice;

  @Option(names = "--currency", defaultValue = "CNY", description = "the prices' currency (default: ${DEFAULT-VALUE})")
  String currency;

  @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Override
  public void run() {
    Workflow wf = Sources.load(source).first(Workflow.class);
    CostEstimate.Builder b = Vci.estimate(wf).runtime(duration(runtime));
    pods.forEach(b::pods);
    if ((vcpuPrice == null) != (gibPrice == null)) throw new CliException("give both --vcpu-price and --gib-price, or neither");
    if (vcpuPrice != null) b.prices(PriceTable.perSecond(vcpuPrice, gibPrice, currency));
    CostEstimate e;
    try {
      e = b.build();
    } catch (IllegalArgumentException bad) {
      throw new CliException(source + ": " + bad.getMessage());
    }
    spec.commandLine().getOut().print(switch (format) {
      case table -> e.toTable();
      case csv -> e.toCsv();
      case json -> e.toJson() + "\n";
    });
  }

  static Duration duration(String text) {
    try {
      return Duration.parse("PT" + text.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw new CliException("--runtime " + text + ": expected a duration such as 90s, 10m or 1h30m");
    }
  }
}
