package io.argowf.dsl.internal;

import io.argowf.model.Lint;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the {@code {{...}}} references in one place of a template against what is visible there: the
 * template's inputs, the steps or tasks that ran before, the loop item, the workflow's arguments.
 */
final class References {
  private static final Pattern REF = Pattern.compile(
      "\\{\\{\\s*(?:inputs\\.(parameters|artifacts)\\.([\\w-]+)|(steps|tasks)\\.([\\w-]+)\\.|(item)\\b|workflow\\.parameters\\.([\\w-]+))");

  /** What a place sees. */
  record Scope(
      String template,
      Set<String> inputParameters,
      Set<String> inputArtifacts,
      String siblingKind,
      Set<String> visibleSiblings,
      Set<String> allSiblings,
      String whyNotVisible,
      boolean loop,
      Set<String> workflowParameters) {}

  private References() {}

  static void check(Object model, String path, Scope scope, List<Lint.Problem> problems) {
    Strings.each(model, path, (where, text) -> check(where, text, scope, problems));
  }

  private static void check(String where, String text, Scope scope, List<Lint.Problem> problems) {
    Matcher m = REF.matcher(text);
    while (m.find()) {
      int end = text.indexOf("}}", m.end());
      String ref = end < 0 ? m.group() : text.substring(m.start(), end + 2);
      if (m.group(1) != null) {
        boolean params = m.group(1).equals("parameters");
        Set<String> declared = params ? scope.inputParameters() : scope.inputArtifacts();
        if (!declared.contains(m.group(2))) {
          problems.add(error(where, ref + " uses input " + (params ? "parameter" : "artifact") + " '" + m.group(2)
              + "', which template '" + scope.template() + "' does not declare"
              + (declared.isEmpty() ? "" : " (its inputs: " + String.join(", ", declared) + ")")
              + "; declare it with inputs(...) or use the handle in the template it belongs to"));
        }
      } else if (m.group(3) != null) {
        String kind = m.group(3).equals("steps") ? "step" : "task";
        String name = m.group(4);
        if (!m.group(3).equals(scope.siblingKind())) {
          problems.add(error(where, ref + " refers to " + kind + " '" + name + "', but template '" + scope.template()
              + "' is not " + (kind.equals("step") ? "a steps template" : "a DAG") + "; pass the output in as an argument"));
        } else if (!scope.allSiblings().contains(name)) {
          problems.add(error(where, ref + " refers to " + kind + " '" + name + "', which is not in template '"
              + scope.template() + "'"));
        } else if (!scope.visibleSiblings().contains(name)) {
          problems.add(error(where, ref + " uses " + kind + " '" + name + "' " + scope.whyNotVisible()));
        }
      } else if (m.group(5) != null) {
        if (!scope.loop()) {
          problems.add(error(where, "{{item}} is used where there is no loop; add withItems, withParam or withSequence"));
        }
      } else if (scope.workflowParameters() != null && !scope.workflowParameters().contains(m.group(6))) {
        problems.add(error(where, ref + " refers to workflow argument '" + m.group(6) + "', which is not declared"
            + (scope.workflowParameters().isEmpty() ? "" : " (arguments: " + String.join(", ", scope.workflowParameters()) + ")")
            + "; add it with arguments(argument(...))"));
      }
    }
  }

  private static Lint.Problem error(String path, String message) {
    return new Lint.Problem(Lint.Severity.ERROR, path, message);
  }
}
