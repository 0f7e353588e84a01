package io.argowf.model.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** expr-lang's syntax and operators, with Go's int/float rules. */
class ExprLanguageTest {
  private static final Map<String, Object> ENV = Expressions.expand(Map.of(
      "inputs.parameters.count", "3",
      "inputs.parameters.flag-name", "on",
      "steps.roll-dice.outputs.result", "6",
      "workflow.name", "nightly-build",
      "tasks.fetch.outputs.parameters.rows", "120"));

  static Object eval(String e) {
    return Expressions.evaluate(e, ENV);
  }

  @Test
  void literalsAreLongDoubleStringBooleanAndNil() {
    assertThat(eval("42")).isEqualTo(42L);
    assertThat(eval("0x1F")).isEqualTo(31L);
    assertThat(eval("0b101")).isEqualTo(5L);
    assertThat(eval("0o17")).isEqualTo(15L);
    assertThat(eval("1_000_000")).isEqualTo(1_000_000L);
    assertThat(eval("2.5")).isEqualTo(2.5);
    assertThat(eval("1e3")).isEqualTo(1000.0);
    assertThat(eval(".5")).isEqualTo(0.5);
    assertThat(eval("'single'")).isEqualTo("single");
    assertThat(eval("\"double\\t\\\"q\\\"\"")).isEqualTo("double\t\"q\"");
    assertThat(eval("`raw \\n`")).isEqualTo("raw \\n");
    assertThat(eval("'\\u00e9\\x41'")).isEqualTo("\u00e9A");
    assertThat(eval("true")).isEqualTo(true);
    assertThat(eval("nil")).isNull();
  }

  @Test
  void intArithmeticStaysIntExceptDivisionAndPowers() {
    assertThat(eval("7 + 2")).isEqualTo(9L);
    assertThat(eval("7 - 9")).isEqualTo(-2L);
    assertThat(eval("7 * 3")).isEqualTo(21L);
    assertThat(eval("7 / 2")).isEqualTo(3.5);
    assertThat(eval("8 / 2")).isEqualTo(4.0);
    assertThat(eval("7 % 3")).isEqualTo(1L);
    assertThat(eval("-7 % 3")).isEqualTo(-1L);
    assertThat(eval("2 ** 10")).isEqualTo(1024.0);
    assertThat(eval("2 ^ 3 ^ 2")).isEqualTo(512.0);
    assertThat(eval("7 + 0.5")).isEqualTo(7.5);
    assertThat(eval("9223372036854775807 + 1")).isEqualTo(Long.MIN_VALUE);
    assertThat(eval("1 / 0")).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void precedenceFollowsExpr() {
    assertThat(eval("1 + 2 * 3")).isEqualTo(7L);
    assertThat(eval("(1 + 2) * 3")).isEqualTo(9L);
    assertThat(eval("-2 ** 2")).isEqualTo(-4.0);
    assertThat(eval("10 - 4 - 3")).isEqualTo(3L);
    assertThat(eval("!true == false")).isEqualTo(true);
    assertThat(eval("1 + 2 == 3 && 2 < 3")).isEqualTo(true);
    assertThat(eval("false || true && false")).isEqualTo(false);
  }

  @Test
  void moduloOfFloatsOrByZeroIsAnError() {
    assertThatThrownBy(() -> eval("7.5 % 2")).isInstanceOf(ExpressionException.class).hasMessageContaining("mismatched types float and int");
    assertThatThrownBy(() -> eval("7 % 0")).hasMessageContaining("integer divide by zero");
  }

  @Test
  void comparisonsAcrossIntAndFloatAndStrings() {
    assertThat(eval("1 == 1.0")).isEqualTo(true);
    assertThat(eval("'1' == 1")).isEqualTo(false);
    assertThat(eval("'apple' < 'banana'")).isEqualTo(true);
    assertThat(eval("3 >= 3.0")).isEqualTo(true);
    assertThat(eval("1 < 2 < 3")).isEqualTo(true);
    assertThat(eval("1 < 5 < 3")).isEqualTo(false);
    assertThat(eval("[1, 'a'] == [1, 'a']")).isEqualTo(true);
    assertThat(eval("{k: 1} != {k: 2}")).isEqualTo(true);
    assertThat(eval("nil == nil")).isEqualTo(true);
    assertThatThrownBy(() -> eval("'a' < 1")).hasMessageContaining("mismatched types string and int");
  }

  @Test
  void logicWithSymbolsAndWordsShortCircuits() {
    assertThat(eval("true and not false")).isEqualTo(true);
    assertThat(eval("false or !false")).isEqualTo(true);
    assertThat(eval("false && nope.deep")).isEqualTo(false);
    assertThat(eval("true || nope.deep")).isEqualTo(true);
    assertThatThrownBy(() -> eval("1 && true")).hasMessageContaining("needs a bool");
  }

  @Test
  void ternaryElvisAndNilCoalescing() {
    assertThat(eval("asInt(inputs.parameters.count) > 2 ? 'many' : 'few'")).isEqualTo("many");
    assertThat(eval("false ? 1 : true ? 2 : 3")).isEqualTo(2L);
    assertThat(eval("nil ?? 'fallback'")).isEqualTo("fallback");
    assertThat(eval("inputs.parameters.missing ?? 'fallback'")).isEqualTo("fallback");
    assertThat(eval("undefinedName ?? 'fallback'")).isEqualTo("fallback");
    assertThat(eval("steps.skipped.outputs.result ?? 'none'")).isEqualTo("none");
    assertThat(eval("inputs.parameters.count ?? 'none'")).isEqualTo("3");
    assertThatThrownBy(() -> Expressions.parse("a ?? b + c")).hasMessageContaining("cannot be mixed with ??");
  }

  @Test
  void membershipAndStringOperators() {
    assertThat(eval("2 in [1, 2, 3]")).isEqualTo(true);
    assertThat(eval("2.0 in [1, 2]")).isEqualTo(true);
    assertThat(eval("'count' in inputs.parameters")).isEqualTo(true);
    assertThat(eval("'x' not in ['a', 'b']")).isEqualTo(true);
    assertThat(eval("workflow.name matches '^night'")).isEqualTo(true);
    assertThat(eval("workflow.name not matches 'day$'")).isEqualTo(true);
    assertThat(eval("workflow.name contains 'ly-b'")).isEqualTo(true);
    assertThat(eval("workflow.name startsWith 'nightly'")).isEqualTo(true);
    assertThat(eval("workflow.name endsWith 'build'")).isEqualTo(true);
    assertThat(eval("workflow.name not endsWith 'x'")).isEqualTo(true);
    assertThatThrownBy(() -> eval("1 in 'abc'")).hasMessageContaining("not defined on string");
  }

  @Test
  void rangesAreInclusiveIntLists() {
    assertThat(eval("1..4")).isEqualTo(List.of(1L, 2L, 3L, 4L));
    assertThat(eval("3..1")).isEqualTo(List.of());
    assertThat(eval("len(0..9)")).isEqualTo(10L);
  }

  @Test
  void memberAccessIndexAndOptionalChains() {
    assertThat(eval("steps['roll-dice'].outputs.result")).isEqualTo("6");
    assertThat(eval("inputs.parameters['flag-name']")).isEqualTo("on");
    assertThat(eval("{a: {b: [10, 20, 30]}}.a.b[1]")).isEqualTo(20L);
    assertThat(eval("[10, 20, 30][-1]")).isEqualTo(30L);
    assertThat(eval("nil?.a.b.c")).isNull();
    assertThat(eval("{a: nil}.a?.b")).isNull();
    assertThat(eval("{a: nil}.a?.['b']")).isNull();
    assertThat(eval("inputs.parameters.absent")).isNull();
    assertThatThrownBy(() -> eval("[1, 2][5]")).hasMessageContaining("index out of range: 5 (array length is 2)");
    assertThatThrownBy(() -> eval("steps.none.outputs.result"))
        .hasMessageContaining("`steps.none.outputs`").hasMessageContaining("cannot fetch outputs from nil");
  }

  @Test
  void slicesClampLikeExpr() {
    assertThat(eval("[1, 2, 3, 4][1:3]")).isEqualTo(List.of(2L, 3L));
    assertThat(eval("[1, 2, 3, 4][:2]")).isEqualTo(List.of(1L, 2L));
    assertThat(eval("[1, 2, 3, 4][2:]")).isEqualTo(List.of(3L, 4L));
    assertThat(eval("[1, 2, 3][-2:]")).isEqualTo(List.of(2L, 3L));
    assertThat(eval("[1, 2, 3][1:99]")).isEqualTo(List.of(2L, 3L));
    assertThat(eval("'nightly'[0:5]")).isEqualTo("night");
    assertThat(eval("'abc'[0]")).isEqualTo(97L);
  }

  @Test
  void arrayAndMapLiterals() {
    assertThat(eval("[1, 'two', [3], nil,]")).isEqualTo(Arrays.asList(1L, "two", List.of(3L), null));
    assertThat(eval("{name: 'n', 'quoted-key': 2, (workflow.name): true}"))
        .isEqualTo(Map.of("name", "n", "quoted-key", 2L, "nightly-build", true));
    assertThat(eval("{}")).isEqualTo(Map.of());
  }

  @Test
  void pipesPassTheLeftSideFirst() {
    assertThat(eval("[3, 1, 2] | sort() | map(# * 10)")).isEqualTo(List.of(10L, 20L, 30L));
    assertThat(eval("workflow.name | upper()")).isEqualTo("NIGHTLY-BUILD");
    assertThat(eval("'a,b' | split(',') | join('+')")).isEqualTo("a+b");
  }

  @Test
  void predicatesSeeElementIndexAndFields() {
    assertThat(eval("filter([1, 2, 3, 4], # % 2 == 0)")).isEqualTo(List.of(2L, 4L));
    assertThat(eval("filter([1, 2, 3], {# > 1})")).isEqualTo(List.of(2L, 3L));
    assertThat(eval("map([{n: 'a'}, {n: 'b'}], .n)")).isEqualTo(List.of("a", "b"));
    assertThat(eval("map(['x', 'y'], #index)")).isEqualTo(List.of(0L, 1L));
    assertThat(eval("map([[1, 2], [3]], len(#))")).isEqualTo(List.of(2L, 1L));
    assertThat(eval("all([], # > 0)")).isEqualTo(true);
    assertThatThrownBy(() -> Expressions.parse("# > 1")).hasMessageContaining("only allowed inside a predicate");
  }

  @Test
  void letAndSequencesAndIfElse() {
    assertThat(eval("let n = asInt(inputs.parameters.count); n * n")).isEqualTo(9L);
    assertThat(eval("let a = 1; let b = a + 1; a + b")).isEqualTo(3L);
    assertThat(eval("1; 2; 3")).isEqualTo(3L);
    assertThat(eval("if 1 > 2 { 'big' } else { 'small' }")).isEqualTo("small");
    assertThat(eval("if false { 1 } else if true { 2 } else { 3 }")).isEqualTo(2L);
  }

  @Test
  void commentsAreIgnored() {
    assertThat(eval("1 + /* two */ 2 // three")).isEqualTo(3L);
  }

  @Test
  void environmentValuesAreNormalised() {
    Map<String, Object> env = Map.of("i", 5, "f", 1.5f, "big", new java.math.BigDecimal("2.25"), "list", List.of(1, 2));
    assertThat(Expressions.evaluate("i + 1", env)).isEqualTo(6L);
    assertThat(Expressions.evaluate("f * 2", env)).isEqualTo(3.0);
    assertThat(Expressions.evaluate("big", env)).isEqualTo(2.25);
    assertThat(Expressions.evaluate("list[1] + 0", env)).isEqualTo(2L);
  }

  @Test
  void parseErrorsNameThePositionAndWhatWasExpected() {
    assertThatThrownBy(() -> Expressions.parse("1 +")).isInstanceOf(ExpressionException.class)
        .hasMessage("the expression ends too early at character 4; expected an operand")
        .extracting(e -> ((ExpressionException) e).position()).isEqualTo(4);
    assertThatThrownBy(() -> Expressions.parse("(1 + 2")).hasMessageContaining("expected ')' to close the parenthesis opened at character 1");
    assertThatThrownBy(() -> Expressions.parse("f(1 2)")).hasMessageContaining("unexpected '2' at character 5");
    assertThatThrownBy(() -> Expressions.parse("'open")).hasMessageContaining("is not closed");
    assertThatThrownBy(() -> Expressions.parse("1 @ 2")).hasMessageContaining("unexpected character '@' at character 3");
    assertThatThrownBy(() -> Expressions.parse("12abc")).hasMessageContaining("bad number syntax");
    assertThatThrownBy(() -> Expressions.parse("a not b")).hasMessageContaining("after 'not'");
    assertThatThrownBy(() -> Expressions.parse("  ")).hasMessageContaining("empty");
    assertThatThrownBy(() -> Expressions.parse("[1, 2")).hasMessageContaining("close the list opened at character 1");
    assertThatThrownBy(() -> Expressions.parse("{a 1}")).hasMessageContaining("expected ':' after the map key");
  }

  @Test
  void positionsInMultiLineTextsAlsoGiveLineAndColumn() {
    assertThatThrownBy(() -> Expressions.parse("map(items,\n  # + )"))
        .hasMessageContaining("at character 18 (line 2, column 7)");
    assertThatThrownBy(() -> Expressions.evaluate("1 +\n  nope", Map.of()))
        .hasMessageContaining("at character 7 (line 2, column 3)");
    assertThatThrownBy(() -> Expressions.parseWhen("a == a &&\n  b >>> c"))
        .hasMessageContaining("at character 15 (line 2, column 5)");
  }

  @Test
  void evaluationErrorsNameTheSubExpression() {
    assertThatThrownBy(() -> eval("1 + (workflow.name * 2)"))
        .hasMessageContaining("`workflow.name * 2`").hasMessageContaining("at character 6")
        .hasMessageContaining("mismatched types string and int");
    assertThatThrownBy(() -> eval("missing + 1")).hasMessageContaining("unknown name missing");
    assertThatThrownBy(() -> eval("workflow.name()")).hasMessageContaining("not a function");
  }

  @Test
  void evaluateBooleanInsistsOnABoolean() {
    assertThat(Expressions.evaluateBoolean("asInt(tasks.fetch.outputs.parameters.rows) > 100", ENV)).isTrue();
    assertThatThrownBy(() -> Expressions.evaluateBoolean("1 + 1", ENV)).hasMessageContaining("not a boolean");
  }

  @Test
  void aParsedExpressionIsReusable() {
    Expression e = Expressions.parse("x * 2");
    assertThat(e.evaluate(Map.of("x", 2))).isEqualTo(4L);
    assertThat(e.evaluate(Map.of("x", 2.5))).isEqualTo(5.0);
    assertThat(e.text()).isEqualTo("x * 2");
  }
}
