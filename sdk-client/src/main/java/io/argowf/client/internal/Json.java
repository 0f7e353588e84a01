package io.argowf.client.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one place where JSON meets model types: every body the client sends or reads goes through here.
 */
public final class Json {
  private final ObjectMapper mapper;

  /** @param mapper the model's mapper; this class never reconfigures it, it works on a copy */
  public Json(ObjectMapper mapper) {
    // items are read one by one from an open parser, so "trailing tokens" are the rest of the list
    this.mapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, false)
        .configure(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, true);
  }

  /** @return the mapper used for every body */
  public ObjectMapper mapper() {
    return mapper;
  }

  /** @return a new empty JSON object */
  public ObjectNode object() {
    return mapper.createObjectNode();
  }

  /** Converts a model object (or any JSON-able value) into a tree. */
  public JsonNode tree(Object value) {
    return mapper.valueToTree(value);
  }

  /** Binds a tree to a model type. */
  public <T> T bind(JsonNode node, Class<T> type) throws JsonProcessingException {
    return mapper.treeToValue(node, type);
  }

  /** Reads one value of {@code type} from the stream without buffering it as text. */
  public <T> T read(InputStream in, Class<T> type) throws IOException {
    return mapper.readerFor(type).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(in);
  }

  /**
   * Creates a streaming parser over a response body. It leaves duplicate keys to the model's readers, which refuse
   * one themselves (and JSON trees inside refuse one too), more cheaply than the parser's check.
   */
  public JsonParser parser(InputStream in) throws IOException {
    JsonParser parser = mapper.createParser(in);
    parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return parser;
  }

  /** Parses text as JSON; {@code null} when it is not JSON. */
  public JsonNode tryParse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return mapper.readTree(text);
    } catch (IOException notJson) {
      return null;
    }
  }

  /** Parses text as JSON, failing with the parser's location. */
  public JsonNode parse(String text) throws JsonProcessingException {
    return mapper.readTree(text);
  }

  /** Serialises a tree to bytes for a request body. */
  public byte[] bytes(JsonNode node) {
    try {
      return mapper.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot serialise request body: " + e.getOriginalMessage(), e);
    }
  }
}
