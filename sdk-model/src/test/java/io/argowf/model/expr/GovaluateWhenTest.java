package io.argowf.model.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Argo's when: govaluate after {{...}} substitution, with bare words read as strings. */
class GovaluateWhenTest {

  static boolean when(String w) {
    return Expressions.evaluateWhen(w);
  }

  @Test
  void bareWordsAreStringsAsArgoTurnsVariablesIntoStrings() {
    assertThat(when("heads == heads")).isTrue();
    assertThat(when("tails == heads")).isFalse();
    assertThat(when("Succeeded != Failed")).isTrue();
    assertThat(when("even == even")).isTrue();
    assertThat(when("[a b] == 'a b'")).isTrue();
  }

  @Test
  void numbersAreFloatsSoIntAndDecimalFormsAreEqual() {
    assertThat(when("5 == 5.0")).isTrue();
    assertThat(when("05 == 5")).isTrue();
    assertThat(when("9 < 10")).isTrue();
    assertThat(when("'9' < '10'")).isFalse();
    assertThat(when("3 + 4 == 7")).isTrue();
    assertThat(when("7 / 2 == 3.5")).isTrue();
    assertThat(when("2 ** 3 == 8 && 7 % 4 == 3")).isTrue();
    assertThat(when("0x10 == 16")).isTrue();
    assertThat(when("-2 < 1")).isTrue();
  }

  @Test
  void aNumberIsNeverEqualToAWord() {
    assertThat(when("1 == one")).isFalse();
    assertThat(when("'1' == 1")).isFalse();
  }

  @Test
  void booleansLogicAndParentheses() {
    assertThat(when("true")).isTrue();
    assertThat(when("false")).isFalse();
    assertThat(when("true == true")).isTrue();
    assertThat(when("(heads == heads && tails == heads) || (tails == tails)")).isTrue();
    assertThat(when("!(heads == tails)")).isTrue();
    assertThat(when("!false && true")).isTrue();
    assertThat(when("false && 'not-a-bool'")).isFalse();
  }

  @Test
  void regexMatchesAnywhereUnlessAnchored() {
    assertThat(when("tails =~ ai")).isTrue();
    assertThat(when("heads =~ '^t'")).isFalse();
    assertThat(when("heads !~ '^t'")).isTrue();
    assertThat(when("'v1.2.3' =~ '^v[0-9]+\\\\.'")).isTrue();
  }

  @Test
  void quotedStringsEitherQuoteAndEscapes() {
    assertThat(when("'a b' == \"a b\"")).isTrue();
    assertThat(when("'it\\'s' == \"it\\'s\"")).isTrue();
    // either quote ends a string, as in govaluate: "it's" is the string "it" followed by s"
    assertThatThrownBy(() -> when("x == \"it's\"")).hasMessageStartingWith("Unclosed string literal");
    assertThat(when("'' == ''")).isTrue();
  }

  @Test
  void stringComparisonIsLexicalAndPlusConcatenates() {
    assertThat(when("apple < banana")).isTrue();
    assertThat(when("a + b == ab")).isTrue();
    assertThat(when("'n' + 1 == n1")).isTrue();
  }

  @Test
  void inTakesAParenthesisedList() {
    assertThat(when("heads in (heads, tails)")).isTrue();
    assertThat(when("2 in (1, 3)")).isFalse();
    assertThatThrownBy(() -> when("2 in 2")).hasMessageContaining("it is not a array");
  }

  @Test
  void ternaryAndCoalescing() {
    assertThat(when("1 > 0 ? true : false")).isTrue();
    assertThat(when("1 < 0 ? true : false")).isFalse();
  }

  @Test
  void quotedDatesCompareAsTimes() {
    assertThat(when("'2024-01-02' > '2023-12-31'")).isTrue();
    assertThat(when("'2024-01-02T10:00:00Z' == '2024-01-02T10:00:00+00:00'")).isTrue();
  }

  @Test
  void anEmptyWhenRuns() {
    assertThat(Expressions.evaluateWhen("")).isTrue();
    assertThat(Expressions.evaluateWhen(null)).isTrue();
  }

  @Test
  void parseErrorsUseGovaluatesWordsWithThePosition() {
    assertThatThrownBy(() -> Expressions.parseWhen("1 >>> ")).isInstanceOf(ExpressionException.class)
        .hasMessageStartingWith("Invalid token: '>>>' at character 3");
    assertThatThrownBy(() -> Expressions.parseWhen("hello world == hello world"))
        .hasMessageStartingWith("Cannot transition token types from VARIABLE [hello] to VARIABLE [world] at character 7");
    assertThatThrownBy(() -> Expressions.parseWhen("(a == a")).hasMessageStartingWith("Unbalanced parenthesis");
    assertThatThrownBy(() -> Expressions.parseWhen("a ==")).hasMessageStartingWith("Unexpected end of expression");
    assertThatThrownBy(() -> Expressions.parseWhen("'open == x")).hasMessageStartingWith("Unclosed string literal");
    assertThatThrownBy(() -> Expressions.parseWhen("1.2.3 == x")).hasMessageStartingWith("Unable to parse numeric value '1.2.3'");
    assertThatThrownBy(() -> Expressions.parseWhen("a==-1")).hasMessageStartingWith("Invalid token: '==-'");
    assertThatThrownBy(() -> Expressions.parseWhen("host.name == x")).hasMessageStartingWith("Unable to access unexported field 'name'");
    assertThatThrownBy(() -> Expressions.parseWhen("!heads")).hasMessageContaining("from PREFIX [!] to STRING [heads]");
    assertThatThrownBy(() -> Expressions.parseWhen("len(x) > 1")).hasMessageStartingWith("Undefined function len");
    assertThatThrownBy(() -> Expressions.parseWhen("a =~ '('")).hasMessageContaining("error parsing regexp");
    assertThatThrownBy(() -> Expressions.parseWhen("   ")).hasMessageStartingWith("Unexpected end of expression");
  }

  @Test
  void typeErrorsAndNonBooleansFailAtEvaluation() {
    assertThatThrownBy(() -> when("heads - 1 == 0")).hasMessageContaining("Value 'heads' cannot be used with the modifier '-', it is not a number");
    assertThatThrownBy(() -> when("heads > 1")).hasMessageContaining("cannot be used with the comparator '>'");
    assertThatThrownBy(() -> when("heads && true")).hasMessageContaining("logical operator '&&'");
    assertThatThrownBy(() -> when("heads")).hasMessage("Expected boolean evaluation for 'heads'. Got heads");
    assertThatThrownBy(() -> when("1 + 1")).hasMessage("Expected boolean evaluation for '1 + 1'. Got 2");
    assertThatThrownBy(() -> when("Version.Major == 1")).hasMessageContaining("No parameter 'Version' found");
  }

  @Test
  void aParsedWhenKeepsItsText() {
    WhenExpression w = Expressions.parseWhen("a == a");
    assertThat(w.text()).isEqualTo("a == a");
    assertThat(w.evaluate()).isTrue();
  }
}
