package io.argowf.vci.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.argowf.model.Manifests;

/** JSON as people indent it by hand (two spaces, one item per line, {@code "key": value}), for ConfigMap values. */
public final class PrettyJson {
  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
  private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(
      Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(INDENT)
      .withArrayIndenter(INDENT);
  private static final ObjectWriter WRITER = Manifests.jsonMapper().writer(PRINTER);

  private PrettyJson() {}

  /**
   * A value as indented JSON text ending in a newline.
   *
   * @param value a model object, list or map
   * @return the text
   */
  public static String write(Object value) {
    try {
      return WRITER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }
}
