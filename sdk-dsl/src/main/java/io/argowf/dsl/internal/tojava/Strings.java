package io.argowf.dsl.internal.tojava;

import com.squareup.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A string of the YAML as Java: each {@code {{...}}} the DSL has a handle for becomes that handle, the text
 * around it string literals, joined with {@code +} ({@code "echo " + message}). What has no handle stays text.
 */
final class Strings {
  private final Counts counts;

  Strings(Counts counts) {
    this.counts = counts;
  }

  /** @return a CharSequence: a lone handle as itself, anything else as a string */
  Js of(String text, Scope scope) {
    List<Js> parts = parts(text, scope);
    if (parts.size() == 1) return parts.get(0);
    return concat(parts, text);
  }

  /** @return a String, for methods that take no handle */
  Js string(String text, Scope scope) {
    List<Js> parts = parts(text, scope);
    if (parts.size() == 1 && !(parts.get(0).live() instanceof String)) {
      Js only = parts.get(0);
      return Js.of(text, "$L.toString()", only.code());
    }
    return parts.size() == 1 ? parts.get(0) : concat(parts, text);
  }

  private static Js concat(List<Js> parts, String text) {
    List<CodeBlock> codes = new ArrayList<>(parts.stream().map(Js::code).toList());
    if (!(parts.get(0).live() instanceof String) && !(parts.get(1).live() instanceof String)) codes.add(0, CodeBlock.of("\"\""));
    return new Js(CodeBlock.join(codes, " + "), text);
  }

  private List<Js> parts(String text, Scope scope) {
    List<Js> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf("{{", i);
      int close = open < 0 ? -1 : text.indexOf("}}", open + 2);
      if (open < 0 || close < 0) {
        literal.append(text, i, text.length());
        break;
      }
      Js handle = scope == null ? null : scope.handle(text.substring(open + 2, close));
      if (handle == null || !handle.live().toString().equals(text.substring(open, close + 2))) {
        literal.append(text, i, close + 2);
      } else {
        literal.append(text, i, open);
        if (literal.length() > 0) parts.add(Js.string(literal.toString()));
        literal.setLength(0);
        parts.add(handle);
        counts.typed++;
      }
      i = close + 2;
    }
    if (literal.length() > 0 || parts.isEmpty()) parts.add(Js.string(literal.toString()));
    return parts;
  }
}
