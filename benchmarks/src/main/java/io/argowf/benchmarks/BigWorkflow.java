package io.argowf.benchmarks;

/**
 * Writes a large, realistic Workflow as YAML: a DAG of N tasks (each depending on up to two earlier ones,
 * with arguments) and a status with one node per task (phase, times, resources, outputs). N = 1,500 gives
 * about 1.5 MB.
 */
public final class BigWorkflow {
  private BigWorkflow() {}

  /**
   * The YAML text.
   *
   * @param tasks how many DAG tasks (and status nodes)
   * @return the manifest
   */
  public static String yaml(int tasks) {
    StringBuilder b = new StringBuilder(tasks * 1100);
    b.append("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  name: big-dag-x7k2p\n  namespace: argo\n")
        .append("  labels:\n    workflows.argoproj.io/phase: Succeeded\n    team: data\n")
        .append("spec:\n  entrypoint: main\n  arguments:\n    parameters:\n    - name: input\n      value: s3://bucket/in\n")
        .append("  templates:\n  - name: main\n    dag:\n      tasks:\n");
    for (int i = 0; i < tasks; i++) {
      b.append("      - name: task-").append(i).append('\n')
          .append("        template: work\n");
      if (i > 0) {
        b.append("        depends: \"task-").append(i - 1).append(".Succeeded");
        if (i > 1) b.append(" && task-").append(i / 2).append(".Succeeded");
        b.append("\"\n");
      }
      b.append("        arguments:\n          parameters:\n          - name: shard\n            value: \"").append(i).append("\"\n")
          .append("          - name: source\n            value: \"{{workflow.parameters.input}}/part-").append(i).append("\"\n");
    }
    b.append("  - name: work\n    inputs:\n      parameters:\n      - name: shard\n      - name: source\n")
        .append("    container:\n      image: python:3.12-slim\n      command: [python, -c]\n")
        .append("      args: [\"print('{{inputs.parameters.shard}}')\"]\n")
        .append("      resources:\n        requests: {cpu: 500m, memory: 1Gi}\n        limits: {cpu: 1, memory: 2Gi}\n")
        .append("status:\n  phase: Succeeded\n  startedAt: \"2026-11-01T10:00:00Z\"\n  finishedAt: \"2026-11-01T11:00:00Z\"\n")
        .append("  progress: ").append(tasks).append('/').append(tasks).append('\n')
        .append("  resourcesDuration: {cpu: 90000, memory: 180000}\n  nodes:\n");
    for (int i = 0; i < tasks; i++) {
      String id = "big-dag-x7k2p-" + (1_000_000_000L + i * 7919L);
      b.append("    ").append(id).append(":\n")
          .append("      id: ").append(id).append('\n')
          .append("      name: big-dag-x7k2p.task-").append(i).append('\n')
          .append("      displayName: task-").append(i).append('\n')
          .append("      type: Pod\n      templateName: work\n      templateScope: local/big-dag-x7k2p\n")
          .append("      phase: Succeeded\n      boundaryID: big-dag-x7k2p\n")
          .append("      startedAt: \"2026-11-01T10:").append(String.format("%02d", i % 60)).append(":00Z\"\n")
          .append("      finishedAt: \"2026-11-01T10:").append(String.format("%02d", i % 60)).append(":59Z\"\n")
          .append("      progress: 1/1\n      resourcesDuration: {cpu: 60, memory: 120}\n")
          .append("      hostNodeName: node-").append(i % 17).append('\n')
          .append("      inputs:\n        parameters:\n        - name: shard\n          value: \"").append(i).append("\"\n")
          .append("      outputs:\n        exitCode: \"0\"\n        result: done ").append(i).append('\n')
          .append("      children:\n      - big-dag-x7k2p-").append(1_000_000_000L + (i + 1) * 7919L).append('\n');
    }
    return b.toString();
  }
}
