package io.argowf.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.client.internal.ApiRequest;
import io.argowf.client.internal.Transport;
import io.argowf.model.workflow.Workflow;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Submits through argo-server's {@code /submit}. A named submission carries a fresh
 * {@value ResourceCalls#REQUEST_ID} annotation, so a repeat that meets AlreadyExists (the first attempt
 * landed, its reply was lost) reads the workflow back and returns it when it bears this call's id,
 * as a named create does.
 */
final class ServerSubmitter implements SubmitRequest.Executor {
  private final Transport transport;
  private final String namespace;

  ServerSubmitter(Transport transport, String namespace) {
    this.transport = transport;
    this.namespace = namespace;
  }

  @Override
  public Workflow submit(SubmitRequest.Query q) {
    ObjectNode body = transport.json().object();
    body.put("namespace", namespace).put("resourceKind", q.source().kind()).put("resourceName", q.resourceName());
    ObjectNode opts = body.putObject("submitOptions");
    put(opts, "name", q.name());
    put(opts, "generateName", q.generateName());
    put(opts, "entryPoint", q.entryPoint());
    put(opts, "serviceAccount", q.serviceAccount());
    put(opts, "podPriorityClassName", q.podPriorityClassName());
    Map<String, String> annotations = new LinkedHashMap<>(q.annotations());
    String requestId = q.name() != null && !q.serverDryRun() ? UUID.randomUUID().toString() : null;
    if (requestId != null) {
      annotations.put(ResourceCalls.REQUEST_ID, requestId);
    }
    if (!q.labels().isEmpty()) {
      opts.put("labels", joined(q.labels()));          // one "k=v,k2=v2" string on the wire
    }
    if (!annotations.isEmpty()) {
      opts.put("annotations", joined(annotations));
    }
    if (!q.parameters().isEmpty()) {
      ArrayNode params = opts.putArray("parameters");  // ["name=value", ...]
      q.parameters().forEach((k, v) -> params.add(k + "=" + v));
    }
    if (q.priority() != null) {
      opts.put("priority", q.priority());
    }
    if (q.serverDryRun()) {
      opts.put("serverDryRun", true);
    }
    boolean repeatable = q.name() != null || q.serverDryRun();
    ApiRequest request = ApiRequest.post(body, "api", "v1", "workflows", namespace, "submit")
        .safety(repeatable ? ApiRequest.Safety.IDEMPOTENT : ApiRequest.Safety.ONCE);
    if (requestId == null) {
      return transport.call(request, Workflow.class);
    }
    try {
      return ResourceCalls.withoutRequestId(transport.call(request, JsonNode.class), transport, Workflow.class,
          request.describe());
    } catch (AlreadyExistsException e) {
      return ResourceCalls.ownObject(transport, e, requestId, Workflow.class, "api", "v1", "workflows", namespace,
          q.name());
    }
  }

  private static void put(ObjectNode opts, String key, String value) {
    if (value != null) {
      opts.put(key, value);
    }
  }

  private static String joined(Map<String, String> map) {
    return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
  }
}
