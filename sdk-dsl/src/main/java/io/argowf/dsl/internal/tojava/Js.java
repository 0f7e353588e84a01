package io.argowf.dsl.internal.tojava;

import com.squareup.javapoet.CodeBlock;
import java.util.List;
import java.util.Objects;

/**
 * A Java expression twice: its source code, and the value the same expression has when it runs. The generator
 * builds both together, so that it can check what the generated code will make before writing it.
 *
 * @param code the expression's source
 * @param live its value
 * @param lines whether the code is a chain written one call a line
 */
record Js(CodeBlock code, Object live, boolean lines) {
  Js {
    Objects.requireNonNull(code, "code");
  }

  Js(CodeBlock code, Object live) {
    this(code, live, false);
  }

  static Js of(Object live, String format, Object... args) {
    return new Js(CodeBlock.of(format, args), live);
  }

  static Js string(String text) {
    return of(text, "$S", text);
  }

  /** @return the codes joined with commas that may wrap */
  static CodeBlock join(List<Js> parts) {
    return CodeBlock.join(parts.stream().map(Js::code).toList(), ",$W");
  }
}
