package io.argowf.model.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The examples in the Javadoc and in sdk-model's README give what they say. */
class DocumentedExamplesTest {

  @Test
  void expressionsJavadoc() {
    Map<String, Object> env = Expressions.expand(Map.of(
        "inputs.parameters.count", "3",
        "workflow.parameters.config", "{\"a\": 1}"));
    assertThat(Expressions.evaluate("asInt(inputs.parameters.count) * 10", env)).isEqualTo(30L);
    assertThat(Expressions.evaluate("jsonpath(workflow.parameters.config, '$.a')", env)).isEqualTo(1.0);
    assertThat(Expressions.format(Expressions.evaluate("1.0 * 3", env))).isEqualTo("3");
    assertThat(Expressions.evaluate("sprig.upper('x') + string(len([1, 2]))", env)).isEqualTo("X2");
    assertThat(Expressions.evaluateWhen("heads == heads")).isTrue();
    assertThat(Expressions.evaluateWhen("5 > 10 || 'tails' =~ '^t'")).isTrue();
    assertThatThrownBy(() -> Expressions.parseWhen("1 >>> ")).hasMessageContaining("Invalid token: '>>>'");
  }

  @Test
  void expressionAndWhenExpressionJavadoc() {
    Expression e = Expressions.parse("asInt(inputs.parameters.count) * 2 > 4 ? 'big' : 'small'");
    assertThat(e.evaluate(Map.of("inputs", Map.of("parameters", Map.of("count", "3"))))).isEqualTo("big");
    assertThat(Expressions.parse("lastRetry.status == 'Error'").evaluateBoolean(Map.of("lastRetry", Map.of("status", "Error")))).isTrue();
    assertThat(Expressions.parseWhen("tails == heads || 7 > 3").evaluate()).isTrue();
    assertThatThrownBy(() -> Expressions.parse("1 +"))
        .hasMessage("the expression ends too early at character 4; expected an operand")
        .extracting(x -> ((ExpressionException) x).position()).isEqualTo(4);
  }

  @Test
  void readme() {
    Map<String, Object> env = Expressions.expand(Map.of(
        "steps.roll.outputs.result", "4", "workflow.parameters.cfg", "{\"limit\": 3}"));
    assertThat(Expressions.evaluate("asInt(steps.roll.outputs.result) > jsonpath(workflow.parameters.cfg, '$.limit')", env)).isEqualTo(true);
    assertThat(Expressions.format(Expressions.evaluate("7 / 2 * 2", env))).isEqualTo("7");
  }
}
