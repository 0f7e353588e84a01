package io.argowf.client;

import io.argowf.model.workflow.Workflow;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A workflow submission from a WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow, being
 * configured. Made by {@link Workflows#fromTemplate(String)} and its siblings; not thread-safe.
 *
 * <pre>{@code
 * Workflow wf = argo.workflows("argo").fromTemplate("etl")
 *     .parameter("date", "2024-01-01")
 *     .label("team", "data")
 *     .generateName("etl-")
 *     .submit();
 * }</pre>
 */
public final class SubmitRequest {
  /** What a submission is made from. */
  public enum Source {
    /** A WorkflowTemplate of the namespace. */
    WORKFLOW_TEMPLATE("WorkflowTemplate"),
    /** A ClusterWorkflowTemplate. */
    CLUSTER_WORKFLOW_TEMPLATE("ClusterWorkflowTemplate"),
    /** A CronWorkflow of the namespace (run now). */
    CRON_WORKFLOW("CronWorkflow");

    private final String kind;

    Source(String kind) {
      this.kind = kind;
    }

    /** @return the resource's kind, e.g. {@code WorkflowTemplate} */
    public String kind() {
      return kind;
    }
  }

  /**
   * What a submission asks for, as handed to the backend.
   *
   * @param source the kind of resource submitted from
   * @param resourceName its name
   * @param parameters input parameters, in the order given
   * @param labels labels of the new workflow
   * @param annotations annotations of the new workflow
   * @param name fixed name of the new workflow, or null
   * @param generateName generated-name prefix, or null
   * @param entryPoint entrypoint override, or null
   * @param serviceAccount service account override, or null
   * @param podPriorityClassName pod priority class, or null
   * @param priority workflow priority, or null
   * @param serverDryRun validate and default only
   */
  public record Query(Source source, String resourceName, Map<String, String> parameters, Map<String, String> labels,
      Map<String, String> annotations, String name, String generateName, String entryPoint, String serviceAccount,
      String podPriorityClassName, Integer priority, boolean serverDryRun) {
    /** Copies the maps, keeping their order. */
    public Query {
      parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
      labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
      annotations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(annotations));
    }
  }

  /** How a backend submits. */
  @FunctionalInterface
  public interface Executor {
    /** @return the created (or, for a dry run, validated) workflow */
    Workflow submit(Query query);
  }

  private final Executor executor;
  private final Source source;
  private final String resourceName;
  private final Map<String, String> parameters = new LinkedHashMap<>();
  private final Map<String, String> labels = new LinkedHashMap<>();
  private final Map<String, String> annotations = new LinkedHashMap<>();
  private final Map<String, String> options = new LinkedHashMap<>();
  private Integer priority;
  private boolean serverDryRun;

  private SubmitRequest(Executor executor, Source source, String resourceName) {
    this.executor = Objects.requireNonNull(executor, "executor");
    this.source = Objects.requireNonNull(source, "source");
    this.resourceName = Names.require(resourceName);
  }

  /**
   * A submission sent by a backend's executor (for backends and fakes).
   *
   * <pre>{@code
   * SubmitRequest s = SubmitRequest.of(query -> fakeWorkflow, SubmitRequest.Source.WORKFLOW_TEMPLATE, "etl");
   * }</pre>
   */
  public static SubmitRequest of(Executor executor, Source source, String resourceName) {
    return new SubmitRequest(executor, source, resourceName);
  }

  /**
   * Sets an input parameter of the workflow.
   *
   * @param name parameter name
   * @param value its value
   * @return this
   */
  public SubmitRequest parameter(String name, String value) {
    parameters.put(requireKey(name), Objects.requireNonNull(value, "value"));
    return this;
  }

  /**
   * Adds a label to the new workflow.
   *
   * @param key label key
   * @param value label value
   * @return this
   */
  public SubmitRequest label(String key, String value) {
    labels.put(requireKey(key), requireListValue(value));
    return this;
  }

  /**
   * Adds an annotation to the new workflow.
   *
   * @param key annotation key
   * @param value annotation value
   * @return this
   */
  public SubmitRequest annotation(String key, String value) {
    annotations.put(requireKey(key), requireListValue(value));
    return this;
  }

  /**
   * @param name fixed name of the new workflow (makes the submission safe to retry)
   * @return this
   */
  public SubmitRequest name(String name) {
    return option("name", name);
  }

  /**
   * @param prefix generated-name prefix of the new workflow
   * @return this
   */
  public SubmitRequest generateName(String prefix) {
    return option("generateName", prefix);
  }

  /**
   * @param template the entrypoint template to run instead of the spec's
   * @return this
   */
  public SubmitRequest entryPoint(String template) {
    return option("entryPoint", template);
  }

  /**
   * @param serviceAccount service account the workflow's pods run as
   * @return this
   */
  public SubmitRequest serviceAccount(String serviceAccount) {
    return option("serviceAccount", serviceAccount);
  }

  /**
   * @param className pod priority class of the workflow's pods
   * @return this
   */
  public SubmitRequest podPriorityClassName(String className) {
    return option("podPriorityClassName", className);
  }

  /**
   * @param priority workflow priority
   * @return this
   */
  public SubmitRequest priority(int priority) {
    this.priority = priority;
    return this;
  }

  /**
   * Makes the submission a server dry run: validated and defaulted, not created.
   *
   * @return this
   */
  public SubmitRequest serverDryRun() {
    this.serverDryRun = true;
    return this;
  }

  /**
   * Sends the submission.
   *
   * @return the created workflow
   */
  public Workflow submit() {
    return executor.submit(query());
  }

  /** @return what this submission asks for */
  public Query query() {
    return new Query(source, resourceName, parameters, labels, annotations, options.get("name"),
        options.get("generateName"), options.get("entryPoint"), options.get("serviceAccount"),
        options.get("podPriorityClassName"), priority, serverDryRun);
  }

  private SubmitRequest option(String key, String value) {
    options.put(key, Objects.requireNonNull(value, key));
    return this;
  }

  /** Labels and annotations travel as one {@code k=v,k2=v2} string, which cannot carry a comma. */
  private static String requireListValue(String value) {
    if (Objects.requireNonNull(value, "value").contains(",")) {
      throw new IllegalArgumentException("argo-server's submit options cannot carry a ',' in a label or annotation value: " + value);
    }
    return value;
  }

  private static String requireKey(String key) {
    if (key == null || key.isBlank() || key.contains("=") || key.contains(",")) {
      throw new IllegalArgumentException("invalid key: " + key);
    }
    return key;
  }
}
