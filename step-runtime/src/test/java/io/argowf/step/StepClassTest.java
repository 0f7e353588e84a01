package io.argowf.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.step.spi.Port;
import io.argowf.step.spi.StepClass;
import io.argowf.step.spi.StepFailure;
import io.argowf.step.spi.StepOutputs;
import io.argowf.step.testing.AllTypes;
import io.argowf.step.testing.Fails;
import io.argowf.step.testing.Generic;
import io.argowf.step.testing.Greet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepClassTest {
  @TempDir Path dir;

  /** Values that break naive plumbing: newlines, quotes, backslashes, non-ASCII, Argo's own braces. */
  static final String AWKWARD = "line one\nline \"two\" with 'quotes' and \\ backslash\n\tünïcödé 数据 🚀 {{inputs.parameters.x}}\n";

  static Map<String, String> allTypesParameters() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("text", AWKWARD);
    p.put("count", "42");
    p.put("big", "9007199254740993");
    p.put("ratio", "0.1");
    p.put("flag", "true");
    p.put("price", "12.50");
    p.put("color", "GREEN");
    p.put("day", "2026-12-01");
    p.put("timeout", "PT1M30S");
    p.put("names", "[\"a\",\"b \\\"quoted\\\"\",\"ç\"]");
    p.put("scores", "{\"alice\":3,\"bob\":5}");
    p.put("point", "{\"x\":1,\"label\":\"p\\n1\"}");
    p.put("points", "[{\"x\":2,\"label\":\"two\"},{\"x\":3,\"label\":\"three\"}]");
    return p;
  }

  @Test
  void describesInputsAndOutputsFromTheRecords() {
    StepClass<AllTypes.In, AllTypes.Out> step = StepClass.of(AllTypes.class);
    assertThat(step.templateName()).isEqualTo("all-types");
    assertThat(step.inputs()).extracting(Port::name).containsExactly("text", "count", "big", "ratio", "flag",
        "price", "color", "day", "timeout", "names", "scores", "point", "points", "data");
    assertThat(step.inputs()).extracting(Port::form).containsExactly(Port.Form.TEXT, Port.Form.TEXT, Port.Form.TEXT,
        Port.Form.TEXT, Port.Form.TEXT, Port.Form.TEXT, Port.Form.TEXT, Port.Form.TEXT, Port.Form.TEXT,
        Port.Form.JSON, Port.Form.JSON, Port.Form.JSON, Port.Form.JSON, Port.Form.ARTIFACT);
    assertThat(step.input("names").orElseThrow().type().getTypeName()).isEqualTo("java.util.List<java.lang.String>");
  }

  @Test
  void everyComponentTypeComesOutAsItWentIn() throws Exception {
    Path data = Files.writeString(dir.resolve("data.txt"), "rows ✓");
    List<String> log = new ArrayList<>();
    StepOutputs out = StepClass.of(AllTypes.class)
        .run(allTypesParameters(), Map.of("data", data), StepContext.of(dir).withLog(log::add));

    Map<String, String> expected = new LinkedHashMap<>(allTypesParameters());
    expected.put("names", "[\"a\",\"b \\\"quoted\\\"\",\"ç\"]");
    assertThat(out.parameters()).containsExactlyEntriesOf(expected);
    assertThat(Files.readString(out.artifacts().get("data"))).isEqualTo("rows ✓!");
    assertThat(log).containsExactly("copied data.txt");
  }

  @Test
  void aStepWithoutInputsGetsNullAndItsContext() throws Exception {
    StepOutputs out = StepClass.of(Greet.class)
        .run(Map.of(), Map.of(), StepContext.of(dir).withWorkflowName("wf-1").withRetry(2));
    assertThat(out.parameters()).containsExactly(Map.entry("greeting", "hello from wf-1 try 2"));
  }

  @Test
  void anInputThatDoesNotBindNamesTheComponentAndTheValue() {
    Map<String, String> p = allTypesParameters();
    p.put("count", "forty-two");
    assertThatThrownBy(() -> StepClass.of(AllTypes.class).run(p, Map.of("data", dir), StepContext.of(dir)))
        .isInstanceOf(StepFailure.class)
        .hasMessage("input 'count' (int) of In cannot be \"forty-two\": not a whole number in int's range")
        .extracting(f -> ((StepFailure) f).exitCode()).isEqualTo(StepFailure.NOT_STARTED);
  }

  @Test
  void badEnumsJsonAndMissingValuesSayWhatWasExpected() {
    Map<String, String> p = allTypesParameters();
    p.put("color", "BLUE");
    assertThatThrownBy(() -> StepClass.of(AllTypes.class).run(p, Map.of("data", dir), StepContext.of(dir)))
        .hasMessage("input 'color' (io.argowf.step.testing.AllTypes$Color) of In cannot be \"BLUE\": not one of [RED, GREEN]");
    p.put("color", "RED");
    p.put("scores", "{\"alice\":\"many\"}");
    assertThatThrownBy(() -> StepClass.of(AllTypes.class).run(p, Map.of("data", dir), StepContext.of(dir)))
        .hasMessageStartingWith("input 'scores' (java.util.Map<java.lang.String, java.lang.Integer>) of In cannot be "
            + "\"{\\\"alice\\\":\\\"many\\\"}\": not JSON of that type:");
    p.remove("ratio");
    assertThatThrownBy(() -> StepClass.of(AllTypes.class).run(p, Map.of("data", dir), StepContext.of(dir)))
        .hasMessage("input 'ratio' (double) of In was not passed: no parameter of that name");
  }

  @Test
  void aMissingArtifactFileIsABindingFailure() {
    assertThatThrownBy(() -> StepClass.of(AllTypes.class)
        .run(allTypesParameters(), Map.of("data", dir.resolve("nope")), StepContext.of(dir)))
        .hasMessageStartingWith("input 'data' (java.nio.file.Path) of In is missing: nothing at ");
  }

  @Test
  void aRecordThatRefusesItsValuesIsABindingFailure() {
    assertThatThrownBy(() -> StepClass.of(Generic.NeedsPositive.class).run(Map.of("value", "-1"), Map.of(), StepContext.of(dir)))
        .hasMessage("Positive refused its inputs: value must be positive, not -1")
        .extracting(f -> ((StepFailure) f).exitCode()).isEqualTo(StepFailure.NOT_STARTED);
  }

  @Test
  void aStepThatThrowsFailsWithItsMessage() {
    assertThatThrownBy(() -> StepClass.of(Fails.class).run(Map.of("attempt", "3"), Map.of(), StepContext.of(dir)))
        .isInstanceOf(StepFailure.class)
        .hasMessage("dataset \"train\" is empty (attempt 3, retry 0) — données absentes")
        .hasCauseInstanceOf(IllegalStateException.class)
        .extracting(f -> ((StepFailure) f).exitCode()).isEqualTo(StepFailure.STEP_FAILED);
  }

  @Test
  void aNullOutputFailsTheStep() {
    assertThatThrownBy(() -> StepClass.of(Generic.ReturnsNull.class).run(Map.of(), Map.of(), StepContext.of(dir)))
        .hasMessage("output 'text' of Maybe is null: every output needs a value");
  }

  @Test
  void typeArgumentsAreFoundThroughGenericSuperclasses() throws Exception {
    var step = StepClass.of(Generic.Double2.class);
    assertThat(step.inputType()).isEqualTo(Generic.Num.class);
    assertThat(step.templateName()).isEqualTo("double2");
    assertThat(step.run(Map.of("value", "21"), Map.of(), StepContext.of(dir)).parameters()).containsEntry("value", "42");
  }

  @Test
  void stepsWhoseTypesHaveNoArgoFormAreRefused() {
    assertThatThrownBy(() -> StepClass.forName(Generic.Raw.class.getName(), getClass().getClassLoader()))
        .hasMessageContaining("implements JavaStep without type arguments");
    assertThatThrownBy(() -> StepClass.forName(Generic.NotRecord.class.getName(), getClass().getClassLoader()))
        .hasMessageContaining("input type java.lang.String must be a record (or Void)");
    assertThatThrownBy(() -> StepClass.forName(Generic.OddInput.class.getName(), getClass().getClassLoader()))
        .hasMessageStartingWith("io.argowf.step.testing.Generic$Odd.anything: type java.lang.Object has no parameter form");
    assertThatThrownBy(() -> StepClass.forName("com.example.Nope", getClass().getClassLoader()))
        .hasMessageStartingWith("no step class com.example.Nope on the classpath");
  }

  @Test
  void portsTurnJavaConstantsIntoTheTextTheStepReadsBack() {
    var step = StepClass.of(AllTypes.class);
    assertThat(step.input("names").orElseThrow().text(List.of("x", "y\"z"))).isEqualTo("[\"x\",\"y\\\"z\"]");
    assertThat(step.input("count").orElseThrow().text(7)).isEqualTo("7");
    assertThat(step.input("color").orElseThrow().text(AllTypes.Color.RED)).isEqualTo("RED");
    assertThatThrownBy(() -> step.input("count").orElseThrow().text("7"))
        .hasMessage("'count' (int) cannot take a java.lang.String");
    assertThatThrownBy(() -> step.input("data").orElseThrow().text("x"))
        .hasMessage("'data' (java.nio.file.Path) is an artifact, not a parameter");
  }

  @Test
  void aFanOutsGatheredOutputsAreAListOfTheOutputsType() {
    var step = StepClass.of(AllTypes.class);
    Port ratios = step.output("ratio").orElseThrow().aggregated();
    assertThat(ratios.name()).isEqualTo("ratio");
    assertThat(ratios.form()).isEqualTo(Port.Form.JSON);
    assertThat(ratios.type().getTypeName()).isEqualTo("java.util.List<java.lang.Double>");
    assertThat(ratios.text(List.of(0.5, 1.0))).isEqualTo("[0.5,1.0]");
    assertThat(step.output("point").orElseThrow().aggregated().type().getTypeName())
        .isEqualTo(step.input("points").orElseThrow().type().getTypeName());
    assertThat(step.output("names").orElseThrow().aggregated().type().getTypeName())
        .isEqualTo("java.util.List<java.util.List<java.lang.String>>");
    assertThatThrownBy(() -> step.output("data").orElseThrow().aggregated())
        .hasMessageStartingWith("'data' (java.nio.file.Path) is an artifact;");
  }

  /** What Argo passes for {@code {{tasks.X.outputs.parameters.point}}} of a fan-out: a list of each one's text. */
  @Test
  void aListInputReadsTheTextsArgoGathersOverAFanOut() throws Exception {
    Map<String, String> p = allTypesParameters();
    p.put("points", "[\"{\\\"x\\\":2,\\\"label\\\":\\\"two\\\"}\",{\"x\":3,\"label\":\"three\"}]");
    Path data = Files.writeString(dir.resolve("data.txt"), "rows");
    StepOutputs out = StepClass.of(AllTypes.class).run(p, Map.of("data", data), StepContext.of(dir));
    assertThat(out.parameters().get("points")).isEqualTo(allTypesParameters().get("points"));

    p.put("points", "[\"{\\\"x\\\":\"]");
    assertThatThrownBy(() -> StepClass.of(AllTypes.class).run(p, Map.of("data", dir), StepContext.of(dir)))
        .isInstanceOf(StepFailure.class)
        .hasMessageStartingWith("input 'points' (java.util.List<io.argowf.step.testing.AllTypes$Point>) of In cannot be")
        .hasMessageContaining(": item 0 is a string but not the JSON of an item:");
  }

  @Test
  void kebabCaseKeepsAcronymsTogether() {
    assertThat(StepClass.of(Greet.class).templateName()).isEqualTo("greet");
    assertThat(StepClass.of(Fails.class).templateName()).isEqualTo("fails");
  }
}
