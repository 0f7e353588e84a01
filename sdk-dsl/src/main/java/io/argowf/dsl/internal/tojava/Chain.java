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
  private final CodeBlock.Builder code = CodeBlock.builder();
  private Object live;
  private String comment;

  private Chain(Js start) {
    code.add(start.code());
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

  private void append(String method, List<Js> args) {
    code.add("\n");
    if (comment != null) code.add("// $L\n", comment);
    comment = null;
    code.add(".$L($L)", method, Js.join(args));
  }

  Js js() {
    return new Js(code.build(), live);
  }
}
