package io.argowf.model.internal.lint;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.argowf.model.ArgoVersion;
import io.argowf.model.internal.Binder;
import io.argowf.model.internal.SchemaFacts;
import io.argowf.model.internal.bind.ModelWriter;
import io.argowf.model.k8s.Quantity;
import io.argowf.model.k8s.ResourceRequirements;
import io.argowf.model.workflow.ParallelSteps;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks a whole manifest once: fields the model does not know are errors (reading keeps them, lint refuses
 * them), fields the schema requires must be there, and fields of the other Argo version are errors when
 * strict decoding refuses them ({@code schedule}/{@code schedules}, ...) and warnings when it ignores them.
 *
 * <p>Each model class is looked at once ({@link ClassValue}): a generated one through its {@code ModelWriter} (its
 * field names and a switch over its accessors, no reflection), another module's by reflection; the walk then costs
 * one call per field present in the manifest.
 */
final class FieldRules {
  /** Required fields another rule reports with a better message (or that a default may supply). */
  private static final Set<String> REQUIRED_ELSEWHERE = Set.of("Container.image", "ScriptTemplate.image",
      "Gauge.realtime", "Parameter.name", "Artifact.name", "DAGTask.name", "DAGTemplate.tasks",
      "ContainerSetTemplate.containers", "ScriptTemplate.source", "Workflow.metadata", "Workflow.spec", "WorkflowTemplate.metadata",
      "WorkflowTemplate.spec", "ClusterWorkflowTemplate.metadata", "ClusterWorkflowTemplate.spec",
      "CronWorkflow.metadata", "CronWorkflow.spec", "CronWorkflowSpec.schedules", "CronWorkflowSpec.workflowSpec");
  /** Required fields Argo's validator does not check: the pod fails when it is created. */
  private static final Set<String> LATER = Set.of("VolumeMount.mountPath");
  /** What replaces each field Argo v4 removed. */
  private static final Map<String, String> REPLACEMENTS = Map.of(
      "CronWorkflowSpec.schedule", "use 'schedules', a list of cron schedules",
      "Synchronization.mutex", "use 'mutexes', a list",
      "Synchronization.semaphore", "use 'semaphores', a list",
      "Template.priority", "use 'priorityClassName'",
      "WorkflowSpec.podPriority", "use 'podPriorityClassName'",
      "PersistentVolumeClaimStatus.resizeStatus", "use 'allocatedResourceStatuses'",
      "ObjectMeta.clusterName", "remove it");

  /** v3.5's single fields that strict v4 decoding refuses as unknown, and the v4 list that replaced each. */
  private static final Map<String, String> SINGULAR = Map.of(
      "CronWorkflowSpec.schedule", "schedules", "Synchronization.mutex", "mutexes", "Synchronization.semaphore", "semaphores");
  /** v4's lists that v3.5 does not know, and the single field v3.5 has instead. */
  private static final Map<String, String> PLURAL = Map.of(
      "CronWorkflowSpec.schedules", "schedule", "Synchronization.mutexes", "mutex", "Synchronization.semaphores", "semaphore");

  /** Reads one field of a model object. */
  private interface Getter {
    Object get(Object target);
  }

  private record Field(String json, Getter getter, boolean required, boolean removed, boolean added) {}

  private record Shape(String type, List<Field> fields, Getter unknown) {}

  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      return shape(type);
    }
  };

  private final Problems out;
  private final boolean v35;
  private final List<Object> path = new ArrayList<>();
  private int defaultsDepth;

  private FieldRules(Problems out, ArgoVersion version) {
    this.out = out;
    this.v35 = version == ArgoVersion.V3_5;
  }

  /**
   * Checks a manifest (its {@code status}, written by the controller, is left alone).
   *
   * @param manifest a model object
   * @param version which Argo's fields it is checked against
   */
  static void check(Object manifest, ArgoVersion version, Problems out) {
    FieldRules walker = new FieldRules(out, version);
    Shape shape = SHAPES.get(manifest.getClass());
    if (shape != null) walker.object(manifest, shape, true);
  }

  private void walk(Object value) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
        || value instanceof JsonNode || value instanceof Enum) {
      return;
    }
    if (value instanceof Quantity q) {
      quantity(q);
      return;
    }
    if (value instanceof ResourceRequirements r) limitsAboveRequests(r);
    if (value instanceof Collection<?> c) {
      int i = 0;
      for (Object o : c) {
        path.add(i++);
        walk(o);
        path.remove(path.size() - 1);
      }
    } else if (value instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        path.add(String.valueOf(e.getKey()));
        walk(e.getValue());
        path.remove(path.size() - 1);
      }
    } else if (value instanceof ParallelSteps p) {
      walk(p.steps());
    } else {
      Shape shape = SHAPES.get(value.getClass());
      if (shape != null) object(value, shape, false);
    }
  }

  private void object(Object value, Shape shape, boolean top) {
    for (Field f : shape.fields) {
      if (top && f.json.equals("status")) continue;
      Object v = f.getter.get(value);
      if (v == null) {
        if (f.required && defaultsDepth == 0) missing(shape.type, f.json);
        continue;
      }
      version(shape.type, f);
      boolean defaults = f.json.equals("templateDefaults");
      if (defaults) defaultsDepth++;
      path.add(f.json);
      walk(v);
      path.remove(path.size() - 1);
      if (defaults) defaultsDepth--;
    }
    @SuppressWarnings("unchecked")
    Map<String, JsonNode> unknown = (Map<String, JsonNode>) shape.unknown.get(value);
    for (String name : unknown.keySet()) {
      if (isStructuredAnyString(shape.type, name)) {
        out.warn(at(name), "'" + name + "' holds a " + (unknown.get(name).isArray() ? "list" : "map") + ", which Argo reads as an empty"
            + " string; to pass the text, quote it (e.g. " + name + ": '" + unknown.get(name) + "')");
        continue;
      }
      if (isCacheKey(shape.type, name)) {
        if (!v35) out.error(at(name), "Argo v4's memoization cache names only its ConfigMap (v3.5 also took a key); remove key");
        continue;
      }
      out.error(at(name), "unknown field '" + name + "' in " + shape.type
          + "; the model has no such field: check its spelling and indentation, or remove it");
    }
  }

  /** A list or map in an AnyString field, kept verbatim by the reader (see the model's ModelReader). */
  private static boolean isStructuredAnyString(String type, String name) {
    return (type.equals("Parameter") && (name.equals("value") || name.equals("default")))
        || (type.equals("ValueFrom") && name.equals("default"));
  }

  /** v3.5's {@code memoize.cache.configMap} was a ConfigMapKeySelector; v4 made it a LocalObjectReference. */
  private boolean isCacheKey(String type, String name) {
    return name.equals("key") && type.equals("LocalObjectReference") && path.size() >= 2
        && "configMap".equals(path.get(path.size() - 1)) && "cache".equals(path.get(path.size() - 2));
  }

  /** A field one of the Argo versions lacks: an error when strict decoding refuses it, else a warning. */
  private void version(String type, Field f) {
    String key = type + "." + f.json;
    if (f.removed && !v35) {
      String plural = SINGULAR.get(key);
      if (plural != null) {
        out.error(at(f.json), "'" + f.json + "' is Argo v3.5's form; Argo v4 refuses it as an unknown field: use '" + plural
            + "', a list (or lint for ArgoVersion.V3_5)");
      } else {
        out.warn(at(f.json), "'" + f.json + "' was removed in Argo v4 and is ignored there; " + REPLACEMENTS.getOrDefault(key, "remove it"));
      }
    } else if (f.added && v35) {
      String single = PLURAL.get(key);
      if (single != null) {
        out.error(at(f.json), "'" + f.json + "' came with Argo v3.6; Argo v3.5 refuses it as an unknown field: use '" + single
            + "', a single one (or lint for ArgoVersion.V4)");
      } else {
        out.warn(at(f.json), "'" + f.json + "' came after Argo v3.5, which ignores it; remove it or target Argo v4");
      }
    }
  }

  private void missing(String type, String field) {
    if (LATER.contains(type + "." + field)) {
      out.warn(at(field), "'" + field + "' is missing; Argo accepts the workflow, but Kubernetes refuses the pod when the step"
          + " starts, as " + type + " requires it");
    } else {
      out.error(at(field), "'" + field + "' is missing; " + type + " requires it");
    }
  }

  /** Kubernetes' quantity grammar; a {@code {{...}}} quantity is checked by Argo after substitution. */
  private void quantity(Quantity q) {
    String text = q.toString();
    if (Tags.has(text) || q.isValid()) return;
    out.error(Binder.path(path), Quantity.problem(text));
  }

  /** Kubernetes refuses a pod whose container limits a resource below what it requests. */
  private void limitsAboveRequests(ResourceRequirements r) {
    if (r.limits() == null || r.requests() == null) return;
    for (Map.Entry<String, Quantity> e : r.requests().entrySet()) {
      Quantity limit = r.limits().get(e.getKey());
      Quantity request = e.getValue();
      if (limit == null || request == null || !limit.isValid() || !request.isValid()) continue;
      if (limit.amount().compareTo(request.amount()) < 0) {
        path.add("limits");
        path.add(e.getKey());
        out.error(Binder.path(path), "limit " + limit + " is below the request " + request + " of " + e.getKey()
            + "; Kubernetes refuses such a pod: raise the limit or lower the request");
        path.remove(path.size() - 1);
        path.remove(path.size() - 1);
      }
    }
  }

  private String at(String field) {
    path.add(field);
    String p = Binder.path(path);
    path.remove(path.size() - 1);
    return p;
  }

  private static Shape shape(Class<?> type) {
    ModelWriter<Object> generated = ModelWriter.fieldsOf(type);
    return generated != null ? shape(type, generated) : reflectedShape(type);
  }

  private static Shape shape(Class<?> type, ModelWriter<Object> writer) {
    Facts facts = new Facts(type);
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < writer.fields().size(); i++) {
      int field = i;
      fields.add(facts.field(writer.fields().get(i), target -> writer.get(target, field)));
    }
    return facts.shape(fields, writer::unknownFields);
  }

  private static Shape reflectedShape(Class<?> type) {
    Method unknown;
    try {
      unknown = type.getMethod("unknownFields");
    } catch (NoSuchMethodException e) {
      return null;
    }
    Facts facts = new Facts(type);
    List<Field> fields = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) continue;
      JsonProperty p = jsonProperty(type, m.getName());
      if (p != null) fields.add(facts.field(p.value(), getter(handle(m))));
    }
    return facts.shape(fields, getter(handle(unknown)));
  }

  /** What the schema says of one class's fields. */
  private static final class Facts {
    private final String name;
    private final List<String> required;
    private final List<String> removed;
    private final List<String> added;

    Facts(Class<?> type) {
      name = type.getSimpleName();
      required = SchemaFacts.REQUIRED.getOrDefault(type.getName(), List.of());
      removed = SchemaFacts.REMOVED_IN_V4.getOrDefault(type.getName(), List.of());
      added = SchemaFacts.ADDED_IN_V4.getOrDefault(type.getName(), List.of());
    }

    Field field(String json, Getter getter) {
      return new Field(json, getter, required.contains(json) && !REQUIRED_ELSEWHERE.contains(name + "." + json),
          removed.contains(json), added.contains(json));
    }

    Shape shape(List<Field> fields, Getter unknown) {
      fields.sort((a, b) -> a.json.compareTo(b.json));
      return new Shape(name, List.copyOf(fields), unknown);
    }
  }

  private static Getter getter(MethodHandle handle) {
    return target -> {
      try {
        return handle.invokeExact(target);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException("cannot read a field of " + target.getClass().getSimpleName(), t);
      }
    };
  }

  private static MethodHandle handle(Method m) {
    try {
      m.setAccessible(true);
      return MethodHandles.lookup().unreflect(m).asType(MethodType.methodType(Object.class, Object.class));
    } catch (IllegalAccessException | RuntimeException e) {
      throw new IllegalStateException("cannot read " + m.getName() + " of " + m.getDeclaringClass().getSimpleName(), e);
    }
  }

  private static JsonProperty jsonProperty(Class<?> type, String method) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        JsonProperty p = c.getDeclaredMethod(method).getAnnotation(JsonProperty.class);
        if (p != null) return p;
      } catch (NoSuchMethodException ignored) {
        // look further up
      }
    }
    return null;
  }
}
