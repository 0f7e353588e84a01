package io.argowf.vci.cost;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.model.workflow.Workflow;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the usage report and the estimate write numbers, prices and names, so both read alike. */
final class ReportText {
  private ReportText() {}

  /** A number rounded half up for a table, e.g. {@code 6450.0}. */
  static String round(BigDecimal v, int scale) {
    return v.setScale(scale, RoundingMode.HALF_UP).toPlainString();
  }

  /** Money for a table: four decimals, or {@code -} without prices. */
  static String money(BigDecimal v) {
    return v == null ? "-" : v.setScale(4, RoundingMode.HALF_UP).toPlainString();
  }

  /** A number for CSV: exact, no trailing zeros; empty for null. */
  static String plain(BigDecimal v) {
    return v == null ? "" : v.stripTrailingZeros().toPlainString();
  }

  /** A number for JSON: exact, no trailing zeros. */
  static BigDecimal json(BigDecimal v) {
    return v.stripTrailingZeros();
  }

  /** Writes {@code vcpuSeconds}, {@code gibSeconds} and (with prices) {@code cost} into a JSON object. */
  static void use(ObjectNode o, Size use, BigDecimal cost) {
    o.put("vcpuSeconds", json(use.vcpu()));
    o.put("gibSeconds", json(use.gib()));
    if (cost != null) o.put("cost", json(cost));
  }

  /** The workflow's name, else its generateName, else {@code workflow}. */
  static String name(Workflow wf) {
    if (wf.metadata() == null) return "workflow";
    return wf.metadata().name() != null ? wf.metadata().name() : String.valueOf(wf.metadata().generateName());
  }

  /** The {@code prices} (when given) and {@code units} objects both reports' JSON carries. */
  static void pricesAndUnits(ObjectNode root, PriceTable prices) {
    if (prices != null) {
      ObjectNode p = root.putObject("prices");
      p.put("perVcpuSecond", prices.perVcpuSecond());
      p.put("perGibSecond", prices.perGibSecond());
      p.put("currency", prices.currency());
    }
    ObjectNode units = root.putObject("units");
    units.put("vcpuSeconds", "vCPU x seconds");
    units.put("gibSeconds", "GiB (2^30 bytes) x seconds");
  }
}
