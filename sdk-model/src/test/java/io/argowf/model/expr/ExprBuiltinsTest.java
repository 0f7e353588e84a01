package io.argowf.model.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** expr-lang's builtins, as Go's expr runs them. */
class ExprBuiltinsTest {
  private static final Map<String, Object> ENV = Map.of("shards", List.of(
      Map.of("id", "s1", "rows", 40L, "zone", "east"),
      Map.of("id", "s2", "rows", 10L, "zone", "west"),
      Map.of("id", "s3", "rows", 25L, "zone", "east")));

  static Object eval(String e) {
    return Expressions.evaluate(e, ENV);
  }

  @Test
  void sizesAndTypes() {
    assertThat(eval("len('héllo')")).isEqualTo(5L);
    assertThat(eval("len(shards)")).isEqualTo(3L);
    assertThat(eval("len({a: 1})")).isEqualTo(1L);
    assertThat(eval("type(1) + type(1.5) + type('s') + type(true) + type(nil) + type([]) + type({})"))
        .isEqualTo("intfloatstringboolnilarraymap");
    assertThatThrownBy(() -> eval("len(5)")).hasMessageContaining("invalid argument for len");
  }

  @Test
  void numbers() {
    assertThat(eval("abs(-4)")).isEqualTo(4L);
    assertThat(eval("abs(-4.5)")).isEqualTo(4.5);
    assertThat(eval("ceil(1.2)")).isEqualTo(2.0);
    assertThat(eval("floor(-1.2)")).isEqualTo(-2.0);
    assertThat(eval("round(-2.5)")).isEqualTo(-3.0);
    assertThat(eval("int(3.99)")).isEqualTo(3L);
    assertThat(eval("int('-42')")).isEqualTo(-42L);
    assertThat(eval("float(2)")).isEqualTo(2.0);
    assertThat(eval("float('1e3')")).isEqualTo(1000.0);
    assertThat(eval("max(3, 7, 5)")).isEqualTo(7L);
    assertThat(eval("min([3, 1.5])")).isEqualTo(1.5);
    assertThat(eval("mean([1, 2, 6])")).isEqualTo(3.0);
    assertThat(eval("median([5, 1, 3, 2])")).isEqualTo(2.5);
    assertThatThrownBy(() -> eval("int('3.5')")).hasMessageContaining("not an integer");
    assertThatThrownBy(() -> eval("float('x')")).hasMessageContaining("not a number");
  }

  @Test
  void strings() {
    assertThat(eval("string(2.50) + string(true) + string(nil)")).isEqualTo("2.5true<nil>");
    assertThat(eval("trim('  a  ')")).isEqualTo("a");
    assertThat(eval("trim('--a--', '-')")).isEqualTo("a");
    assertThat(eval("trimPrefix('v1.2', 'v')")).isEqualTo("1.2");
    assertThat(eval("trimSuffix('a.tgz', '.tgz')")).isEqualTo("a");
    assertThat(eval("upper('aB') + lower('Cd')")).isEqualTo("ABcd");
    assertThat(eval("split('a,b,,c', ',')")).isEqualTo(List.of("a", "b", "", "c"));
    assertThat(eval("split('a,b,c', ',', 2)")).isEqualTo(List.of("a", "b,c"));
    assertThat(eval("split('abc', '')")).isEqualTo(List.of("a", "b", "c"));
    assertThat(eval("splitAfter('a,b', ',')")).isEqualTo(List.of("a,", "b"));
    assertThat(eval("replace('a-b-c', '-', '+')")).isEqualTo("a+b+c");
    assertThat(eval("repeat('ab', 2)")).isEqualTo("abab");
    assertThat(eval("join(['a', 'b'])")).isEqualTo("ab");
    assertThat(eval("join(['a', 'b'], ', ')")).isEqualTo("a, b");
    assertThat(eval("indexOf('héllo', 'l')")).isEqualTo(3L);
    assertThat(eval("lastIndexOf('hello', 'l')")).isEqualTo(3L);
    assertThat(eval("indexOf('hello', 'z')")).isEqualTo(-1L);
    assertThat(eval("hasPrefix('north', 'no') && hasSuffix('north', 'th')")).isEqualTo(true);
    assertThat(eval("toBase64('argo')")).isEqualTo("YXJnbw==");
    assertThat(eval("fromBase64('YXJnbw==')")).isEqualTo("argo");
  }

  @Test
  void lists() {
    assertThat(eval("first(shards).id + last(shards).id")).isEqualTo("s1s3");
    assertThat(eval("first([])")).isNull();
    assertThat(eval("get([1, 2], 5)")).isNull();
    assertThat(eval("get({a: 1}, 'a')")).isEqualTo(1L);
    assertThat(eval("sort([3, 1, 2])")).isEqualTo(List.of(1L, 2L, 3L));
    assertThat(eval("sort(['b', 'a'], 'desc')")).isEqualTo(List.of("b", "a"));
    assertThat(eval("flatten([1, [2, [3]]])")).isEqualTo(List.of(1L, 2L, 3L));
    assertThat(eval("uniq([1, 2, 1, 1.0])")).isEqualTo(List.of(1L, 2L, 1.0));
    assertThat(eval("concat([1], [2], [])")).isEqualTo(List.of(1L, 2L));
  }

  @Test
  void maps() {
    assertThat(eval("keys({b: 1, a: 2})")).isEqualTo(List.of("b", "a"));
    assertThat(eval("values({b: 1, a: 2})")).isEqualTo(List.of(1L, 2L));
    assertThat(eval("toPairs({k: 'v'})")).isEqualTo(List.of(List.of("k", "v")));
    assertThat(eval("fromPairs([['k', 1]])")).isEqualTo(Map.of("k", 1L));
  }

  @Test
  void predicates() {
    assertThat(eval("map(filter(shards, .zone == 'east'), .id)")).isEqualTo(List.of("s1", "s3"));
    assertThat(eval("all(shards, .rows > 5)")).isEqualTo(true);
    assertThat(eval("any(shards, .rows > 30)")).isEqualTo(true);
    assertThat(eval("none(shards, .rows > 100)")).isEqualTo(true);
    assertThat(eval("one(shards, .zone == 'west')")).isEqualTo(true);
    assertThat(eval("count(shards, .zone == 'east')")).isEqualTo(2L);
    assertThat(eval("count([true, false, true])")).isEqualTo(2L);
    assertThat(eval("sum(shards, .rows)")).isEqualTo(75L);
    assertThat(eval("sum([1, 2.5])")).isEqualTo(3.5);
    assertThat(eval("find(shards, .rows < 30).id")).isEqualTo("s2");
    assertThat(eval("findIndex(shards, .rows < 30)")).isEqualTo(1L);
    assertThat(eval("findLast(shards, .rows < 30).id")).isEqualTo("s3");
    assertThat(eval("findLastIndex(shards, .rows > 100)")).isEqualTo(-1L);
    assertThat(eval("find(shards, .rows > 100)")).isNull();
    assertThat(eval("map(groupBy(shards, .zone).east, .id)")).isEqualTo(List.of("s1", "s3"));
    assertThat(eval("map(sortBy(shards, .rows, 'desc'), .id)")).isEqualTo(List.of("s1", "s3", "s2"));
    assertThat(eval("reduce([1, 2, 3], #acc * #)")).isEqualTo(6L);
    assertThat(eval("reduce(shards, #acc + .rows, 0)")).isEqualTo(75L);
    assertThat(eval("map([[1, 2], [3, 4]], map(#, # * 10))")).isEqualTo(List.of(List.of(10L, 20L), List.of(30L, 40L)));
    assertThatThrownBy(() -> eval("filter(shards, .rows)")).hasMessageContaining("a predicate needs a bool");
    assertThatThrownBy(() -> eval("filter('abc', # > 1)")).hasMessageContaining("filter needs an array");
  }

  @Test
  void json() {
    assertThat(eval("fromJSON(toJSON({a: [1, 'x']}))")).isEqualTo(Map.of("a", Arrays.asList(1.0, "x")));
    assertThatThrownBy(() -> eval("fromJSON('{')")).hasMessageContaining("not valid JSON");
  }

  @Test
  void timesAndDurations() {
    assertThat(eval("duration('1h15m')")).isEqualTo(Duration.ofMinutes(75));
    assertThat(eval("duration('1.5s') + duration('500ms')")).isEqualTo(Duration.ofSeconds(2));
    assertThat(eval("duration('90m').Hours()")).isEqualTo(1.5);
    assertThat(eval("duration('2m').Seconds()")).isEqualTo(120.0);
    assertThat(eval("date('2024-03-09T07:05:03Z')")).isEqualTo(ZonedDateTime.parse("2024-03-09T07:05:03Z"));
    assertThat(eval("date('2024-03-09').Year()")).isEqualTo(2024L);
    assertThat(eval("date('09/03/2024', '02/01/2006').Month()")).isEqualTo(3L);
    assertThat(eval("(date('2024-03-09T10:00:00Z') - date('2024-03-09T07:30:00Z')).Minutes()")).isEqualTo(150.0);
    assertThat(eval("date('2024-03-09T07:05:03Z').Format('Jan 2 2006 15:04')")).isEqualTo("Mar 9 2024 07:05");
    assertThat(eval("date('2024-01-01') < date('2024-01-02')")).isEqualTo(true);
    assertThat(eval("now() - duration('1h') < now()")).isEqualTo(true);
    assertThat(eval("(now() - date('2020-01-01')).Hours() > 24")).isEqualTo(true);
    assertThatThrownBy(() -> eval("duration('soon')")).hasMessageContaining("invalid duration");
  }

  @Test
  void bitOperations() {
    assertThat(eval("bitand(12, 10)")).isEqualTo(8L);
    assertThat(eval("bitor(12, 10)")).isEqualTo(14L);
    assertThat(eval("bitxor(12, 10)")).isEqualTo(6L);
    assertThat(eval("bitnand(12, 10)")).isEqualTo(4L);
    assertThat(eval("bitnot(0)")).isEqualTo(-1L);
    assertThat(eval("bitshl(1, 4)")).isEqualTo(16L);
    assertThat(eval("bitshr(-16, 2)")).isEqualTo(-4L);
    assertThat(eval("bitushr(-1, 60)")).isEqualTo(15L);
  }
}
