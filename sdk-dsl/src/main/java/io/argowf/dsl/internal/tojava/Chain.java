package io.argowf.dsl.internal.tojava;

import com.squareup.javapoet.CodeBlock;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fluent chain of calls ({@code container("x").image("y").args(a, b)}), one call a line, built as code and
 * run at the same time.
 */
final class Chain {
  private static final int SHORT = 72;
  private final CodeBlock start;
  private final List<CodeBlock> calls = new ArrayList<>();
  private boolean spans;
  private Object live;
  private String comment;

  private Chain(Js start) {
    this.start = start.code();
    live = start.live();
  }

  static Chain of(Js start) {
    return new Chain(start);
  }

  Object live() {
    return live;
  }

  /** A comment line before the next call. */
  Chain comment(String text) {
    comment = comment == null ? text : comment + "; " + text;
    return this;
  }

  /** Calls a method of fixed arity; {@code types} picks the overload. */
  Chain call(String method, Class<?>[] types, Js... args) {
    Object[] values = Arrays.stream(args).map(Js::live).toArray();
    live = Reflect.call(live, method, types, values);
    append(method, List.of(args));
    return this;
  }

  /** Appends a call without arguments whose result is already known (the same call ran on an equal receiver). */
  Chain called(String method, Object result) {
    live = result;
    append(method, List.of());
    return this;
  }

  Chain call(String method) {
    return call(method, new Class<?>[0]);
  }

  Chain call(String method, Class<?> type, Js arg) {
    return call(method, new Class<?>[] {type}, arg);
  }

  /** Calls a method whose last parameter is {@code element...}, after the fixed ones. */
  Chain varargs(String method, Class<?>[] fixed, Class<?> element, List<Js> fixedArgs, List<Js> rest) {
    Class<?>[] types = Arrays.copyOf(fixed, fixed.length + 1);
    types[fixed.length] = element.arrayType();
    Object array = Array.newInstance(element, rest.size());
    for (int i = 0; i < rest.size(); i++) Array.set(array, i, rest.get(i).live());
    List<Object> values = new ArrayList<>(fixedArgs.stream().map(Js::live).toList());
    values.add(array);
    live = Reflect.call(live, method, types, values.toArray());
    List<Js> all = new ArrayList<>(fixedArgs);
    all.addAll(rest);
    append(method, all);
    return this;
  }

  Chain varargs(String method, Class<?> element, List<Js> rest) {
    return varargs(method, new Class<?>[0], element, List.of(), rest);
  }

  /** One call; arguments that span lines go one a line, indented (a chain among them continues further in). */
  private void append(String method, List<Js> args) {
    CodeBlock.Builder call = CodeBlock.builder();
    if (comment != null) {
      call.add("// $L\n", comment.replaceAll("[\\r\\n]+", " "));
      spans = true;
    }
    comment = null;
    if (args.stream().noneMatch(Js::lines)) {
      call.add(".$L($L)", method, Js.join(args));
    } else {
      call.add(".$L(\n$>$>", method);
      for (int i = 0; i < args.size(); i++) {
        if (i > 0) call.add(",\n");
        Js arg = args.get(i);
        call.add("$L", arg.code());
      }
      call.add("$<$<)");
      spans = true;
    }
    calls.add(call.build());
  }

  /** @return the code as text (a trailing line break makes JavaPoet write what it holds back for wrapping) */
  private static String text(CodeBlock code) {
    String t = CodeBlock.of("$L\n", code).toString();
    return t.substring(0, t.length() - 1);
  }

  /** @return the chain: on one line when short, else one call a line */
  Js js() {
    CodeBlock.Builder code = CodeBlock.builder().add(start);
    boolean oneLine = !spans && calls.size() <= 2
        && text(start).length() + calls.stream().mapToInt(c -> text(c).length()).sum() <= SHORT;
    boolean lines = !oneLine && !calls.isEmpty();
    if (lines) code.add("$>$>");
    for (CodeBlock c : calls) code.add(oneLine ? "$L" : "\n$L", c);
    if (lines) code.add("$<$<");
    return new Js(code.build(), live, lines);
  }
}
