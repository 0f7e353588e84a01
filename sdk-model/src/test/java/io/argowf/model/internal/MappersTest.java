package io.argowf.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.argowf.model.workflow.Workflow;
import org.junit.jupiter.api.Test;

/** The JSON fast path for model classes reads without the parser's duplicate-key check, really. */
class MappersTest {
  @Test
  void theModelParserKeepsNoKeysToCheck() throws Exception {
    try (JsonParser p = Mappers.modelParser("{\"spec\": {\"entrypoint\": \"main\"}}")) {
      p.nextToken();
      p.nextToken();
      p.nextToken();
      assertThat(((JsonReadContext) p.getParsingContext()).getDupDetector()).as("inner object's detector").isNull();
      assertThat(p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)).isFalse();
    }
  }

  @Test
  void readsAModelValueAndRefusesContentAfterIt() throws Exception {
    Workflow wf = Mappers.readModelJson("{\"metadata\": {\"name\": \"a\"}}", Workflow.class);
    assertThat(wf.metadata().name()).isEqualTo("a");
    assertThatThrownBy(() -> Mappers.readModelJson("{\"metadata\": {}} {}", Workflow.class))
        .hasMessageContaining("Trailing token");
  }

  @Test
  void theModelReadersStillRefuseAKeyGivenTwice() {
    assertThatThrownBy(() -> Mappers.readModelJson("{\"metadata\": {\"name\": \"a\", \"name\": \"b\"}}", Workflow.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("Duplicate field 'name'")
        .satisfies(e -> assertThat(((JsonMappingException) e).getPathReference()).contains("[\"metadata\"]"));
  }
}
