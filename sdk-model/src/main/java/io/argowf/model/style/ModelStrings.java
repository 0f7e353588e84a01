package io.argowf.model.style;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The {@code toString()} of every model type ({@link ModelStyle}'s {@code delegateToString}): the simple type name
 * and the fields that are set, as the manifest would have them; unset fields are left out.
 * {@code Mutex.builder().name("m").build()} prints {@code Mutex{name=m}}. A Secret's values print as {@code ****}.
 */
public final class ModelStrings {
  /** The fields marked {@code @Value.Redacted} in the model (that annotation is not visible at run time). */
  private static final Map<String, Set<String>> REDACTED = Map.of("Secret", Set.of("data", "stringData"));

  /** Its own mapper, so that this package needs nothing of the rest of sdk-model. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .serializationInclusion(JsonInclude.Include.NON_NULL).disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build();

  private ModelStrings() {}

  /** The fields of a model object that are set, e.g. {@code Template{name=hello, container={"image":"busybox"}}}. */
  public static String toString(Object model) {
    StringBuilder b = new StringBuilder(model.getClass().getSimpleName()).append('{');
    JsonNode tree = JSON.valueToTree(model);
    Iterator<Map.Entry<String, JsonNode>> fields = tree.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      boolean redacted = REDACTED.getOrDefault(model.getClass().getSimpleName(), Set.of()).contains(f.getKey());
      b.append(f.getKey()).append('=').append(redacted ? "****" : f.getValue().isTextual() ? f.getValue().textValue() : f.getValue().toString());
      if (fields.hasNext()) b.append(", ");
    }
    return b.append('}').toString();
  }
}
