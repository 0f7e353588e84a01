package io.argowf.client;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks requests the client sent against argo-server's OpenAPI spec from {@code ../shared}, where
 * the spec matches the server: paths, parameters, headers and body envelopes through
 * swagger-request-validator, and the Workflow, WorkflowTemplate, ClusterWorkflowTemplate and
 * CronWorkflow inside create, update and lint bodies field by field through {@link ResourceSchemas}
 * (one schema tree per JVM: the request validator would rebuild the 425 definitions for every new
 * request type, seconds each). The envelope check gets a spec whose four resource types are "any
 * object" and which keeps only the definitions requests reach, so it loads in a fraction of the time.
 *
 * <p>Known differences, each handled on purpose:
 * <ul>
 *   <li>streams are requested with {@code Accept: text/event-stream} (what the argo CLI sends; the
 *       server picks SSE framing from it), while the spec only lists {@code application/json};</li>
 *   <li>an event with an empty discriminator goes to {@code /api/v1/events/{ns}/} (trailing slash),
 *       which the spec's required path parameter cannot express: such requests are skipped;</li>
 *   <li>responses are not validated: the server's error bodies ({@code {code, message}}, plain text
 *       from the rate limiter and artifact endpoints) differ from the spec's;</li>
 *   <li>{@code IntOrString} accepts numbers (see {@link ResourceSchemas});</li>
 *   <li>{@code /artifact-files/...} is routed for {@code workflows} (not the spec's {@code workflow}) and
 *       {@code archived-workflows}, serves {@code inputs} as well as {@code outputs}, and takes a path
 *       inside the artifact after the artifact name, which the spec's template cannot express: the
 *       path is checked up to the artifact name.</li>
 * </ul>
 */
final class SpecValidator {
  private static final String KIND_PREFIX = "io.argoproj.workflow.v1alpha1.";
  /** Collection path prefix → the resource kind and the body field holding it. */
  private static final Map<String, Map.Entry<String, String>> BODIES = Map.of(
      "/api/v1/workflows/", Map.entry("Workflow", "workflow"),
      "/api/v1/workflow-templates/", Map.entry("WorkflowTemplate", "template"),
      "/api/v1/cluster-workflow-templates", Map.entry("ClusterWorkflowTemplate", "template"),
      "/api/v1/cron-workflows/", Map.entry("CronWorkflow", "cronWorkflow"));

  private static final String ARTIFACT_FILES =
      "/artifact-files/{namespace}/{idDiscriminator}/{id}/{nodeId}/{artifactDiscriminator}/{artifactName}";

  private static OpenApiInteractionValidator envelopes;
  private static ResourceSchemas resources;
  private static boolean loaded;

  private SpecValidator() {}

  /** The spec file, or null when {@code ../shared} is not there (fresh clone). */
  static Path specFile() {
    String shared = System.getProperty("argowf.shared", "../../shared");
    Path file = Path.of(shared, "argo", "v4.1.2", "swagger.json");
    return Files.isRegularFile(file) ? file : null;
  }

  private static synchronized boolean load() {
    if (!loaded) {
      loaded = true;
      Path spec = specFile();
      if (spec == null) {
        System.err.println("[argowf] request check against argo-server's OpenAPI spec skipped: "
            + "../shared/argo/v4.1.2/swagger.json is not present (fresh clone without reference data)");
        return false;
      }
      try {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(spec.toFile());
        resources = new ResourceSchemas(((ObjectNode) root.get("definitions")).deepCopy());
        envelopes = OpenApiInteractionValidator.createForInlineApiSpecification(
                mapper.writeValueAsString(envelopesOnly(root)))
            .withLevelResolver(LevelResolver.create()
                .withLevel("validation.request.accept.notAllowed", ValidationReport.Level.IGNORE)
                .withLevel("validation.response", ValidationReport.Level.IGNORE)
                .build())
            .build();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return envelopes != null;
  }

  /**
   * The spec with the four resource types as "an object" (checked by {@link ResourceSchemas}) and
   * only the definitions that the paths still reach.
   */
  private static ObjectNode envelopesOnly(ObjectNode root) {
    ObjectNode defs = (ObjectNode) root.get("definitions");
    for (String kind : List.of("Workflow", "WorkflowTemplate", "ClusterWorkflowTemplate", "CronWorkflow")) {
      defs.putObject(KIND_PREFIX + kind).put("type", "object");
    }
    Set<String> reached = new HashSet<>();
    Deque<JsonNode> todo = new ArrayDeque<>(List.of(root.get("paths")));
    while (!todo.isEmpty()) {
      JsonNode node = todo.pop();
      String ref = node.path("$ref").asText("");
      if (ref.startsWith("#/definitions/") && reached.add(ref.substring("#/definitions/".length()))) {
        todo.push(defs.path(ref.substring("#/definitions/".length())));
      }
      node.forEach(todo::push);
    }
    defs.retain(reached);
    // the server serves input artifacts' files too; the spec's enum lists only "outputs". And its router
    // matches "workflows" and "archived-workflows": the spec's "workflow" is answered with an error
    for (JsonNode parameter : root.path("paths").path(ARTIFACT_FILES).path("get").path("parameters")) {
      if ("artifactDiscriminator".equals(parameter.path("name").asText())) {
        ((ObjectNode) parameter).putArray("enum").add("outputs").add("inputs");
      }
      if ("idDiscriminator".equals(parameter.path("name").asText())) {
        ((ObjectNode) parameter).putArray("enum").add("workflows").add("archived-workflows");
      }
    }
    return root;
  }

  /** @return one line per problem, empty when every request conforms (or no spec is available) */
  static List<String> problems(List<LoggedRequest> requests) {
    List<String> problems = new ArrayList<>();
    if (!load()) {
      return problems;
    }
    for (LoggedRequest r : requests) {
      URI uri = URI.create(r.getUrl());
      String path = uri.getRawPath();
      if (!path.startsWith("/api/") && !path.contains("artifact")) {
        continue; // not an argo-server call (e.g. a test's own endpoint)
      }
      if (path.startsWith("/api/v1/events/") && path.endsWith("/")) {
        continue; // empty discriminator: see class comment
      }
      if (path.startsWith("/artifact-files/")) {
        List<String> parts = Arrays.asList(path.split("/")); // "", "artifact-files", ns, ..., artifactName, path...
        path = String.join("/", parts.subList(0, Math.min(8, parts.size())));
      }
      String what = r.getMethod() + " " + r.getUrl() + ": ";
      SimpleRequest.Builder b = new SimpleRequest.Builder(r.getMethod().getName(), path);
      for (Map.Entry<String, com.github.tomakehurst.wiremock.http.QueryParameter> q : r.getQueryParams().entrySet()) {
        b.withQueryParam(q.getKey(), q.getValue().values());
      }
      for (HttpHeader h : r.getHeaders().all()) {
        b.withHeader(h.key(), h.values());
      }
      boolean hasBody = r.getBody() != null && r.getBody().length > 0;
      if (hasBody) {
        b.withBody(r.getBodyAsString());
      }
      for (ValidationReport.Message m : envelopes.validateRequest(b.build()).getMessages()) {
        if (m.getLevel() == ValidationReport.Level.ERROR) {
          problems.add(what + m.getKey() + ": " + m.getMessage());
        }
      }
      if (hasBody) {
        resourceProblems(path, r.getBodyAsString()).forEach(p -> problems.add(what + p));
      }
    }
    return problems;
  }

  private static List<String> resourceProblems(String path, String body) {
    for (Map.Entry<String, Map.Entry<String, String>> e : BODIES.entrySet()) {
      if (path.startsWith(e.getKey())) {
        try {
          JsonNode object = new ObjectMapper().readTree(body).get(e.getValue().getValue());
          return object == null ? List.of() : resources.problems(e.getValue().getKey(), object);
        } catch (IOException notJson) {
          return List.of(); // the envelope check has reported it
        }
      }
    }
    return List.of();
  }
}
