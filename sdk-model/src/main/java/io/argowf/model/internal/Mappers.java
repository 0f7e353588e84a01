package io.argowf.model.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.argowf.model.internal.bind.ModelReaders;
import io.argowf.model.internal.bind.ModelSerializerFactory;
import io.argowf.model.internal.bind.TimeReader;
import io.argowf.model.k8s.Time;
import java.io.IOException;
import java.io.StringWriter;

/**
 * The Jackson mapper of sdk-model (and the YAML factory it writes YAML with), configured once: absent fields are not
 * written, empty ones are; numbers and booleans fill only Argo's AnyString fields (the generated {@link ModelReaders}), never a plain string field, and a
 * string never silently becomes a number; nesting is bounded.
 */
public final class Mappers {
  /** Deepest nesting accepted in any document. */
  public static final int MAX_DEPTH = 256;

  /** JSON (pretty printing is chosen per call). */
  public static final ObjectMapper JSON = configure(JsonMapper.builder(
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build());

  /** {@link #readModelJson}'s reader: JSON trees inside a model value refuse a key given twice. */
  private static final ObjectReader JSON_MODEL = JSON.reader().with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  /**
   * YAML writing: block style, literal blocks for multi-line text, never folded, quotes only where needed. Written
   * through {@link #JSON}'s serializers ({@link #writeYaml}), so a process that writes both formats introspects each
   * model class once.
   */
  public static final YAMLFactory YAML_FACTORY = YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
      .stringQuotingChecker(new KubeQuoting())
      .build();

  private Mappers() {}

  /**
   * Reads a generated model class ({@link ModelReaders#forName}) from JSON text. Its readers refuse a key given twice
   * themselves, more cheaply than the parser's check, so the parser reads without it; content after the document is
   * refused ({@code FAIL_ON_TRAILING_TOKENS}).
   *
   * @throws IOException when the text is not such a document
   */
  public static <T> T readModelJson(String text, Class<T> type) throws IOException {
    try (JsonParser p = modelParser(text)) {
      return JSON_MODEL.readValue(p, type);
    }
  }

  /**
   * A JSON parser without the duplicate-key check. Turned off on the parser itself: turned off through an
   * {@code ObjectReader} (Jackson 2.21), the feature reads as off while the parser still checks every key.
   */
  static JsonParser modelParser(String text) throws IOException {
    JsonParser p = JSON.getFactory().createParser(text);
    p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return p;
  }

  /**
   * A value as YAML text, with {@link #JSON}'s serializers.
   *
   * @throws IOException when a value cannot be written
   */
  public static String writeYaml(Object value) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = YAML_FACTORY.createGenerator(out)) {
      g.setCodec(JSON);
      JSON.writeValue(g, value);
    }
    return out.toString();
  }

  /**
   * A value as pretty-printed JSON text ending in a newline, written once into Jackson's segmented buffer (no copy
   * of the whole text to add the newline).
   *
   * @throws IOException when a value cannot be written
   */
  public static String writeJson(Object value) throws IOException {
    SegmentedStringWriter out = new SegmentedStringWriter(JSON.getFactory()._getBufferRecycler());
    try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      JSON.writeValue(g, value);
      g.writeRaw('\n');
    }
    return out.getAndClear();
  }

  private static ObjectMapper configure(ObjectMapper m) {
    // first: registering a module below adds its serializer modifiers to the factory in place then
    m.setSerializerFactory(ModelSerializerFactory.INSTANCE);
    m.registerModule(KindDefaults.module());
    SimpleModule readers = new SimpleModule("argowf-model-readers");
    readers.setDeserializers(new ModelReaders());
    readers.addDeserializer(Time.class, new TimeReader());
    m.registerModule(readers);
    m.registerModule(GoDecoding.module());
    m.registerModule(LazyBinding.module());
    m.setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
    m.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    m.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    m.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY);
    m.enable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION);
    for (LogicalType t : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
      m.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
      m.coercionConfigFor(t).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    m.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    // Go's typed decoding refuses a number or boolean in a string field; AnyString fields take them (ModelReader)
    m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return m;
  }
}
