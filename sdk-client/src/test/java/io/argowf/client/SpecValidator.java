package io.argowf.client;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks requests the client sent against argo-server's OpenAPI spec from {@code ../shared}, where
 * the spec matches the server. Known differences, each ignored on purpose:
 * <ul>
 *   <li>streams are requested with {@code Accept: text/event-stream} (what the argo CLI sends; the
 *       server picks SSE framing from it), while the spec only lists {@code application/json};</li>
 *   <li>an event with an empty discriminator goes to {@code /api/v1/events/{ns}/} (trailing slash),
 *       which the spec's required path parameter cannot express: such requests are skipped;</li>
 *   <li>responses are not validated: the server's error bodies ({@code {code, message}}, plain text
 *       from the rate limiter and artifact endpoints) differ from the spec's.</li>
 * </ul>
 */
final class SpecValidator {
  private static OpenApiInteractionValidator validator;
  private static boolean loaded;

  private SpecValidator() {}

  /** The spec file, or null when {@code ../shared} is not there (fresh clone). */
  static Path specFile() {
    String shared = System.getProperty("argowf.shared", "../../shared");
    Path file = Path.of(shared, "argo", "v4.1.2", "swagger.json");
    return Files.isRegularFile(file) ? file : null;
  }

  static synchronized OpenApiInteractionValidator validator() {
    if (!loaded) {
      loaded = true;
      Path spec = specFile();
      if (spec == null) {
        System.err.println("[argowf] request check against argo-server's OpenAPI spec skipped: "
            + "../shared/argo/v4.1.2/swagger.json is not present (fresh clone without reference data)");
      } else {
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(envelopesOnly(spec))
            .withLevelResolver(LevelResolver.create()
                .withLevel("validation.request.accept.notAllowed", ValidationReport.Level.IGNORE)
                .withLevel("validation.response", ValidationReport.Level.IGNORE)
                .build())
            .build();
      }
    }
    return validator;
  }

  /**
   * The spec with the resource schemas (Workflow, templates, CronWorkflow) reduced to "an object":
   * requests are checked for paths, parameters, headers and body envelopes (the client's job), not
   * for the model's field-by-field shape (sdk-model's job, tested against the JSON schema). Checking
   * a Workflow against the full spec costs seconds per request type.
   */
  private static String envelopesOnly(Path spec) {
    try {
      com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
      com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode) m.readTree(spec.toFile());
      com.fasterxml.jackson.databind.node.ObjectNode defs = (com.fasterxml.jackson.databind.node.ObjectNode) root.get("definitions");
      for (String kind : List.of("Workflow", "WorkflowTemplate", "ClusterWorkflowTemplate", "CronWorkflow")) {
        defs.putObject("io.argoproj.workflow.v1alpha1." + kind).put("type", "object");
      }
      return m.writeValueAsString(root);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** @return one line per problem, empty when every request conforms (or no spec is available) */
  static List<String> problems(List<LoggedRequest> requests) {
    OpenApiInteractionValidator v = validator();
    List<String> problems = new ArrayList<>();
    if (v == null) {
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
      SimpleRequest.Builder b = new SimpleRequest.Builder(r.getMethod().getName(), path);
      for (Map.Entry<String, com.github.tomakehurst.wiremock.http.QueryParameter> q : r.getQueryParams().entrySet()) {
        b.withQueryParam(q.getKey(), q.getValue().values());
      }
      for (HttpHeader h : r.getHeaders().all()) {
        b.withHeader(h.key(), h.values());
      }
      if (r.getBody() != null && r.getBody().length > 0) {
        b.withBody(r.getBodyAsString());
      }
      ValidationReport report = v.validateRequest(b.build());
      for (ValidationReport.Message m : report.getMessages()) {
        if (m.getLevel() == ValidationReport.Level.ERROR) {
          problems.add(r.getMethod() + " " + r.getUrl() + ": " + m.getKey() + ": " + m.getMessage());
        }
      }
    }
    return problems;
  }
}
