package io.argowf.dsl;

import static io.argowf.dsl.Argo.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.Manifests;
import io.argowf.model.workflow.Workflow;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Java values become what Argo expects: JSON for lists, maps and records; numbers as Go writes them; a defined order. */
class JavaValuesTest {
  record Shard(String name, int start, int end) {}

  @Test
  void listsMapsAndRecordsAreWrittenAsJson() {
    assertThat(argument("files", List.of("a.txt", "b.txt")).toModel().value()).isEqualTo("[\"a.txt\",\"b.txt\"]");
    assertThat(argument("shard", new Shard("s0", 1, 10)).toModel().value()).isEqualTo("{\"name\":\"s0\",\"start\":1,\"end\":10}");
    assertThat(argument("limits", Map.of("b", 2, "a", List.of(1.5, true))).toModel().value()).isEqualTo("{\"a\":[1.5,true],\"b\":2}");
    assertThat(param("p").withDefault(List.of(1, 2)).toModel().defaultValue()).isEqualTo("[1,2]");
  }

  @Test
  void numbersAreWrittenAsGoWritesThem() {
    assertThat(argument("x", 3.0).toModel().value()).isEqualTo("3");
    assertThat(argument("x", 0.1).toModel().value()).isEqualTo("0.1");
    assertThat(argument("x", 1e21).toModel().value()).isEqualTo("1e+21");
    assertThat(argument("x", 1.5e-7).toModel().value()).isEqualTo("1.5e-7");
    assertThat(argument("x", 123456789.0).toModel().value()).isEqualTo("123456789");
    assertThat(argument("x", 2.5f).toModel().value()).isEqualTo("2.5");
    assertThat(argument("x", new BigDecimal("10.50")).toModel().value()).isEqualTo("10.5");
    assertThat(argument("x", Long.MAX_VALUE).toModel().value()).isEqualTo("9223372036854775807");
    assertThat(argument("x", List.of(1e21, 100.0)).toModel().value()).isEqualTo("[1e+21,100]");
    assertThatThrownBy(() -> argument("x", Double.NaN)).hasMessageContaining("no JSON form");
  }

  @Test
  void unorderedMapsAndSetsAreSortedAndOrderedOnesKeepTheirOrder() {
    Map<String, Object> hash = new HashMap<>();
    for (String k : List.of("zeta", "alpha", "mid", "beta")) hash.put(k, 1);
    assertThat(argument("m", hash).toModel().value()).isEqualTo("{\"alpha\":1,\"beta\":1,\"mid\":1,\"zeta\":1}");
    Map<String, Object> linked = new LinkedHashMap<>();
    linked.put("zeta", 1);
    linked.put("alpha", 2);
    assertThat(argument("m", linked).toModel().value()).isEqualTo("{\"zeta\":1,\"alpha\":2}");
    assertThat(argument("s", Set.of("c", "a", "b")).toModel().value()).isEqualTo("[\"a\",\"b\",\"c\"]");
    TreeSet<String> reversed = new TreeSet<>(java.util.Comparator.reverseOrder());
    reversed.addAll(List.of("a", "b"));
    assertThat(argument("s", reversed).toModel().value()).isEqualTo("[\"b\",\"a\"]");
  }

  @Test
  void stepArgumentsItemsAndPluginConfigTakeJavaValues() {
    var files = param("files");
    var count = container("count").inputs(files).image("busybox").command("echo", files);
    var each = container("each").inputs(files).image("busybox").command("echo", files);
    Workflow wf = workflow().generateName("x-")
        .entrypoint(steps("main")
            .then(count.step("count").with(files, List.of("a.txt", "b.txt")))
            .then(each.step("each").with(files, item()).withItems(Set.of(Map.of("d", 1, "c", 2), Map.of("a", 0)))))
        .build();
    String yaml = Manifests.toYaml(wf);
    assertThat(yaml).contains("value: \"[\\\"a.txt\\\",\\\"b.txt\\\"]\"");
    assertThat(yaml).contains("withItems:\n        - a: 0\n        - c: 2\n          d: 1\n");
  }
}
