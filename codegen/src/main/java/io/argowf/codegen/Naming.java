package io.argowf.codegen;

import com.squareup.javapoet.ClassName;
import java.util.Map;
import java.util.Set;

/** Where each definition lands in Java: package, class name, and the hand-written special shapes. */
final class Naming {
  static final String MODEL = "io.argowf.model";
  static final String WORKFLOW = MODEL + ".workflow";
  static final String K8S = MODEL + ".k8s";
  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");

  /** Definitions written by hand (custom JSON shapes); references resolve to these classes. */
  static final Map<String, ClassName> HAND_WRITTEN = Map.of(
      "io.k8s.apimachinery.pkg.api.resource.Quantity", ClassName.get(K8S, "Quantity"),
      "io.k8s.apimachinery.pkg.apis.meta.v1.Time", ClassName.get(K8S, "Time"),
      "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime", ClassName.get(K8S, "Time"),
      "io.k8s.apimachinery.pkg.util.intstr.IntOrString", ClassName.get(K8S, "IntOrString"),
      Definitions.ARGO + "Item", ClassName.get(WORKFLOW, "Item"),
      Definitions.ARGO + "Plugin", ClassName.get(WORKFLOW, "Plugin"),
      Definitions.ARGO + "Amount", ClassName.get(WORKFLOW, "Amount"),
      Definitions.ARGO + "ParallelSteps", ClassName.get(WORKFLOW, "ParallelSteps"));

  /**
   * Kubernetes definitions whose simple name an Argo type already uses get a {@code K8s} prefix, so a
   * star import of both packages never clashes.
   */
  static final Set<String> K8S_CLASHES = Set.of("HTTPHeader");

  /** JSON names that are Java keywords get readable accessor names. */
  static final Map<String, String> KEYWORD_FIELDS = Map.of(
      "default", "defaultValue",
      "enum", "enumValues",
      "continue", "continueToken");

  private Naming() {}

  static boolean isHandWritten(String definition) {
    return HAND_WRITTEN.containsKey(definition);
  }

  static ClassName className(String definition) {
    ClassName special = HAND_WRITTEN.get(definition);
    if (special != null) return special;
    String simple = definition.substring(definition.lastIndexOf('.') + 1);
    if (definition.startsWith(Definitions.ARGO)) return ClassName.get(WORKFLOW, simple);
    if (definition.startsWith("io.k8s.")) {
      return ClassName.get(K8S, K8S_CLASHES.contains(simple) ? "K8s" + simple : simple);
    }
    throw new IllegalArgumentException("no package for definition " + definition);
  }

  static ClassName abstractName(ClassName type) {
    return ClassName.get(type.packageName(), "Abstract" + type.simpleName());
  }

  static String accessor(String jsonName) {
    return KEYWORD_FIELDS.getOrDefault(jsonName, jsonName);
  }
}
