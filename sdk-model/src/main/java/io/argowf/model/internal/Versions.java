package io.argowf.model.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.model.ArgoVersion;
import io.argowf.model.Lint;
import io.argowf.model.internal.bind.ModelWriter;
import io.argowf.model.k8s.IntOrString;
import io.argowf.model.k8s.Quantity;
import io.argowf.model.k8s.Time;
import io.argowf.model.workflow.Amount;
import io.argowf.model.workflow.Cache;
import io.argowf.model.workflow.CronWorkflowSpec;
import io.argowf.model.workflow.Item;
import io.argowf.model.workflow.ParallelSteps;
import io.argowf.model.workflow.Plugin;
import io.argowf.model.workflow.Synchronization;
import io.argowf.model.workflow.WorkflowStep;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ArgoVersion#convert}'s engine. Writes a manifest for Argo v3.5 or v4 from the schema facts ({@link SchemaFacts#ADDED_IN_V4},
 * {@link SchemaFacts#REMOVED_IN_V4}): wherever it sits, a field the target lacks is converted when nothing is lost
 * (a list of one {@code schedules}, {@code mutexes} or {@code semaphores} for v3.5's single field, and back for
 * v4), and is an error with its path otherwise.
 */
public final class Versions {
  private static final ObjectMapper JSON = Mappers.JSON;
  /** The v4 lists whose one element v3.5 holds in a field of its own. */
  private static final Map<Class<?>, Map<String, String>> SINGULAR = Map.of(
      CronWorkflowSpec.class, Map.of("schedules", "schedule"),
      Synchronization.class, Map.of("mutexes", "mutex", "semaphores", "semaphore"));
  /** What v4 has instead of a field it removed, when it is not the plural. */
  private static final Map<String, String> INSTEAD = Map.of(
      "priority", "priorityClassName", "podPriority", "podPriorityClassName");
  private static final ClassValue<Map<String, JavaType>> PROPERTIES = new ClassValue<>() {
    @Override
    protected Map<String, JavaType> computeValue(Class<?> type) {
      // the serializer writing the manifest has just been made: its properties, not a second introspection
      Map<String, JavaType> properties = new HashMap<>();
      try {
        JsonSerializer<Object> writer = JSON.getSerializerProviderInstance().findValueSerializer(type);
        if (writer instanceof ModelWriter<?> generated) return generated.typedFields(JSON.getTypeFactory());
        writer.properties().forEachRemaining(p -> properties.put(p.getName(), p.getType()));
      } catch (JsonMappingException e) {
        throw new IllegalStateException("cannot list the fields of " + type.getSimpleName(), e);
      }
      return properties;
    }
  };

  private final boolean v35;
  private final List<Lint.Problem> problems = new ArrayList<>();
  private boolean changed;

  private Versions(boolean v35) {
    this.v35 = v35;
  }

  /**
   * The manifest for the target version (the same object when nothing needed converting), and what the target
   * lacks that could not be converted.
   *
   * @param manifest a model manifest, written the v4 way, the v3.5 way, or both; its status is left alone
   */
  @SuppressWarnings("unchecked")
  public static <T> ArgoVersion.Conversion<T> convert(T manifest, boolean v35) {
    if (!mayNeedWork(manifest, v35, true)) return new ArgoVersion.Conversion<>(manifest, List.of());
    Versions v = new Versions(v35);
    JsonNode tree = JSON.valueToTree(manifest);
    if (tree instanceof ObjectNode top) {
      JsonNode status = top.remove("status");
      v.walk(top, JSON.constructType(manifest.getClass()), "");
      if (status != null) top.set("status", status);
    }
    if (!v.changed) return new ArgoVersion.Conversion<>(manifest, v.problems);
    try {
      return new ArgoVersion.Conversion<>((T) JSON.treeToValue(tree, manifest.getClass()), v.problems);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read back the converted " + manifest.getClass().getSimpleName(), e);
    }
  }

  /**
   * Whether a manifest holds anything the tree walk below acts on: a field the target version lacks, or v3.5's
   * memoization cache key for v4. Read through the generated writers, so the common case (nothing to convert) writes
   * no tree. A class another module adds answers yes: the tree walk decides for it.
   */
  private static boolean mayNeedWork(Object value, boolean v35, boolean top) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
        || value instanceof JsonNode || value instanceof Enum || value instanceof Quantity || value instanceof Time
        || value instanceof IntOrString || value instanceof Item || value instanceof Amount || value instanceof Plugin) {
      return false;
    }
    if (value instanceof ParallelSteps p) return mayNeedWork(p.steps(), v35, false);
    if (value instanceof Collection<?> c) return c.stream().anyMatch(o -> mayNeedWork(o, v35, false));
    if (value instanceof Map<?, ?> m) return m.values().stream().anyMatch(o -> mayNeedWork(o, v35, false));
    ModelWriter<Object> writer = ModelWriter.fieldsOf(value.getClass());
    if (writer == null) return true;
    if (!v35 && value instanceof Cache cache && cache.configMap() != null && cache.configMap().unknownFields().containsKey("key")) {
      return true;
    }
    List<String> fields = writer.fields();
    for (String versioned : fields(v35 ? SchemaFacts.ADDED_IN_V4 : SchemaFacts.REMOVED_IN_V4, value.getClass())) {
      if (writer.get(value, fields.indexOf(versioned)) != null) return true;
    }
    for (int i = 0; i < fields.size(); i++) {
      if (top && fields.get(i).equals("status")) continue;
      if (mayNeedWork(writer.get(value, i), v35, false)) return true;
    }
    return false;
  }

  private void walk(JsonNode node, JavaType type, String path) {
    Class<?> raw = type.getRawClass();
    if (node.isArray() && (type.isCollectionLikeType() || raw == ParallelSteps.class)) {
      JavaType element = raw == ParallelSteps.class ? JSON.constructType(WorkflowStep.class) : type.getContentType();
      for (int i = 0; i < node.size(); i++) walk(node.get(i), element, path + "[" + i + "]");
    } else if (node.isObject() && type.isMapLikeType()) {
      node.fields().forEachRemaining(e -> walk(e.getValue(), type.getContentType(), path + "." + e.getKey()));
    } else if (node instanceof ObjectNode object) {
      convert(object, raw, path);
      Map<String, JavaType> properties = PROPERTIES.get(raw);
      object.fields().forEachRemaining(e -> {
        JavaType t = properties.get(e.getKey());
        if (t != null) walk(e.getValue(), t, (path.isEmpty() ? "" : path + ".") + e.getKey());
      });
    }
  }

  private void convert(ObjectNode node, Class<?> type, String path) {
    String at = path.isEmpty() ? "" : path + ".";
    if (!v35 && type == Cache.class && node.path("configMap").has("key")) {
      problems.add(error(at + "configMap.key", "Argo v4's memoization cache names only its ConfigMap (v3.5 also took a key);"
          + " remove key, or target ArgoVersion.V3_5"));
    }
    Map<String, String> singular = facts(SINGULAR, type);
    for (String field : v35 ? fields(SchemaFacts.ADDED_IN_V4, type) : fields(SchemaFacts.REMOVED_IN_V4, type)) {
      if (!node.has(field)) continue;
      if (v35) {
        String one = singular.get(field);
        JsonNode list = node.get(field);
        if (one != null && list.size() <= 1 && !node.has(one)) {
          node.remove(field);
          if (list.size() == 1) node.set(one, list.get(0));
          changed = true;
        } else {
          problems.add(error(at + field, one == null
              ? "not in Argo v3.5 (it came with v3.6); target ArgoVersion.V4 or leave it out"
              : "Argo v3.5 takes one " + one + " here, this asks for " + (list.size() + (node.has(one) ? 1 : 0))
                  + "; keep one (written as '" + one + "') or target ArgoVersion.V4"));
        }
      } else {
        String many = singular.entrySet().stream().filter(e -> e.getValue().equals(field)).map(Map.Entry::getKey)
            .findFirst().orElse(null);
        if (many != null) {
          ArrayNode list = JSON.createArrayNode().add(node.remove(field));
          if (node.get(many) instanceof ArrayNode more) list.addAll(more);
          node.set(many, list);
          changed = true;
        } else {
          problems.add(error(at + field, "Argo v4 removed this field; " + (INSTEAD.containsKey(field)
              ? "use " + INSTEAD.get(field) : "leave it out") + ", or target ArgoVersion.V3_5"));
        }
      }
    }
  }

  private static List<String> fields(Map<String, List<String>> facts, Class<?> type) {
    return facts.getOrDefault(type.getName(), List.of());
  }

  private static Map<String, String> facts(Map<Class<?>, Map<String, String>> facts, Class<?> type) {
    return facts.entrySet().stream().filter(e -> e.getKey().isAssignableFrom(type)).map(Map.Entry::getValue)
        .findFirst().orElse(Map.of());
  }

  private static Lint.Problem error(String path, String message) {
    return new Lint.Problem(Lint.Severity.ERROR, path, message);
  }
}
