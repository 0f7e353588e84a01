package io.argowf.dsl;

import io.argowf.dsl.internal.Lists;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.CronWorkflowSpec;
import io.argowf.model.workflow.Workflow;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link CronWorkflow}: a workflow started on a schedule. For Argo v3.5 it writes one
 * {@code schedule}; for v4, {@code schedules}.
 *
 * <pre>{@code
 * CronWorkflow cron = cronWorkflow("hello-world")
 *     .schedule("* * * * *").timezone("America/Los_Angeles").concurrencyPolicy("Replace")
 *     .entrypoint(hello)
 *     .build();
 * }</pre>
 */
public final class CronWorkflowBuilder extends SpecBuilder<CronWorkflowBuilder, CronWorkflow> {
  private CronWorkflowSpec cron;

  CronWorkflowBuilder(CronWorkflow from) {
    super(from.metadata(), from.spec() == null ? null : from.spec().workflowSpec());
    this.cron = from.spec() == null ? CronWorkflowSpec.builder().build() : from.spec().withWorkflowSpec(null);
  }

  private CronWorkflowBuilder cron(UnaryOperator<CronWorkflowSpec> change) {
    cron = change.apply(cron);
    return this;
  }

  /**
   * When to start the workflow; several schedules need Argo v4 (or v3.6+).
   *
   * @param schedules cron expressions, e.g. {@code 0 2 * * *}
   */
  public CronWorkflowBuilder schedule(String... schedules) {
    return cron(c -> c.withSchedules(Lists.plus(c.schedules(), schedules)));
  }

  /**
   * The time zone the schedule is read in.
   *
   * @param timezone e.g. {@code America/Los_Angeles}
   */
  public CronWorkflowBuilder timezone(String timezone) {
    return cron(c -> c.withTimezone(timezone));
  }

  /**
   * What to do when the previous run is still going.
   *
   * @param policy {@code Allow}, {@code Forbid} or {@code Replace}
   */
  public CronWorkflowBuilder concurrencyPolicy(String policy) {
    return cron(c -> c.withConcurrencyPolicy(policy));
  }

  /**
   * What to do when the previous run is still going.
   *
   * <pre>{@code
   * cronWorkflow("nightly").concurrencyPolicy(ConcurrencyPolicy.FORBID);
   * }</pre>
   */
  public CronWorkflowBuilder concurrencyPolicy(ConcurrencyPolicy policy) {
    return concurrencyPolicy(policy.toString());
  }

  /**
   * A typed condition checked before each scheduled run (Argo v4 or v3.6+), written as <code>{{=...}}</code>.
   *
   * <pre>{@code
   * cronWorkflow("nightly").when(expression("cronworkflow.failed").asInt().eq(0));
   * }</pre>
   */
  public CronWorkflowBuilder when(Condition condition) {
    return when("{{=" + condition.expression() + "}}");
  }

  /**
   * How late a missed run may still start.
   *
   * @param seconds e.g. {@code 0}
   */
  public CronWorkflowBuilder startingDeadlineSeconds(int seconds) {
    return cron(c -> c.withStartingDeadlineSeconds(seconds));
  }

  /**
   * How many succeeded workflows to keep.
   *
   * @param limit e.g. {@code 4}
   */
  public CronWorkflowBuilder successfulJobsHistoryLimit(int limit) {
    return cron(c -> c.withSuccessfulJobsHistoryLimit(limit));
  }

  /**
   * How many failed workflows to keep.
   *
   * @param limit e.g. {@code 4}
   */
  public CronWorkflowBuilder failedJobsHistoryLimit(int limit) {
    return cron(c -> c.withFailedJobsHistoryLimit(limit));
  }

  /**
   * Whether scheduling is paused.
   *
   * @param suspended true to pause
   */
  public CronWorkflowBuilder suspend(boolean suspended) {
    return cron(c -> c.withSuspend(suspended));
  }

  /**
   * A condition checked before each scheduled run (Argo v4 or v3.6+).
   *
   * @param expression e.g. <code>{{= cronworkflow.failed == 0 }}</code>
   */
  public CronWorkflowBuilder when(String expression) {
    return cron(c -> c.withWhen(expression));
  }

  @Override
  String specPath() {
    return "spec.workflowSpec";
  }

  @Override
  CronWorkflow wrap(Workflow workflow) {
    return CronWorkflow.builder().metadata(workflow.metadata()).spec(cron.withWorkflowSpec(workflow.spec())).build();
  }
}
