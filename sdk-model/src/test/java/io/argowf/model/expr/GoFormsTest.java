package io.argowf.model.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Results become text as Go prints them, since Argo substitutes fmt.Sprintf("%v", result). */
class GoFormsTest {

  @Test
  void floatsPrintInGosShortestForm() {
    assertThat(Expressions.format(3.0)).isEqualTo("3");
    assertThat(Expressions.format(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(Expressions.format(35.8)).isEqualTo("35.8");
    assertThat(Expressions.format(123456.0)).isEqualTo("123456");
    assertThat(Expressions.format(1e6)).isEqualTo("1e+06");
    assertThat(Expressions.format(1234567.0)).isEqualTo("1.234567e+06");
    assertThat(Expressions.format(0.0001)).isEqualTo("0.0001");
    assertThat(Expressions.format(0.00001)).isEqualTo("1e-05");
    assertThat(Expressions.format(-2.5)).isEqualTo("-2.5");
    assertThat(Expressions.format(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
    assertThat(Expressions.format(Double.NaN)).isEqualTo("NaN");
  }

  @Test
  void otherValuesPrintAsPercentV() {
    assertThat(Expressions.format(42L)).isEqualTo("42");
    assertThat(Expressions.format(7)).isEqualTo("7");
    assertThat(Expressions.format(true)).isEqualTo("true");
    assertThat(Expressions.format(null)).isEqualTo("<nil>");
    assertThat(Expressions.format(Arrays.asList("a", 1L, null))).isEqualTo("[a 1 <nil>]");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("zeta", 1L);
    m.put("alpha", List.of(2.5));
    assertThat(Expressions.format(m)).isEqualTo("map[alpha:[2.5] zeta:1]");
    assertThat(Expressions.format(Duration.ofMinutes(90))).isEqualTo("1h30m0s");
    assertThat(Expressions.format(Duration.ofMillis(1500))).isEqualTo("1.5s");
    assertThat(Expressions.format(Duration.ofNanos(1_500_000))).isEqualTo("1.5ms");
    assertThat(Expressions.format(Duration.ZERO)).isEqualTo("0s");
  }

  @Test
  void jsonIsWrittenAsGoWritesIt() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("b", List.of(1L, 2.5, 1e21, 1e-7));
    m.put("a", "x<y & \"z\"");
    assertThat(Expressions.evaluate("toJson(m)", Map.of("m", m)))
        .isEqualTo("{\"a\":\"x\\u003cy \\u0026 \\\"z\\\"\",\"b\":[1,2.5,1e+21,1e-7]}");
    assertThat(Expressions.evaluate("toJSON({k: [1], e: []})", Map.of()))
        .isEqualTo("{\n  \"e\": [],\n  \"k\": [\n    1\n  ]\n}");
  }

  @Test
  void jsonIsReadWithEveryNumberAFloat() {
    assertThat(Expressions.evaluate("fromJSON('{\"n\": 2, \"l\": [true, null]}')", Map.of()))
        .isEqualTo(Map.of("n", 2.0, "l", Arrays.asList(true, null)));
  }

  @Test
  void expandNestsDottedNamesAndLongerNamesWin() {
    Map<String, Object> flat = new LinkedHashMap<>();
    flat.put("inputs.parameters", "[{\"name\":\"x\"}]");
    flat.put("inputs.parameters.x", "1");
    flat.put("workflow.name", "wf");
    flat.put("item", "solo");
    Map<String, Object> env = Expressions.expand(flat);
    assertThat(env).isEqualTo(Map.of("inputs", Map.of("parameters", Map.of("x", "1")),
        "workflow", Map.of("name", "wf"), "item", "solo"));
    assertThat(Expressions.evaluate("inputs.parameters.x + workflow.name", env)).isEqualTo("1wf");
  }
}
