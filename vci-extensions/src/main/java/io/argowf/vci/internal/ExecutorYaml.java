package io.argowf.vci.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.Container;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the controller's {@code executor} container as the YAML text Argo's docs and the tutorial use:
 * {@code imagePullPolicy}, {@code image}, then {@code resources} with {@code requests} before {@code limits}, and
 * plain decimal quantities as numbers ({@code cpu: 0.1}). Argo parses the text, so only this layout is a choice.
 */
public final class ExecutorYaml {
  private static final ObjectMapper JSON = Manifests.jsonMapper();
  private static final List<String> FIRST = List.of("imagePullPolicy", "image", "resources");
  private static final List<String> RESOURCES_FIRST = List.of("requests", "limits");
  private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");

  private ExecutorYaml() {}

  /**
   * The executor as YAML text.
   *
   * @param executor the executor container settings
   * @return the text for {@code data.executor}
   */
  public static String render(Container executor) {
    JsonNode tree = JSON.valueToTree(executor);
    ObjectNode out = ordered(tree, FIRST);
    JsonNode resources = out.get("resources");
    if (resources != null && resources.isObject()) {
      ObjectNode r = ordered(resources, RESOURCES_FIRST);
      r.fields().forEachRemaining(e -> {
        if (e.getValue().isObject()) numbersAsNumbers((ObjectNode) e.getValue());
      });
      out.set("resources", r);
    }
    return Manifests.toYaml(out);
  }

  private static ObjectNode ordered(JsonNode node, List<String> first) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (String f : first) if (node.has(f)) out.set(f, node.get(f));
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!out.has(e.getKey())) out.set(e.getKey(), e.getValue());
    }
    return out;
  }

  private static void numbersAsNumbers(ObjectNode quantities) {
    quantities.fields().forEachRemaining(e -> {
      JsonNode v = e.getValue();
      if (v.isTextual() && DECIMAL.matcher(v.textValue()).matches()) e.setValue(quantities.numberNode(new BigDecimal(v.textValue())));
    });
  }
}
