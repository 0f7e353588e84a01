package io.argowf.model.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What Argo adds to expr: asInt, asFloat, jsonpath, toJson and sprig.* (subject last, lenient numbers). */
class ArgoFunctionsTest {
  private static final String ORDERS = "{\"orders\": [{\"id\": \"a1\", \"qty\": 2}, {\"id\": \"b7\", \"qty\": 9}], \"shop\": \"north\"}";
  private static final Map<String, Object> ENV = Expressions.expand(Map.of(
      "workflow.parameters.orders", ORDERS, "inputs.parameters.n", "12", "inputs.parameters.ratio", "0.25"));

  static Object eval(String e) {
    return Expressions.evaluate(e, ENV);
  }

  @Test
  void asIntAndAsFloatReadStrings() {
    assertThat(eval("asInt(inputs.parameters.n) + 1")).isEqualTo(13L);
    assertThat(eval("asFloat(inputs.parameters.ratio) * 4")).isEqualTo(1.0);
    assertThat(eval("asFloat('3')")).isEqualTo(3.0);
    assertThat(eval("asInt(7.9)")).isEqualTo(7L);
    assertThatThrownBy(() -> eval("asInt('1.5')")).hasMessageContaining("invalid syntax");
  }

  @Test
  void jsonpathReadsTheTextAsGoDoes() {
    assertThat(eval("jsonpath(workflow.parameters.orders, '$.shop')")).isEqualTo("north");
    assertThat(eval("jsonpath(workflow.parameters.orders, '$.orders[1].qty')")).isEqualTo(9.0);
    assertThat(eval("jsonpath(workflow.parameters.orders, '$.orders[*].id')")).isEqualTo(List.of("a1", "b7"));
    assertThat(eval("jsonpath(workflow.parameters.orders, '$.orders[?(@.qty > 5)].id')")).isEqualTo(List.of("b7"));
    assertThat(Expressions.format(eval("jsonpath(workflow.parameters.orders, '$.orders[0].qty')"))).isEqualTo("2");
    assertThatThrownBy(() -> eval("jsonpath(workflow.parameters.orders, '$.nothing')")).hasMessageContaining("finds nothing");
    assertThatThrownBy(() -> eval("jsonpath('{not json', '$.a')")).hasMessageContaining("not valid JSON");
  }

  @Test
  void toJsonIsCompactWithSortedKeys() {
    assertThat(eval("toJson({z: 1, a: [true, nil]})")).isEqualTo("{\"a\":[true,null],\"z\":1}");
    assertThat(eval("toJson(filter([1, 3], {# > 1}))")).isEqualTo("[3]");
  }

  @Test
  void sprigStringFunctionsTakeTheSubjectLast() {
    assertThat(eval("sprig.trim('  pad  ')")).isEqualTo("pad");
    assertThat(eval("sprig.trimAll('-', '--x--')")).isEqualTo("x");
    assertThat(eval("sprig.trimPrefix('v', 'v1.2')")).isEqualTo("1.2");
    assertThat(eval("sprig.trimSuffix('.tgz', 'data.tgz')")).isEqualTo("data");
    assertThat(eval("sprig.upper('abc') + sprig.lower('DEF')")).isEqualTo("ABCdef");
    assertThat(eval("sprig.replace('-', '_', 'a-b-c')")).isEqualTo("a_b_c");
    assertThat(eval("sprig.contains('ort', 'north')")).isEqualTo(true);
    assertThat(eval("sprig.hasPrefix('no', 'north') && sprig.hasSuffix('th', 'north')")).isEqualTo(true);
    assertThat(eval("sprig.repeat(3, 'ab')")).isEqualTo("ababab");
    assertThat(eval("sprig.substr(1, 3, 'north')")).isEqualTo("or");
    assertThat(eval("sprig.trunc(3, 'north')")).isEqualTo("nor");
    assertThat(eval("sprig.trunc(-2, 'north')")).isEqualTo("th");
    assertThat(eval("sprig.nospace(' a b\\tc ')")).isEqualTo("abc");
    assertThat(eval("sprig.title('big data job')")).isEqualTo("Big Data Job");
    assertThat(eval("sprig.quote('say \"hi\"')")).isEqualTo("\"say \\\"hi\\\"\"");
    assertThat(eval("sprig.squote('x', 'y')")).isEqualTo("'x' 'y'");
    assertThat(eval("sprig.indent(2, 'a\\nb')")).isEqualTo("  a\n  b");
    assertThat(eval("sprig.nindent(2, 'a')")).isEqualTo("\n  a");
    assertThat(eval("sprig.cat('a', nil, 1)")).isEqualTo("a 1");
    assertThat(eval("sprig.snakecase('BigDataJob')")).isEqualTo("big_data_job");
    assertThat(eval("sprig.kebabcase('BigDataJob')")).isEqualTo("big-data-job");
    assertThat(eval("sprig.camelcase('big_data_job')")).isEqualTo("BigDataJob");
    assertThat(eval("sprig.abbrev(6, 'northern')")).isEqualTo("nor...");
    assertThat(eval("sprig.initials('big data')")).isEqualTo("bd");
    assertThat(eval("sprig.plural('file', 'files', 2)")).isEqualTo("files");
  }

  @Test
  void sprigSplitsAndJoins() {
    assertThat(eval("sprig.split(',', 'a,b')")).isEqualTo(Map.of("_0", "a", "_1", "b"));
    assertThat(eval("sprig.splitList(',', 'a,b')")).isEqualTo(List.of("a", "b"));
    assertThat(eval("sprig.splitn(',', 2, 'a,b,c')")).isEqualTo(Map.of("_0", "a", "_1", "b,c"));
    assertThat(eval("sprig.join('-', [1, 'x'])")).isEqualTo("1-x");
    assertThat(eval("sprig.sortAlpha(['b', 'a'])")).isEqualTo(List.of("a", "b"));
  }

  @Test
  void sprigMathConvertsLikeSprig() {
    assertThat(eval("sprig.add(1, '2', 3.9)")).isEqualTo(6L);
    assertThat(eval("sprig.sub(10, 4)")).isEqualTo(6L);
    assertThat(eval("sprig.mul(2, 3, 4)")).isEqualTo(24L);
    assertThat(eval("sprig.div(7, 2)")).isEqualTo(3L);
    assertThat(eval("sprig.mod(7, 4)")).isEqualTo(3L);
    assertThat(eval("sprig.max(3, 9, 1)")).isEqualTo(9L);
    assertThat(eval("sprig.min(3, 9, 1)")).isEqualTo(1L);
    assertThat(eval("sprig.add1(1)")).isEqualTo(2L);
    assertThat(eval("sprig.addf(1, 0.5)")).isEqualTo(1.5);
    assertThat(eval("sprig.divf(1, 4)")).isEqualTo(0.25);
    assertThat(eval("sprig.maxf(1, 2.5)")).isEqualTo(2.5);
    assertThat(eval("sprig.floor(2.7) + sprig.ceil(2.1)")).isEqualTo(5.0);
    assertThat(eval("sprig.round(2.345, 2)")).isEqualTo(2.35);
    assertThat(eval("sprig.atoi('x9')")).isEqualTo(0L);
    assertThat(eval("sprig.int('0x10')")).isEqualTo(16L);
    assertThat(eval("sprig.int64('12.0')")).isEqualTo(12L);
    assertThat(eval("sprig.float64('2.5')")).isEqualTo(2.5);
    assertThat(eval("sprig.until(3)")).isEqualTo(List.of(0L, 1L, 2L));
    assertThat(eval("sprig.untilStep(0, 10, 4)")).isEqualTo(List.of(0L, 4L, 8L));
    assertThat(eval("sprig.seq(3)")).isEqualTo("1 2 3");
    assertThatThrownBy(() -> eval("sprig.div(1, 0)")).hasMessageContaining("integer divide by zero");
  }

  @Test
  void sprigListsAndDicts() {
    assertThat(eval("sprig.list(1, 'a')")).isEqualTo(List.of(1L, "a"));
    assertThat(eval("sprig.first([4, 5]) + sprig.last([4, 5])")).isEqualTo(9L);
    assertThat(eval("sprig.rest([1, 2, 3])")).isEqualTo(List.of(2L, 3L));
    assertThat(eval("sprig.initial([1, 2, 3])")).isEqualTo(List.of(1L, 2L));
    assertThat(eval("sprig.append([1], 2)")).isEqualTo(List.of(1L, 2L));
    assertThat(eval("sprig.prepend([1], 0)")).isEqualTo(List.of(0L, 1L));
    assertThat(eval("sprig.concat([1], [2, 3])")).isEqualTo(List.of(1L, 2L, 3L));
    assertThat(eval("sprig.reverse([1, 2])")).isEqualTo(List.of(2L, 1L));
    assertThat(eval("sprig.uniq([1, 1, 2])")).isEqualTo(List.of(1L, 2L));
    assertThat(eval("sprig.without([1, 2, 3], 2)")).isEqualTo(List.of(1L, 3L));
    assertThat(eval("sprig.has(2, [1, 2])")).isEqualTo(true);
    assertThat(eval("sprig.compact(['', 'a', 0, nil])")).isEqualTo(List.of("a"));
    assertThat(eval("sprig.slice([1, 2, 3], 1)")).isEqualTo(List.of(2L, 3L));
    assertThat(eval("sprig.chunk(2, [1, 2, 3])")).isEqualTo(List.of(List.of(1L, 2L), List.of(3L)));
    assertThat(eval("sprig.dict('k', 'v', 'n', 1)")).isEqualTo(Map.of("k", "v", "n", 1L));
    assertThat(eval("sprig.get({k: 'v'}, 'k') + sprig.get({k: 'v'}, 'absent')")).isEqualTo("v");
    assertThat(eval("sprig.hasKey({k: 1}, 'k')")).isEqualTo(true);
    assertThat(eval("sprig.keys({k: 1})")).isEqualTo(List.of("k"));
    assertThat(eval("sprig.values({k: 1})")).isEqualTo(List.of(1L));
    assertThat(eval("sprig.pick({a: 1, b: 2}, 'a')")).isEqualTo(Map.of("a", 1L));
    assertThat(eval("sprig.omit({a: 1, b: 2}, 'a')")).isEqualTo(Map.of("b", 2L));
    assertThat(eval("sprig.pluck('a', {a: 1}, {b: 2})")).isEqualTo(List.of(1L));
    assertThat(eval("sprig.dig('a', 'b', 'none', {a: {b: 'deep'}})")).isEqualTo("deep");
  }

  @Test
  void sprigDefaultsAndTypes() {
    assertThat(eval("sprig.default('fallback', '')")).isEqualTo("fallback");
    assertThat(eval("sprig.default('fallback', 'given')")).isEqualTo("given");
    assertThat(eval("sprig.default('fallback', 0)")).isEqualTo("fallback");
    assertThat(eval("sprig.empty([]) && sprig.empty(nil) && !sprig.empty('x')")).isEqualTo(true);
    assertThat(eval("sprig.coalesce('', nil, 'third')")).isEqualTo("third");
    assertThat(eval("sprig.ternary('yes', 'no', 1 > 0)")).isEqualTo("yes");
    assertThat(eval("sprig.toString(12) + sprig.toString(1.5)")).isEqualTo("121.5");
    assertThat(eval("sprig.toStrings([1, 'a'])")).isEqualTo(List.of("1", "a"));
    assertThat(eval("sprig.typeOf(1) + ' ' + sprig.kindOf([1])")).isEqualTo("int64 slice");
    assertThat(eval("sprig.deepEqual([1], [1])")).isEqualTo(true);
  }

  @Test
  void sprigEncodingsRegexAndHashes() {
    assertThat(eval("sprig.b64enc('argo')")).isEqualTo("YXJnbw==");
    assertThat(eval("sprig.b64dec('YXJnbw==')")).isEqualTo("argo");
    assertThat(eval("sprig.b32enc('argo')")).isEqualTo("MFZGO3Y=");
    assertThat(eval("sprig.regexMatch('^[a-z]+$', 'abc')")).isEqualTo(true);
    assertThat(eval("sprig.regexFind('[0-9]+', 'ab12cd34')")).isEqualTo("12");
    assertThat(eval("sprig.regexFindAll('[0-9]+', 'ab12cd34', -1)")).isEqualTo(List.of("12", "34"));
    assertThat(eval("sprig.regexReplaceAll('a(x*)b', '-ab-axxb-', '${1}W')")).isEqualTo("-W-xxW-");
    assertThat(eval("sprig.regexReplaceAll('a(x*)b', '-ab-axxb-', '$1W')")).isEqualTo("---");
    assertThat(eval("sprig.regexReplaceAllLiteral('a', 'banana', '$1')")).isEqualTo("b$1n$1n$1");
    assertThat(eval("sprig.regexSplit('[,;]', 'a,b;c', -1)")).isEqualTo(List.of("a", "b", "c"));
    assertThat(eval("sprig.sha256sum('argo')")).isEqualTo("774113f725e8622bcdb91dde0a36221bedf7cb2623a39f1218f17cf6ed246d19");
    assertThat((String) eval("sprig.sha1sum('argo')")).hasSize(40);
    assertThat(eval("sprig.adler32sum('argo')")).isEqualTo("68878762");
    assertThat(eval("sprig.toJson({b: 1})")).isEqualTo("{\"b\":1}");
    assertThat(eval("sprig.fromJson('[1]')")).isEqualTo(List.of(1.0));
    assertThat(eval("sprig.toPrettyJson([1])")).isEqualTo("[\n  1\n]");
    assertThat(eval("sprig.base('/tmp/a/b.txt') + ' ' + sprig.ext('b.txt')")).isEqualTo("b.txt .txt");
  }

  @Test
  void sprigDatesFormatWithGoLayouts() {
    Map<String, Object> env = Map.of("t", java.time.ZonedDateTime.parse("2024-03-09T07:05:03Z"));
    assertThat(Expressions.evaluate("sprig.dateInZone('2006-01-02 15:04:05', t, 'UTC')", env)).isEqualTo("2024-03-09 07:05:03");
    assertThat(Expressions.evaluate("sprig.dateInZone('Jan 2, 06 3:04PM', t, 'UTC')", env)).isEqualTo("Mar 9, 24 7:05AM");
    assertThat(Expressions.evaluate("sprig.duration(95)", env)).isEqualTo("1m35s");
    // sprig's date of a string is the current time, as in Argo
    assertThat((String) Expressions.evaluate("sprig.date('2006', 'not a time')", env)).matches("\\d{4}");
  }

  @Test
  void sprigMustVariantsAndDateHelpers() {
    assertThat(eval("sprig.mustRegexMatch('^n', 'north')")).isEqualTo(true);
    assertThat(eval("sprig.mustToJson([1])")).isEqualTo("[1]");
    assertThatThrownBy(() -> eval("sprig.mustFromJson('{')")).hasMessageContaining("not valid JSON");
    Map<String, Object> env = Map.of("t", java.time.ZonedDateTime.parse("2024-03-09T07:05:03Z"));
    assertThat((String) Expressions.evaluate("sprig.htmlDate(t)", env)).matches("2024-03-0[89]");
    assertThat(Expressions.evaluate("sprig.dateModify('1h', t).Unix() - t.Unix()", env)).isEqualTo(3600L);
  }

  @Test
  void destructuringBase64JsonWithSprigMath() {
    // {"temps": [10, 20, 33]} in base64, inside a JSON parameter, as Argo's "reusing verbose snippets" pattern does
    Map<String, Object> env = Expressions.expand(Map.of("workflow.parameters.forecast", "{\"daily\": \"eyJ0ZW1wcyI6IFsxMCwgMjAsIDMzXX0=\"}"));
    String e = "map([jsonpath(sprig.b64dec(jsonpath(workflow.parameters.forecast, '$.daily')), '$.temps')],"
        + " { toJson({mean: sprig.add(#[0], #[1], #[2]) / 3, low: sprig.min(#[0], #[1], #[2]), high: sprig.max(#[0], #[1], #[2])}) })[0]";
    assertThat(Expressions.evaluate(e, env)).isEqualTo("{\"high\":33,\"low\":10,\"mean\":21}");
  }

  @Test
  void unknownSprigFunctionsAreNamed() {
    assertThatThrownBy(() -> eval("sprig.env('HOME')")).hasMessageContaining("sprig has no function env");
  }
}
