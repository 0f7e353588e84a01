package io.argowf.dsl;

import io.argowf.dsl.internal.MermaidWriter;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowTemplate;

/**
 * A workflow's graph as a Mermaid flowchart, for READMEs and reviews: steps in group order, DAG tasks by
 * their dependencies, loops and conditions marked, and a step or task that runs another steps or DAG template
 * linked to that template's subgraph. Works on any model workflow, built or read from YAML.
 *
 * <pre>{@code
 * String chart = Mermaid.of(Manifests.read(Path.of("wf.yaml"), Workflow.class));
 * Files.writeString(Path.of("wf.md"), "```mermaid\n" + chart + "```\n");
 * }</pre>
 */
public final class Mermaid {
  private Mermaid() {}

  /**
   * The chart of a Workflow.
   *
   * @return Mermaid text, starting {@code flowchart TD}
   */
  public static String of(Workflow workflow) {
    return of(workflow.spec());
  }

  /**
   * The chart of a WorkflowTemplate.
   *
   * @return Mermaid text
   */
  public static String of(WorkflowTemplate template) {
    return of(template.spec());
  }

  /**
   * The chart of a CronWorkflow's workflow.
   *
   * @param cron the CronWorkflow
   * @return Mermaid text
   */
  public static String of(CronWorkflow cron) {
    return of(cron.spec().workflowSpec());
  }

  /**
   * The chart of a workflow spec.
   *
   * @return Mermaid text
   */
  public static String of(WorkflowSpec spec) {
    return MermaidWriter.write(spec);
  }
}
