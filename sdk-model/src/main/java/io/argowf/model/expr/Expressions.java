package io.argowf.model.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Argo's two expression languages, parsed and evaluated in Java with Argo's semantics.
 *
 * <p><b>expr-lang</b> (the language of {@code {{=...}}} tags, {@code retryStrategy.expression}, lifecycle hook
 * {@code expression}, output parameter {@code valueFrom.expression}, CronWorkflow {@code when} and
 * {@code stopStrategy}), with expr's builtins and what Argo adds: {@code asInt}, {@code asFloat}, {@code jsonpath},
 * {@code toJson} and {@code sprig.*}.
 *
 * <pre>{@code
 * Map<String, Object> env = Expressions.expand(Map.of(
 *     "inputs.parameters.count", "3",
 *     "workflow.parameters.config", "{\"a\": 1}"));
 * Expressions.evaluate("asInt(inputs.parameters.count) * 10", env);            // 30L
 * Expressions.evaluate("jsonpath(workflow.parameters.config, '$.a')", env);     // 1.0
 * Expressions.format(Expressions.evaluate("1.0 * 3", env));                    // "3", as Argo substitutes it
 * Expressions.evaluate("sprig.upper('x') + string(len([1, 2]))", env);         // "X2"
 * }</pre>
 *
 * <p><b>govaluate</b> (a step's or task's {@code when}, after Argo has replaced its {@code {{...}}} tags), with
 * Argo's reading of bare words: a word that is not {@code true}, {@code false} or a number is a string, so
 * {@code heads == heads} is true.
 *
 * <pre>{@code
 * Expressions.evaluateWhen("heads == heads");              // true
 * Expressions.evaluateWhen("5 > 10 || 'tails' =~ '^t'");   // true
 * Expressions.parseWhen("1 >>> ");                         // throws ExpressionException: Invalid token: '>>>'
 * }</pre>
 *
 * <p>Numbers follow Go: expr's integers are {@link Long} (64-bit, wrapping), its floats {@link Double};
 * {@code /}, {@code **} and {@code ^} always give floats; govaluate reads every number as a float64.
 */
public final class Expressions {
  private Expressions() {}

  /**
   * Parses an expr-lang expression (without the {@code {{= }}} around it).
   *
   * @throws ExpressionException naming the character position and what was expected
   */
  public static Expression parse(String expression) {
    try {
      return new Expression(expression, Parser.parse(expression));
    } catch (ExpressionException e) {
      throw e.located(expression);
    }
  }

  /**
   * Parses and evaluates an expr-lang expression; see {@link Expression#evaluate}.
   *
   * @throws ExpressionException when it does not parse or cannot be evaluated
   */
  public static Object evaluate(String expression, Map<String, ?> environment) {
    return parse(expression).evaluate(environment);
  }

  /**
   * Parses and evaluates an expr-lang expression that must give a boolean; see {@link Expression#evaluateBoolean}.
   */
  public static boolean evaluateBoolean(String expression, Map<String, ?> environment) {
    return parse(expression).evaluateBoolean(environment);
  }

  /**
   * Parses a govaluate {@code when} expression, with bare words read as strings as Argo reads them.
   *
   * @throws ExpressionException naming the character position and what is wrong, in govaluate's words
   */
  public static WhenExpression parseWhen(String when) {
    try {
      return new WhenExpression(when, Govaluate.parse(when));
    } catch (ExpressionException e) {
      throw e.located(when);
    }
  }

  /**
   * Whether a step or task with this (already substituted) {@code when} runs: true for an empty text, otherwise
   * the govaluate expression's value, which must be a boolean.
   *
   * @throws ExpressionException when it does not parse, fails, or gives something other than a boolean
   */
  public static boolean evaluateWhen(String when) {
    if (when == null || when.isEmpty()) return true;
    return parseWhen(when).evaluate();
  }

  /**
   * A value as Go's {@code fmt.Sprintf("%v", v)} prints it, which is how Argo puts an expression's result into the
   * text of a {@code {{=...}}} tag: {@code 3.0} is {@code "3"}, {@code 1e6} is {@code "1e+06"}, a list
   * {@code "[a b]"}, a map {@code "map[a:1]"}, null {@code "<nil>"}.
   */
  public static String format(Object value) {
    return GoFormat.value(value);
  }

  /**
   * Argo's expression environment from flat variable names: {@code "steps.flip.outputs.result" -> "heads"} becomes
   * nested maps, so that {@code steps.flip.outputs.result} and {@code steps['flip'].outputs.result} reach it. Where a
   * name is also the prefix of longer names ({@code inputs.parameters} and {@code inputs.parameters.x}), the longer
   * names win and the shorter one is dropped, as Argo does. The result keeps the order of the given names.
   */
  public static Map<String, Object> expand(Map<String, ?> variables) {
    List<String> names = new ArrayList<>(variables.keySet());
    List<String> sorted = new ArrayList<>(names);
    Collections.sort(sorted);
    java.util.Set<String> shadowed = new java.util.HashSet<>();
    for (int i = 0; i + 1 < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size() && sorted.get(j).startsWith(sorted.get(i)); j++) {
        if (sorted.get(j).startsWith(sorted.get(i) + ".")) {
          shadowed.add(sorted.get(i));
          break;
        }
      }
    }
    Map<String, Object> root = new LinkedHashMap<>();
    for (String name : names) {
      if (!shadowed.contains(name)) put(root, name, variables.get(name));
    }
    return root;
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> root, String name, Object value) {
    String[] parts = name.split("\\.", -1);
    Map<String, Object> m = root;
    for (int i = 0; i < parts.length - 1; i++) {
      Object next = m.get(parts[i]);
      if (!(next instanceof Map)) {
        next = new LinkedHashMap<String, Object>();
        m.put(parts[i], next);
      }
      m = (Map<String, Object>) next;
    }
    m.putIfAbsent(parts[parts.length - 1], value);
  }
}
