package io.argowf.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.WorkflowSpec;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The whole of Argo by name: every field of {@code WorkflowSpec} and {@code Template} (the model's attributes, read by
 * reflection, so a field the model gains fails here) has a DSL method of its name, a DSL method that writes it under
 * another name (listed below, and checked to exist), or a line in the README's "Customize-only fields" saying why not.
 */
class FieldCoverageTest {
  /** Fields the DSL writes through methods of other names. */
  private static final Map<String, List<String>> WORKFLOW_ALIASES = Map.of(
      "executor", List.of("executorServiceAccountName"),
      "hooks", List.of("hook"),
      "podMetadata", List.of("podAnnotation", "podLabel"),
      "synchronization", List.of("mutex", "semaphore"));
  private static final Map<String, List<String>> TEMPLATE_ALIASES = Map.of(
      "metadata", List.of("label", "annotation"),
      "executor", List.of("executorServiceAccountName"),
      "retryStrategy", List.of("retry"),
      "synchronization", List.of("mutex", "semaphore"),
      "parallelism", List.of("StepsTemplate.parallelism", "DagTemplate.parallelism"));
  /** Template fields that a template kind's factory in {@link Argo} writes. */
  private static final Set<String> KINDS = Set.of("name", "container", "script", "resource", "suspend", "http",
      "containerSet", "data", "plugin", "steps", "dag");

  @Test
  void everyWorkflowSpecFieldHasADslMethodOrIsListedAsCustomizeOnly() throws IOException {
    List<String> uncovered = uncovered(WorkflowSpec.class, List.of(WorkflowBuilder.class), WORKFLOW_ALIASES, Set.of(), "WorkflowSpec");
    assertThat(uncovered).as("WorkflowSpec fields with neither a DSL method nor a README line").isEmpty();
  }

  @Test
  void everyTemplateFieldHasADslMethodOrIsListedAsCustomizeOnly() throws IOException {
    List<String> uncovered = uncovered(Template.class, List.of(ContainerTemplate.class), TEMPLATE_ALIASES, KINDS, "Template");
    assertThat(uncovered).as("Template fields with neither a DSL method nor a README line").isEmpty();
  }

  @Test
  void theReadmeListsOnlyFieldsThatExistAndHaveNoDslMethod() throws IOException {
    for (String line : customizeOnly()) {
      String[] typeAndField = line.split("\\.");
      Class<?> type = typeAndField[0].equals("WorkflowSpec") ? WorkflowSpec.class : Template.class;
      Class<?> dsl = type == WorkflowSpec.class ? WorkflowBuilder.class : ContainerTemplate.class;
      assertThat(fields(type)).as("README lists %s, which the model has", line).contains(typeAndField[1]);
      assertThat(methods(dsl)).as("README lists %s as customize-only, but the DSL has a method for it", line).doesNotContain(typeAndField[1]);
    }
  }

  @Test
  void aliasesAndKindFactoriesExist() {
    Set<String> workflow = methods(WorkflowBuilder.class);
    WORKFLOW_ALIASES.values().stream().flatMap(List::stream).forEach(m -> assertThat(workflow).contains(m));
    Set<String> template = methods(ContainerTemplate.class);
    TEMPLATE_ALIASES.values().stream().flatMap(List::stream).filter(m -> !m.contains(".")).forEach(m -> assertThat(template).contains(m));
    assertThat(methods(StepsTemplate.class)).contains("parallelism");
    assertThat(methods(DagTemplate.class)).contains("parallelism");
    Set<String> factories = methods(Argo.class);
    KINDS.stream().filter(k -> !k.equals("name")).forEach(k -> assertThat(factories).contains(k));
  }

  private static List<String> uncovered(Class<?> model, List<Class<?>> dsl, Map<String, List<String>> aliases, Set<String> kinds,
      String prefix) throws IOException {
    Set<String> methods = new TreeSet<>();
    dsl.forEach(c -> methods.addAll(methods(c)));
    Set<String> readme = customizeOnly();
    List<String> missing = new ArrayList<>();
    for (String field : fields(model)) {
      if (methods.contains(field) || aliases.containsKey(field) || kinds.contains(field) || readme.contains(prefix + "." + field)) continue;
      missing.add(field);
    }
    return missing;
  }

  /** The model's attributes: every {@code withX} copy method but the catch-all for unknown fields. */
  private static Set<String> fields(Class<?> model) {
    return Stream.of(model.getMethods()).map(Method::getName)
        .filter(n -> n.startsWith("with") && n.length() > 4 && !n.equals("withUnknownFields"))
        .map(n -> n.substring(4, 5).toLowerCase(Locale.ROOT) + n.substring(5))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> methods(Class<?> type) {
    return Stream.of(type.getMethods()).filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The README's "Customize-only fields": lines {@code - `WorkflowSpec.shutdown`: why}. */
  private static Set<String> customizeOnly() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("## Customize-only fields");
    assertThat(start).as("README has a 'Customize-only fields' section").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    Matcher m = Pattern.compile("(?m)^- `((?:WorkflowSpec|Template)\\.\\w+)`: \\S").matcher(readme.substring(start, end < 0 ? readme.length() : end));
    Set<String> listed = new TreeSet<>();
    while (m.find()) listed.add(m.group(1));
    return listed;
  }
}
