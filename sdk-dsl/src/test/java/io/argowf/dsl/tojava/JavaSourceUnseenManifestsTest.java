package io.argowf.dsl.tojava;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.Resource;
import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Manifests no test has seen: each Argo example changed four ways (hostile template names, fields the model does not
 * know, no name at all, and bundled with a ConfigMap and an unknown kind), about 900 files. Whatever the DSL cannot
 * say must still come back, through the fallbacks, and nothing may fail.
 */
class JavaSourceUnseenManifestsTest {
  private static final ObjectMapper JSON = Manifests.jsonMapper();
  private static final List<String> HOSTILE = List.of("class", "for", "var", "1st", "a.b", "Main", "manifests", "café",
      "x--y", "List", "record", "_", "steps", "dag");
  @TempDir Path tmp;

  @Test
  void changedExamplesComeBackFromTheirJavaAndNeverFail() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path f : JavaSourceRoundTripTest.yamlFiles(JavaSourceRoundTripTest.shared("argo/examples"))) {
      List<Resource> docs;
      try {
        docs = Manifests.readAll(f);
      } catch (RuntimeException unreadable) {
        continue;
      }
      String base = f.getFileName().toString().replaceAll("\\.ya?ml$", "");
      for (int variant = 0; variant < 4; variant++) {
        String text = variant(docs, variant);
        if (text != null) files.add(Files.writeString(tmp.resolve(base + "-v" + variant + ".yaml"), text));
      }
    }
    JavaSourceRoundTripTest.Report r = JavaSourceRoundTripTest.roundTrip(files, tmp.resolve("work"));
    System.out.println("changed examples: " + r);
    assertThat(files).hasSizeGreaterThan(800);
    assertThat(r.files).isGreaterThan(800);
    assertThat(r.failures).isEmpty();
  }

  /** @return the documents changed one way, as JSON documents (JSON is YAML), or null when the way does not apply */
  private static String variant(List<Resource> docs, int variant) {
    List<String> out = new ArrayList<>();
    boolean changed = false;
    for (Resource d : docs) {
      ObjectNode tree = JSON.valueToTree(d);
      if (isWorkflowKind(d)) {
        changed = true;
        switch (variant) {
          case 0 -> hostileTemplateNames(tree);
          case 1 -> unknownFields(tree);
          case 2 -> ((ObjectNode) tree.with("metadata")).remove(List.of("name", "generateName"));
          default -> { }
        }
      }
      out.add(text(tree));
    }
    if (variant == 3) {
      out.add("{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"settings\"}, \"data\": {\"k\": \"v\"}}");
      out.add("{\"apiVersion\": \"example.com/v1\", \"kind\": \"Gadget\", \"metadata\": {\"name\": \"gizmo\"}, \"spec\": {\"size\": 3}}");
      changed = true;
    }
    return changed ? String.join("\n---\n", out) + "\n" : null;
  }

  private static boolean isWorkflowKind(Resource d) {
    return d instanceof Workflow || d instanceof WorkflowTemplate || d instanceof ClusterWorkflowTemplate || d instanceof CronWorkflow;
  }

  /** Every template renamed to a keyword, a name the generated code uses, or one Java cannot spell; calls follow. */
  private static void hostileTemplateNames(ObjectNode doc) {
    JsonNode spec = doc.path("spec").has("workflowSpec") ? doc.path("spec").path("workflowSpec") : doc.path("spec");
    Map<String, String> renamed = new HashMap<>();
    int i = 0;
    for (JsonNode t : spec.path("templates")) {
      if (t.hasNonNull("name")) renamed.put(t.get("name").asText(), HOSTILE.get(i % HOSTILE.size()) + (i >= HOSTILE.size() ? i : ""));
      i++;
    }
    rename(spec, renamed);
  }

  private static void rename(JsonNode node, Map<String, String> renamed) {
    if (node instanceof ObjectNode o) {
      for (String key : List.of("template", "entrypoint", "onExit")) {
        JsonNode v = o.get(key);
        if (v != null && v.isTextual() && renamed.containsKey(v.asText())) o.put(key, renamed.get(v.asText()));
      }
      if (o.has("templates") && o.get("templates").isArray()) {
        for (JsonNode t : o.get("templates")) {
          if (t instanceof ObjectNode to && to.hasNonNull("name") && renamed.containsKey(to.get("name").asText())) {
            to.put("name", renamed.get(to.get("name").asText()));
          }
        }
      }
      for (Iterator<JsonNode> it = o.elements(); it.hasNext(); ) rename(it.next(), renamed);
    } else if (node.isArray()) {
      node.forEach(n -> rename(n, renamed));
    }
  }

  /** A field the model does not know on the spec, on each template and on each container. */
  private static void unknownFields(ObjectNode doc) {
    JsonNode spec = doc.path("spec");
    if (spec instanceof ObjectNode s) s.putObject("someFieldArgoMightAdd").put("level", 2).putArray("tags").add("a").add(1);
    JsonNode inner = spec.path("workflowSpec").isObject() ? spec.path("workflowSpec") : spec;
    for (JsonNode t : inner.path("templates")) {
      if (!(t instanceof ObjectNode to)) continue;
      to.put("futureSetting", true);
      if (to.get("container") instanceof ObjectNode c) c.put("futureContainerField", "x");
    }
  }

  private static String text(JsonNode tree) {
    try {
      return JSON.writeValueAsString(tree);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
