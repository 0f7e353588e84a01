package io.argowf.model.internal.lint;

import io.argowf.model.ArgoVersion;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.CronWorkflowSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A CronWorkflow's own fields: schedules, time zone, concurrency, history limits and its conditions. */
final class CronRules {
  private static final Set<String> POLICIES = Set.of("Allow", "Forbid", "Replace");

  private CronRules() {}

  /** The schedules (each field's presence in the other version is {@link FieldRules}' error). */
  static void check(CronWorkflow cron, ArgoVersion version, Problems out) {
    CronWorkflowSpec spec = cron.spec();
    if (spec == null) return;
    String p = "spec";
    List<String> schedules = new ArrayList<>(Scope.nonNull(spec.schedules()));
    if (version == ArgoVersion.V4 && schedules.isEmpty()) {
      out.error(p + ".schedules", "a CronWorkflow needs at least one schedule, e.g. schedules: [\"0 2 * * *\"]");
    } else if (version == ArgoVersion.V3_5 && schedules.isEmpty() && (spec.schedule() == null || spec.schedule().isEmpty())) {
      out.error(p + ".schedule", "an Argo v3.5 CronWorkflow needs its schedule, e.g. schedule: \"0 2 * * *\"");
    }
    for (int i = 0; i < schedules.size(); i++) schedule(schedules.get(i), p + ".schedules[" + i + "]", out);
    if (spec.schedule() != null) schedule(spec.schedule(), p + ".schedule", out);
    if (spec.timezone() != null && !Cron.isZone(spec.timezone())) {
      out.error(p + ".timezone", "time zone '" + spec.timezone() + "' is unknown; use an IANA name such as Europe/Paris or Asia/Shanghai");
    }
    String policy = spec.concurrencyPolicy();
    if (policy != null && !policy.isEmpty() && !POLICIES.contains(policy)) {
      out.error(p + ".concurrencyPolicy", "concurrencyPolicy '" + policy + "' is unknown; use Allow, Forbid or Replace");
    }
    SpecRules.nonNegative(spec.startingDeadlineSeconds(), p + ".startingDeadlineSeconds", out);
    SpecRules.nonNegative(spec.successfulJobsHistoryLimit(), p + ".successfulJobsHistoryLimit", out);
    SpecRules.nonNegative(spec.failedJobsHistoryLimit(), p + ".failedJobsHistoryLimit", out);
    if (spec.when() != null) {
      Tags.scan(spec.when(), tag -> {
        if (!tag.startsWith("=")) return;
        String bad = ExprRules.check(Tags.skeleton(tag.substring(1)));
        if (bad != null) out.error(p + ".when", "expression {{" + Tags.show(tag) + "}} does not parse: " + bad + "; fix the expression");
      });
    }
    if (spec.stopStrategy() != null) CommonRules.expression(spec.stopStrategy().expression(), p + ".stopStrategy.expression", out);
    if (spec.workflowSpec() == null) out.error(p + ".workflowSpec", "a CronWorkflow needs workflowSpec: the workflow it starts");
  }

  private static void schedule(String s, String path, Problems out) {
    String bad = Cron.check(s);
    if (bad != null) out.error(path, "schedule '" + s + "' is not a valid cron schedule: " + bad);
  }
}
