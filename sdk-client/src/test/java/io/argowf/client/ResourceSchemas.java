package io.argowf.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.fge.jsonschema.core.exceptions.ProcessingException;
import com.github.fge.jsonschema.core.report.LogLevel;
import com.github.fge.jsonschema.core.report.ProcessingMessage;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Field-by-field validation of the Workflow, WorkflowTemplate, ClusterWorkflowTemplate and
 * CronWorkflow objects inside request bodies, against the spec's {@code definitions}.
 *
 * <p>Why not through swagger-request-validator: it copies and transforms the whole {@code definitions}
 * map (425 types) into a fresh schema for every request-body type and has the JSON-schema library
 * check that copy's syntax from scratch, which costs 1–8 s per new request type. Here the
 * definitions are one tree, compiled once per JVM: every kind is a pointer into it, and the
 * library's cache is shared by all of them, so the first Workflow costs ~60 ms and each further kind
 * ~20 ms.
 *
 * <p>Strictness and the server's known differences from the spec:
 * <ul>
 *   <li>an object schema with {@code properties} and no {@code additionalProperties} refuses other
 *       fields, so a misspelt or invented field fails the test;</li>
 *   <li>{@code IntOrString} is a string in the spec, but the server takes a number too (and the model
 *       writes back what it read): both are allowed.</li>
 * </ul>
 */
final class ResourceSchemas {
  private static final String PREFIX = "/definitions/io.argoproj.workflow.v1alpha1.";
  private static final String INT_OR_STRING = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";

  private final Map<String, JsonSchema> kinds = new LinkedHashMap<>();

  /** @param definitions the spec's {@code definitions}; changed in place */
  ResourceSchemas(ObjectNode definitions) {
    strict(definitions);
    ObjectNode intOrString = definitions.putObject(INT_OR_STRING);
    intOrString.putArray("type").add("string").add("integer");
    ObjectNode root = definitions.objectNode();
    root.set("definitions", definitions);
    JsonSchemaFactory factory = JsonSchemaFactory.byDefault();
    try {
      for (String kind : List.of("Workflow", "WorkflowTemplate", "ClusterWorkflowTemplate", "CronWorkflow")) {
        kinds.put(kind, factory.getJsonSchema(root, PREFIX + kind));
      }
    } catch (ProcessingException e) {
      throw new IllegalStateException("the spec's definitions are not a usable JSON schema", e);
    }
  }

  /**
   * @param kind e.g. {@code Workflow}
   * @param object the object as sent
   * @return one line per error, with the JSON pointer of the offending value
   */
  List<String> problems(String kind, JsonNode object) {
    List<String> problems = new ArrayList<>();
    try {
      ProcessingReport report = kinds.get(kind).validate(object, true);
      for (ProcessingMessage m : report) {
        if (m.getLogLevel().compareTo(LogLevel.ERROR) >= 0) {
          problems.add(kind + " " + m.asJson().path("instance").path("pointer").asText() + ": " + m.getMessage());
        }
      }
    } catch (ProcessingException e) {
      problems.add(kind + ": " + e.getMessage());
    }
    return problems;
  }

  /** Walks schema positions only (not the names inside a {@code properties} map). */
  private static void strict(ObjectNode definitions) {
    definitions.forEach(ResourceSchemas::strictSchema);
  }

  private static void strictSchema(JsonNode schema) {
    if (!(schema instanceof ObjectNode object)) {
      return;
    }
    if (object.has("properties") && !object.has("additionalProperties")) {
      object.put("additionalProperties", false);
    }
    object.path("properties").forEach(ResourceSchemas::strictSchema);
    strictSchema(object.get("items"));
    strictSchema(object.get("additionalProperties"));
    for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
      object.path(combinator).forEach(ResourceSchemas::strictSchema);
    }
  }
}
