package io.argowf.dsl.internal.tojava;

import com.squareup.javapoet.CodeBlock;
import io.argowf.model.workflow.Template;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** One document being written as the body of its method: the statements so far, the names taken, the handles made. */
final class Doc {
  /**
   * A template of the document, once its variable is declared.
   *
   * @param model the YAML's template
   * @param var its variable
   */
  record Declared(Template model, Js var, Handles handles) {}

  /** The handles of a template's inputs and outputs, by name. */
  static final class Handles {
    final Map<String, Js> params = new LinkedHashMap<>();
    final Map<String, Js> artifacts = new LinkedHashMap<>();
    final Map<String, Js> outputs = new LinkedHashMap<>();
    final Map<String, Js> outputArtifacts = new LinkedHashMap<>();
  }

  final Names names = new Names();
  final Counts counts;
  final Strings strings;
  final String text;
  final CodeBlock.Builder body = CodeBlock.builder();
  final Map<String, Js> arguments = new LinkedHashMap<>();
  final Map<String, Declared> templates = new HashMap<>();
  final Map<String, Handles> handles = new HashMap<>();
  final Map<Object, Js> shared = new HashMap<>();

  Doc(Counts counts, String text) {
    this.counts = counts;
    this.strings = new Strings(counts);
    this.text = text;
  }

  /** Adds {@code var NAME = INIT;} and returns the variable. */
  Js declare(String yamlName, String role, Js init) {
    String name = names.variable(yamlName, role);
    statement(CodeBlock.of("var $N = $L", name, init.code()), init.lines());
    return Js.of(init.live(), "$N", name);
  }

  /** A handle shared by every template that declares the same thing ({@code var message = param("message")}). */
  Js shared(Object model, String yamlName, String role, java.util.function.Supplier<Js> init) {
    Js known = shared.get(model);
    if (known != null) return known;
    Js made = declare(yamlName, role, init.get());
    shared.put(model, made);
    return made;
  }

  void statement(Js js) {
    statement(js.code(), js.lines());
  }

  /**
   * One statement; a chain written one call a line indents its calls itself (so that a chain passed as an argument
   * continues further in than its first line), outside JavaPoet's statement wrapping.
   */
  void statement(CodeBlock code, boolean lines) {
    if (lines) body.add("$L;\n", code);
    else body.addStatement("$L", code);
  }

  /** @return true when some text of the document names this output, e.g. {@code outputs.parameters.hello} */
  boolean mentions(String what) {
    return text.contains(what);
  }
}
