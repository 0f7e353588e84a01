package io.argowf.dsl;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Conditions joined by one operator; groups joined by the other operator get parentheses. */
final class DependsJoin implements Depends {
  private final String operator;
  private final List<Depends> parts;

  DependsJoin(String operator, List<Depends> parts) {
    this.operator = operator;
    this.parts = List.copyOf(parts);
  }

  @Override
  public String expression() {
    return parts.stream()
        .flatMap(p -> p instanceof DependsJoin j && j.operator.equals(operator) ? j.parts.stream() : Stream.of(p))
        .map(p -> p instanceof DependsJoin j ? "(" + j.expression() + ")" : p.expression())
        .collect(Collectors.joining(operator));
  }
}
