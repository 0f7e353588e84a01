package io.argowf.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.argowf.client.ArgoException;
import io.argowf.client.ClusterWorkflowTemplates;
import io.argowf.client.InvalidException;
import io.argowf.client.NotFoundException;
import io.argowf.client.WorkflowTemplates;
import io.argowf.model.Lint;
import io.argowf.model.LintException;
import io.argowf.model.k8s.HasMetadata;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.Resource;
import io.argowf.model.workflow.Workflow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lint before create, switched by {@link ArgoClient.Builder#lintBeforeSubmit(boolean)}: fetches the
 * WorkflowTemplates and ClusterWorkflowTemplates the workflow refers to ({@code templateRef},
 * {@code workflowTemplateRef}, and theirs in turn), runs {@link Lint#check(io.argowf.model.k8s.Resource, java.util.Collection)} against
 * them, and refuses a workflow with errors before anything is sent. A reference the server doesn't have stays
 * unresolved, so lint reports it (the server would refuse it too); when a template cannot be read for another
 * reason (e.g. no RBAC to read cluster templates), local lint is skipped and the server has the last word.
 */
public final class LocalLint {
  private static final ObjectMapper JSON = Manifests.jsonMapper();
  private static final Logger LOG = LoggerFactory.getLogger(LocalLint.class);

  private LocalLint() {}

  /**
   * Lints a workflow with the templates it references (read through {@code templates} and
   * {@code clusterTemplates}); throws {@link InvalidException} listing the errors.
   */
  public static void check(WorkflowTemplates templates, ClusterWorkflowTemplates clusterTemplates, HasMetadata workflow) {
    if (workflow == null) {
      throw new IllegalArgumentException("the manifest must not be null");
    }
    if (workflow.metadata() == null
        || (isEmpty(workflow.metadata().name()) && isEmpty(workflow.metadata().generateName()))) {
      throw invalid("metadata: name or generateName is required", null);
    }
    List<Resource> found;
    try {
      found = referencedTemplates(templates, clusterTemplates, workflow);
    } catch (ArgoException e) {
      LOG.debug("skipping local lint: cannot read a referenced template: {}", e.getMessage());
      return;
    }
    List<Lint.Problem> problems = Lint.check(workflow, found);
    if (problems.stream().anyMatch(Lint.Problem::isError)) {
      throw invalid(problems.stream().filter(Lint.Problem::isError).map(Lint.Problem::toString)
          .collect(Collectors.joining("; ")), new LintException(problems));
    }
  }

  /** Every template the workflow reaches by reference, fetched once each; missing ones are left out. */
  private static List<Resource> referencedTemplates(WorkflowTemplates templates, ClusterWorkflowTemplates clusterTemplates,
      Object root) {
    List<Resource> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Deque<Object> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      List<JsonNode> refs = new ArrayList<>();
      collectRefs(JSON.valueToTree(todo.pop()), refs);
      for (JsonNode ref : refs) {
        String name = ref.path("name").asText("");
        boolean cluster = ref.path("clusterScope").asBoolean(false);
        if (name.isEmpty() || name.contains("{{") || !seen.add((cluster ? "cluster/" : "ns/") + name)) continue;
        try {
          Resource template = cluster ? clusterTemplates.get(name) : templates.get(name);
          found.add(template);
          todo.add(template);
        } catch (NotFoundException missing) {
          // left unresolved: lint reports the reference, as the server would
        }
      }
    }
    return found;
  }

  private static void collectRefs(JsonNode node, List<JsonNode> out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(f -> {
        if ((f.getKey().equals("templateRef") || f.getKey().equals("workflowTemplateRef")) && f.getValue().isObject()) {
          out.add(f.getValue());
        } else {
          collectRefs(f.getValue(), out);
        }
      });
    } else if (node.isArray()) {
      node.forEach(n -> collectRefs(n, out));
    }
  }

  private static InvalidException invalid(String detail, LintException cause) {
    return new InvalidException("workflow is not valid (checked locally; turn off with lintBeforeSubmit(false)): "
        + detail, ArgoException.NO_STATUS, ArgoException.NO_GRPC_CODE, "", cause);
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }
}
