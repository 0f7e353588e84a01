package io.argowf.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.argowf.model.expr.ExpressionException;
import io.argowf.model.expr.Expressions;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every expression in Argo's examples parses: {@code {{=...}}} tags, step and task {@code when} (govaluate), and
 * {@code expression} fields (retry strategies, hooks, output parameters, stop strategies). Those that can be are
 * evaluated over a plausible environment: every step or task has result "heads" and status "Succeeded", parameters
 * have their declared values, and {@code {{...}}} tags in a when become "heads".
 */
class SharedExpressionsTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final List<String> failures = new ArrayList<>();
  private int tags;
  private int whens;
  private int fields;
  private int evaluated;
  private final List<String> notEvaluated = new ArrayList<>();

  @Test
  void everyExpressionInArgosExamplesAndTheTutorialParsesAndMostEvaluate() throws Exception {
    List<Path> files = new ArrayList<>(SharedData.yamlFiles("argo/examples"));
    files.addAll(SharedData.yamlFiles("seeds/manifests"));
    for (Path f : files) {
      for (JsonNode doc : YAML.readValues(YAML.createParser(f.toFile()), JsonNode.class).readAll()) {
        if (doc == null || !doc.isObject()) continue;
        Map<String, Object> env = environment(doc);
        walk(doc, "", f.getFileName() + ": ", env);
      }
    }
    System.out.printf("expressions in Argo's examples and the tutorial: %d {{=...}} tags, %d when, %d expression fields; %d evaluated, "
        + "%d not evaluated%n", tags, whens, fields, evaluated, notEvaluated.size());
    notEvaluated.forEach(n -> System.out.println("  not evaluated: " + n));
    assertThat(failures).as("expressions that do not parse").isEmpty();
    assertThat(tags + whens + fields).as("expressions found").isGreaterThan(30);
    assertThat(evaluated).as("expressions evaluated").isGreaterThanOrEqualTo((tags + whens + fields) * 8 / 10);
  }

  private void walk(JsonNode node, String path, String where, Map<String, Object> env) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        JsonNode v = e.getValue();
        if (v.isTextual() && e.getKey().equals("when") && (path.contains(".steps[") || path.contains(".tasks["))) {
          when(v.textValue(), where + p, env);
        } else if (v.isTextual() && e.getKey().equals("expression")) {
          expression(v.textValue(), where + p, env);
        } else {
          walk(v, p, where, env);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) walk(node.get(i), path + "[" + i + "]", where, env);
    } else if (node.isTextual()) {
      for (String tag : exprTags(node.textValue())) {
        tags++;
        parseAndMaybeEvaluate(tag, where + path, env);
      }
    }
  }

  /** The {{=...}} tags of a text, each ending at the first }} as Argo's template engine finds it. */
  static List<String> exprTags(String s) {
    List<String> out = new ArrayList<>();
    int at = s.indexOf("{{=");
    while (at >= 0) {
      int end = s.indexOf("}}", at);
      if (end < 0) break;
      out.add(s.substring(at + 3, end));
      at = s.indexOf("{{=", end);
    }
    return out;
  }

  private void when(String text, String where, Map<String, Object> env) {
    whens++;
    StringBuilder substituted = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf("{{", i);
      if (open < 0) {
        substituted.append(text.substring(i));
        break;
      }
      int close = text.indexOf("}}", open);
      substituted.append(text, i, open);
      String tag = text.substring(open + 2, close).trim();
      if (tag.startsWith("=")) {
        tags++;
        Object v = parseAndEvaluateQuietly(tag.substring(1), where, env);
        substituted.append(v == null ? "true" : Expressions.format(v));
      } else {
        substituted.append("heads");
      }
      i = close + 2;
    }
    try {
      Expressions.parseWhen(substituted.toString()).evaluate();
      evaluated++;
    } catch (ExpressionException e) {
      failures.add(where + ": when '" + text + "' as '" + substituted + "': " + e.getMessage());
    }
  }

  private void expression(String text, String where, Map<String, Object> env) {
    fields++;
    parseAndMaybeEvaluate(text.replaceAll("\\{\\{[^}]*}}", "true"), where, env);
  }

  private void parseAndMaybeEvaluate(String text, String where, Map<String, Object> env) {
    try {
      Expressions.parse(text);
    } catch (ExpressionException e) {
      failures.add(where + ": '" + text + "': " + e.getMessage());
      return;
    }
    parseAndEvaluateQuietly(text, where, env);
  }

  private Object parseAndEvaluateQuietly(String text, String where, Map<String, Object> env) {
    try {
      Object v = Expressions.evaluate(text, env);
      evaluated++;
      return v;
    } catch (ExpressionException e) {
      notEvaluated.add(where + ": " + e.getMessage());
      return null;
    }
  }

  // ---- a plausible environment for one document

  @SuppressWarnings("unchecked")
  private static Map<String, Object> environment(JsonNode doc) {
    Map<String, Object> flat = new LinkedHashMap<>();
    JsonNode spec = doc.path("spec").has("workflowSpec") ? doc.path("spec").path("workflowSpec") : doc.path("spec");
    Map<String, Object> workflowParams = new LinkedHashMap<>();
    for (JsonNode p : spec.path("arguments").path("parameters")) workflowParams.put(p.path("name").asText(), p.path("value").asText(""));
    Map<String, Object> inputs = new LinkedHashMap<>();
    Map<String, String> rawInputs = new LinkedHashMap<>();
    for (JsonNode t : spec.path("templates")) {
      for (JsonNode p : t.path("inputs").path("parameters")) {
        String value = p.has("value") ? p.path("value").asText() : p.path("default").asText("1");
        rawInputs.putIfAbsent(p.path("name").asText(), value);
        inputs.putIfAbsent(p.path("name").asText(), value.contains("{{") ? "1" : value);
      }
    }
    flat.put("workflow.name", "example-x7k2p");
    flat.put("workflow.namespace", "argo");
    flat.put("workflow.uid", "0f4c2a8e-0000-4000-8000-000000000001");
    flat.put("workflow.creationTimestamp", "2024-05-06T07:08:09Z");
    flat.put("workflow.status", "Succeeded");
    flat.put("workflow.failures", "[]");
    flat.put("workflow.duration", "12.5");
    flat.put("item", "1");
    flat.put("retries", "0");
    flat.put("lastRetry.exitCode", "1");
    flat.put("lastRetry.status", "Failed");
    flat.put("lastRetry.duration", "20");
    flat.put("lastRetry.message", "");
    Map<String, Object> env = Expressions.expand(flat);
    ((Map<String, Object>) env.get("workflow")).put("parameters", workflowParams);
    env.put("inputs", Map.of("parameters", inputs));
    env.put("steps", new AnyName());
    env.put("tasks", new AnyName());
    env.put("cronworkflow", Map.of("name", "nightly", "namespace", "argo"));
    env.put("data", List.of("logs/a/main.log", "logs/b/other.txt"));
    // an input whose value is one {{=...}} tag gets that tag's value, as Argo resolves it before the template runs
    for (Map.Entry<String, Object> e : inputs.entrySet()) {
      List<String> own = exprTags(String.valueOf(rawInputs.get(e.getKey())));
      if (own.size() != 1) continue;
      try {
        e.setValue(Expressions.format(Expressions.evaluate(own.get(0), env)));
      } catch (ExpressionException ignored) {
        // keeps the stand-in value
      }
    }
    return env;
  }

  /** Every name is a node that succeeded with result "heads" (and any output parameter "1"). */
  private static final class AnyName extends AbstractMap<String, Object> {
    @Override
    public Object get(Object key) {
      return Map.of("status", "Succeeded", "exitCode", "0", "outputs",
          Map.of("result", "heads", "parameters", new Fixed("1"), "artifacts", new Fixed("artifact")));
    }

    @Override
    public boolean containsKey(Object key) {
      return true;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      return Set.of();
    }
  }

  private static final class Fixed extends AbstractMap<String, Object> {
    private final Object value;

    Fixed(Object value) {
      this.value = value;
    }

    @Override
    public Object get(Object key) {
      return value;
    }

    @Override
    public boolean containsKey(Object key) {
      return true;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      return Set.of();
    }
  }
}
