package io.argowf.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.model.Manifests;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * {@code apply}: create the object, or update it when what is live differs from it. "Differs" means
 * {@link Manifests#differences} finds a difference in {@code spec}, or a label or annotation given
 * in the manifest has another value live; what the server adds (status, other labels and
 * annotations, server-set metadata) is no difference. The update carries the live
 * {@code resourceVersion}, and is tried again on a conflict (someone updated it meanwhile).
 */
final class Applied {
  private static final int ATTEMPTS = 3;
  /** Shared: {@link Manifests#jsonMapper()} makes a copy per call. */
  private static final ObjectMapper JSON = Manifests.jsonMapper();

  private Applied() {}

  static <T> T apply(T desired, Class<T> type, Function<String, T> get, UnaryOperator<T> create,
      UnaryOperator<T> update) {
    JsonNode wanted = JSON.valueToTree(desired);
    String name = wanted.path("metadata").path("name").asText("");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("apply needs metadata.name (a generateName cannot be matched to a live object)");
    }
    for (int attempt = 1; ; attempt++) {
      T live;
      try {
        live = get.apply(name);
      } catch (NotFoundException absent) {
        return create.apply(desired);
      }
      JsonNode current = JSON.valueToTree(live);
      if (sameContent(wanted, current)) {
        return live;
      }
      ObjectNode next = wanted.deepCopy();
      ((ObjectNode) next.path("metadata")).put("resourceVersion", current.path("metadata").path("resourceVersion").asText());
      try {
        return update.apply(JSON.treeToValue(next, type));
      } catch (ConflictException stale) {
        if (attempt == ATTEMPTS) {
          throw stale;
        }
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot copy the manifest: " + e.getOriginalMessage(), e);
      }
    }
  }

  /** Whether the live object already has the manifest's spec, labels and annotations. */
  static boolean sameContent(JsonNode desired, JsonNode live) {
    if (!Manifests.differences(desired.path("spec"), live.path("spec")).isEmpty()) {
      return false;
    }
    return contained(desired.path("metadata").path("labels"), live.path("metadata").path("labels"))
        && contained(desired.path("metadata").path("annotations"), live.path("metadata").path("annotations"));
  }

  private static boolean contained(JsonNode wanted, JsonNode live) {
    for (Iterator<Map.Entry<String, JsonNode>> it = wanted.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().equals(ResourceCalls.REQUEST_ID) && !e.getValue().equals(live.path(e.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
