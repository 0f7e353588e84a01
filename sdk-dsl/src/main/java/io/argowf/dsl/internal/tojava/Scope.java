package io.argowf.dsl.internal.tojava;

import io.argowf.dsl.Argo;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The handles a {@code {{...}}} expression can become at one place of the code: the template's inputs, the
 * workflow's arguments, the sibling steps or tasks (and their templates' outputs), and the loop item.
 */
final class Scope {
  private static final Pattern SIBLING = Pattern.compile(
      "(steps|tasks)\\.([^.{}\\s]+)\\.(outputs\\.result|outputs\\.parameters\\.([^.{}\\s]+)|outputs\\.artifacts\\.([^.{}\\s]+)|exitCode|status)");
  private static final Pattern ITEM_KEY = Pattern.compile("[A-Za-z_][\\w-]*");

  /**
   * A step or task that others refer to, with the handles of its template's outputs.
   *
   * @param call the step or task variable
   * @param outputs its template's output parameter handles, by name
   * @param artifacts its template's output artifact handles, by name
   * @param looped whether it fans out, so that its result and output parameters are the aggregated JSON lists
   */
  record Sibling(Js call, Map<String, Js> outputs, Map<String, Js> artifacts, boolean looped) {}

  final Map<String, Js> inputs = new HashMap<>();
  final Map<String, Js> arguments;
  final Map<String, Sibling> siblings = new HashMap<>();
  String siblingScope = "";

  Scope(Map<String, Js> arguments) {
    this.arguments = arguments;
  }

  /** @return the handle for the text between {@code {{} and {@code }}}, or null when the DSL has none */
  Js handle(String path) {
    if (path.startsWith("inputs.parameters.")) return inputs.get(path.substring("inputs.parameters.".length()));
    if (path.startsWith("workflow.parameters.")) return arguments.get(path.substring("workflow.parameters.".length()));
    if (path.equals("item")) return Js.of(Argo.item(), "item()");
    if (path.startsWith("item.") && ITEM_KEY.matcher(path.substring(5)).matches()) {
      String key = path.substring(5);
      return Js.of(Argo.item(key), "item($S)", key);
    }
    Matcher m = SIBLING.matcher(path);
    if (!m.matches() || !m.group(1).equals(siblingScope)) return null;
    Sibling s = siblings.get(m.group(2));
    if (s == null) return null;
    String what = m.group(3);
    if (what.equals("outputs.result")) return call(s.call(), s.looped() ? "aggregatedResults" : "result", null);
    if (what.equals("exitCode")) return call(s.call(), "exitCode", null);
    if (what.equals("status")) return call(s.call(), "status", null);
    if (m.group(4) != null) {
      Js output = s.outputs().get(m.group(4));
      return output == null ? null : call(s.call(), s.looped() ? "aggregated" : "output", output);
    }
    return s.artifacts().containsKey(m.group(5)) ? call(s.call(), "artifact", s.artifacts().get(m.group(5))) : null;
  }

  private static Js call(Js target, String method, Js arg) {
    if (arg == null) {
      return Js.of(Reflect.call(target.live(), method, new Class<?>[0]), "$L.$L()", target.code(), method);
    }
    Object live = Reflect.call(target.live(), method, new Class<?>[] {arg.live().getClass()}, arg.live());
    return Js.of(live, "$L.$L($L)", target.code(), method, arg.code());
  }
}
