package io.argowf.client.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.client.ArgoException;
import io.argowf.client.ClusterWorkflowTemplates;
import io.argowf.client.CronWorkflows;
import io.argowf.client.SubmitRequest;
import io.argowf.client.WorkflowTemplates;
import io.argowf.client.internal.Errors;
import io.argowf.client.internal.LocalLint;
import io.argowf.model.k8s.HasMetadata;
import io.argowf.model.Manifests;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.Workflow;
import java.util.Map;

/**
 * What every backend of {@code io.argowf.client.Backend} shares, so that they behave alike: the
 * exception for a status, local lint, and the Workflow a submission makes.
 *
 * <pre>{@code
 * throw BackendSupport.failure("GET workflows/argo/x", 404, "NotFound", "workflows \"x\" not found", e);
 * }</pre>
 */
public final class BackendSupport {
  private static final String TEMPLATE_LABEL = "workflows.argoproj.io/workflow-template";
  private static final String CLUSTER_TEMPLATE_LABEL = "workflows.argoproj.io/cluster-workflow-template";
  private static final String CRON_LABEL = "workflows.argoproj.io/cron-workflow";
  /** Shared: {@link Manifests#jsonMapper()} makes a copy per call. */
  private static final ObjectMapper JSON = Manifests.jsonMapper();

  private BackendSupport() {}

  /**
   * The {@link ArgoException} for an HTTP status and Kubernetes reason ({@code AlreadyExists},
   * {@code Conflict}, ...), as argo-server's would be.
   *
   * <pre>{@code
   * throw BackendSupport.failure(what, e.getCode(), e.getStatus().getReason(), e.getStatus().getMessage(), e);
   * }</pre>
   */
  public static ArgoException failure(String what, int httpStatus, String reason, String message, Throwable cause) {
    int grpc = ArgoException.NO_GRPC_CODE;
    if (httpStatus == 409) {
      grpc = "Conflict".equals(reason) ? 10 : 6;
    } else if (httpStatus == 422) {
      grpc = 3;
    } else if (httpStatus == 410) {
      grpc = 11;
    }
    return Errors.of(what, httpStatus, grpc, message == null ? "" : message, null, cause);
  }

  /**
   * The namespace the argo CLI would use without {@code ARGO_NAMESPACE}: the kubeconfig context's (every file of
   * {@code KUBECONFIG}, else {@code ~/.kube/config}), else in a pod {@code POD_NAMESPACE} or the service account's;
   * null when none is configured.
   *
   * <pre>{@code
   * String ns = Objects.requireNonNullElse(BackendSupport.defaultNamespace(System::getenv), "default");
   * }</pre>
   */
  public static String defaultNamespace(java.util.function.Function<String, String> env) {
    return io.argowf.client.internal.Kubeconfig.namespace(env);
  }

  /**
   * The kubeconfig files the environment names ({@code KUBECONFIG}'s, every one of them, else
   * {@code ~/.kube/config} under {@code HOME}) that exist, in order.
   *
   * <pre>{@code
   * List<Path> files = BackendSupport.kubeconfigFiles(System::getenv);
   * }</pre>
   */
  public static java.util.List<java.nio.file.Path> kubeconfigFiles(java.util.function.Function<String, String> env) {
    return io.argowf.client.internal.Kubeconfig.existingFiles(env);
  }

  /**
   * Lints a Workflow, WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow locally with the templates it references; throws {@code InvalidException} listing
   * the errors.
   *
   * <pre>{@code
   * BackendSupport.lint(backend.workflowTemplates(ns), backend.clusterWorkflowTemplates(), wf);
   * }</pre>
   */
  public static void lint(WorkflowTemplates templates, ClusterWorkflowTemplates clusterTemplates, HasMetadata manifest) {
    LocalLint.check(templates, clusterTemplates, manifest);
  }

  /**
   * The Workflow the argo CLI creates for a submission when it talks to Kubernetes directly: a
   * {@code workflowTemplateRef} to the (cluster) template, or the CronWorkflow's {@code workflowSpec}
   * and {@code workflowMetadata} with an owner reference to it; then the submit options (name or
   * {@code generateName}, entrypoint, service account, priority, labels, annotations, parameters). The source is
   * read first, so a missing one is a {@code NotFoundException} and no workflow refers to nothing.
   *
   * <pre>{@code
   * Workflow wf = BackendSupport.workflowFrom(query, templates, clusterTemplates, crons);
   * }</pre>
   */
  public static Workflow workflowFrom(SubmitRequest.Query q, WorkflowTemplates templates,
      ClusterWorkflowTemplates clusterTemplates, CronWorkflows crons) {
    switch (q.source()) {   // a missing source is NotFound before a dangling reference is created
      case WORKFLOW_TEMPLATE:
        templates.get(q.resourceName());
        return workflowFor(q, null);
      case CLUSTER_WORKFLOW_TEMPLATE:
        clusterTemplates.get(q.resourceName());
        return workflowFor(q, null);
      default:
        return workflowFor(q, crons.get(q.resourceName()));
    }
  }

  private static Workflow workflowFor(SubmitRequest.Query q, CronWorkflow source) {
    ObjectNode wf = JSON.createObjectNode();
    ObjectNode meta = wf.putObject("metadata");
    ObjectNode spec;
    switch (q.source()) {
      case CRON_WORKFLOW: {
        JsonNode cron = JSON.valueToTree(source);
        JsonNode cronMeta = cron.path("metadata");
        JsonNode wfMeta = cron.path("spec").path("workflowMetadata");
        copy(wfMeta.path("labels"), meta.putObject("labels"));
        copy(wfMeta.path("annotations"), meta.putObject("annotations"));
        meta.with("labels").put(CRON_LABEL, q.resourceName());
        if (cronMeta.hasNonNull("uid")) {
          ObjectNode owner = meta.putArray("ownerReferences").addObject();
          owner.put("apiVersion", "argoproj.io/v1alpha1").put("kind", "CronWorkflow").put("name", q.resourceName())
              .put("uid", cronMeta.path("uid").asText()).put("blockOwnerDeletion", true).put("controller", true);
        }
        spec = cron.path("spec").path("workflowSpec").isObject()
            ? (ObjectNode) cron.path("spec").path("workflowSpec").deepCopy() : JSON.createObjectNode();
        break;
      }
      default: {
        boolean cluster = q.source() == SubmitRequest.Source.CLUSTER_WORKFLOW_TEMPLATE;
        meta.putObject("labels").put(cluster ? CLUSTER_TEMPLATE_LABEL : TEMPLATE_LABEL, q.resourceName());
        spec = JSON.createObjectNode();
        ObjectNode ref = spec.putObject("workflowTemplateRef").put("name", q.resourceName());
        if (cluster) {
          ref.put("clusterScope", true);
        }
      }
    }
    wf.set("spec", spec);
    applyOptions(q, meta, spec);
    try {
      return JSON.treeToValue(wf, Workflow.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot build the submitted workflow: " + e.getOriginalMessage(), e);
    }
  }

  private static void applyOptions(SubmitRequest.Query q, ObjectNode meta, ObjectNode spec) {
    if (q.name() != null) {
      meta.put("name", q.name());
    } else {
      meta.put("generateName", q.generateName() != null ? q.generateName() : q.resourceName() + "-");
    }
    q.labels().forEach(meta.with("labels")::put);
    q.annotations().forEach(meta.with("annotations")::put);
    if (meta.path("annotations").isEmpty()) {
      meta.remove("annotations");
    }
    put(spec, "entrypoint", q.entryPoint());
    put(spec, "serviceAccountName", q.serviceAccount());
    put(spec, "podPriorityClassName", q.podPriorityClassName());
    if (q.priority() != null) {
      spec.put("priority", q.priority());
    }
    setParameters(spec, q.parameters());
  }

  /**
   * Sets {@code spec.arguments.parameters} values: a parameter of that name gets the value, others are
   * added, as the argo CLI's {@code -p name=value} does.
   *
   * <pre>{@code
   * BackendSupport.setParameters(specNode, Map.of("date", "2024-01-01"));
   * }</pre>
   */
  public static void setParameters(ObjectNode spec, Map<String, String> parameters) {
    if (parameters.isEmpty()) {
      return;
    }
    ArrayNode params = spec.with("arguments").withArray("parameters");
    for (Map.Entry<String, String> p : parameters.entrySet()) {
      ObjectNode found = null;
      for (JsonNode existing : params) {
        if (p.getKey().equals(existing.path("name").asText())) {
          found = (ObjectNode) existing;
        }
      }
      (found != null ? found : params.addObject().put("name", p.getKey())).put("value", p.getValue());
    }
  }

  /**
   * Keeps only the dot paths {@code fields} of an object (or, with {@code exclude}, drops them), as argo-server
   * does with {@code fields}; an empty list keeps everything. For backends without a server-side projection.
   *
   * <pre>{@code
   * Workflow slim = BackendSupport.project(wf, List.of("metadata.name", "status.phase"), false, Workflow.class);
   * }</pre>
   */
  public static <T> T project(T object, java.util.List<String> fields, boolean exclude, Class<T> type) {
    if (fields.isEmpty() || object == null) {
      return object;
    }
    ObjectMapper json = Manifests.jsonMapper();
    ObjectNode tree = json.valueToTree(object);
    ObjectNode out = exclude ? tree : json.createObjectNode();
    for (String field : fields) {
      String[] path = field.trim().split("\\.");
      if (exclude) {
        remove(tree, path);
      } else {
        keep(tree, out, path, 0);
      }
    }
    return json.convertValue(out, type);
  }

  private static void keep(JsonNode from, ObjectNode to, String[] path, int at) {
    JsonNode value = from.get(path[at]);
    if (value == null) {
      return;
    }
    if (at == path.length - 1 || !value.isObject()) {
      to.set(path[at], value);
      return;
    }
    JsonNode existing = to.get(path[at]);
    keep(value, existing instanceof ObjectNode o ? o : to.putObject(path[at]), path, at + 1);
  }

  private static void remove(ObjectNode tree, String[] path) {
    JsonNode node = tree;
    for (int i = 0; i < path.length - 1 && node != null; i++) {
      node = node.get(path[i]);
    }
    if (node instanceof ObjectNode parent) {
      parent.remove(path[path.length - 1]);
    }
  }

  private static void put(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  private static void copy(JsonNode from, ObjectNode to) {
    from.fields().forEachRemaining(e -> to.set(e.getKey(), e.getValue()));
  }
}
