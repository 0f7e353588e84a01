package io.argowf.dsl.internal.tojava;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java names from the names a YAML file uses: {@code print-message} becomes {@code printMessage}, {@code A}
 * becomes {@code a}, a keyword or a taken name gets a suffix saying what it is ({@code forStep}), then a number.
 */
public final class Names {
  /** Names the generated code itself uses, which variables and methods must not take. */
  private static final List<String> RESERVED = List.of("var", "record", "yield", "sealed", "permits", "main",
      "manifests", "args", "t", "call", "ctr", "art", "wf", "List", "Map", "Manifests", "System", "Object", "String");
  private final Set<String> taken = new HashSet<>(RESERVED);

  /** A method of the class named like one of {@code Argo}'s would hide the static import. */
  Names() {
    for (java.lang.reflect.Method m : io.argowf.dsl.Argo.class.getMethods()) {
      if (java.lang.reflect.Modifier.isStatic(m.getModifiers())) taken.add(m.getName());
    }
  }

  /** @return a fresh variable or method name for a YAML name, e.g. {@code printMessage} */
  String variable(String yamlName, String role) {
    String base = camel(yamlName == null ? "" : yamlName, false);
    if (base.isEmpty()) base = role;
    if (!Character.isJavaIdentifierStart(base.charAt(0))) base = role + capitalize(base);
    if (taken.contains(base) || !SourceVersion.isName(base)) base = base + capitalize(role);
    String name = base;
    for (int i = 2; taken.contains(name) || !SourceVersion.isName(name); i++) name = base + i;
    taken.add(name);
    return name;
  }

  /** @return a class name for a file name: {@code dag-diamond.yaml} becomes {@code DagDiamond} */
  public static String className(String fileName) {
    String base = fileName.replaceAll("(?i)\\.(ya?ml|json)$", "");
    String name = camel(base, true);
    if (name.isEmpty()) name = "Manifests";
    if (!Character.isJavaIdentifierStart(name.charAt(0))) name = "Manifests" + name;
    if (!SourceVersion.isName(name) || RESERVED.contains(name) || JAVA_LANG.contains(name)) name = name + "Manifests";
    return name;
  }

  private static final Set<String> JAVA_LANG = Set.of("Argo", "Workflow", "WorkflowTemplate",
      "ClusterWorkflowTemplate", "CronWorkflow", "Template", "Integer", "Long", "Boolean", "Double", "Math",
      "Override", "Deprecated", "Class", "Thread", "Runtime", "Process", "Record", "Enum", "Void", "Character");

  /** Letters and digits of each ASCII-word, joined in camel case; other characters are dropped. */
  static String camel(String text, boolean upperFirst) {
    StringBuilder b = new StringBuilder();
    for (String word : text.split("[^A-Za-z0-9]+")) {
      if (word.isEmpty()) continue;
      String w = word.equals(word.toUpperCase(Locale.ROOT)) ? word.toLowerCase(Locale.ROOT) : word;
      b.append(b.length() == 0 && !upperFirst ? decapitalize(w) : capitalize(w));
    }
    return b.toString();
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String decapitalize(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
