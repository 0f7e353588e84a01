package io.argowf.client;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.client.internal.ApiRequest;
import io.argowf.model.workflow.Workflow;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

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
  private final ArgoClient client;
  private final String namespace;
  private final String kind;
  private final String resourceName;
  private final Map<String, String> parameters = new LinkedHashMap<>();
  private final Map<String, String> labels = new LinkedHashMap<>();
  private final Map<String, String> annotations = new LinkedHashMap<>();
  private final Map<String, String> options = new LinkedHashMap<>();
  private Integer priority;
  private boolean serverDryRun;

  SubmitRequest(ArgoClient client, String namespace, String kind, String resourceName) {
    this.client = client;
    this.namespace = namespace;
    this.kind = kind;
    this.resourceName = resourceName;
  }

  /**
   * Sets an input parameter of the workflow.
   */
  public SubmitRequest parameter(String name, String value) {
    parameters.put(requireKey(name), Objects.requireNonNull(value, "value"));
    return this;
  }

  /**
   * Adds a label to the new workflow.
   */
  public SubmitRequest label(String key, String value) {
    labels.put(requireKey(key), requireListValue(value));
    return this;
  }

  /**
   * Adds an annotation to the new workflow.
   */
  public SubmitRequest annotation(String key, String value) {
    annotations.put(requireKey(key), requireListValue(value));
    return this;
  }

  /**
   * @param name fixed name of the new workflow (makes the submission safe to retry)
   */
  public SubmitRequest name(String name) {
    return option("name", name);
  }

  /**
   * @param prefix generated-name prefix of the new workflow
   */
  public SubmitRequest generateName(String prefix) {
    return option("generateName", prefix);
  }

  /**
   * @param template the entrypoint template to run instead of the spec's
   */
  public SubmitRequest entryPoint(String template) {
    return option("entryPoint", template);
  }

  /**
   * @param serviceAccount service account the workflow's pods run as
   */
  public SubmitRequest serviceAccount(String serviceAccount) {
    return option("serviceAccount", serviceAccount);
  }

  /**
   * @param className pod priority class of the workflow's pods
   */
  public SubmitRequest podPriorityClassName(String className) {
    return option("podPriorityClassName", className);
  }

  /**
   * @param priority workflow priority
   */
  public SubmitRequest priority(int priority) {
    this.priority = priority;
    return this;
  }

  /**
   * Makes the submission a server dry run: validated and defaulted, not created.
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
    ObjectNode body = client.transport().json().object();
    body.put("namespace", namespace).put("resourceKind", kind).put("resourceName", resourceName);
    ObjectNode opts = body.putObject("submitOptions");
    options.forEach(opts::put);
    if (!labels.isEmpty()) {
      opts.put("labels", joined(labels));          // one "k=v,k2=v2" string on the wire
    }
    if (!annotations.isEmpty()) {
      opts.put("annotations", joined(annotations));
    }
    if (!parameters.isEmpty()) {
      ArrayNode params = opts.putArray("parameters");  // ["name=value", ...]
      parameters.forEach((k, v) -> params.add(k + "=" + v));
    }
    if (priority != null) {
      opts.put("priority", priority);
    }
    if (serverDryRun) {
      opts.put("serverDryRun", true);
    }
    boolean repeatable = options.containsKey("name") || serverDryRun;
    return client.transport().call(ApiRequest.post(body, "api", "v1", "workflows", namespace, "submit")
        .safety(repeatable ? ApiRequest.Safety.IDEMPOTENT : ApiRequest.Safety.ONCE), Workflow.class);
  }

  private SubmitRequest option(String key, String value) {
    options.put(key, Objects.requireNonNull(value, key));
    return this;
  }

  private static String joined(Map<String, String> map) {
    return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
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
