package io.argowf.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An independent check, with Jackson's own YAML reader, of whether a file repeats a key in one map: such a file
 * is refused by strict decoding, and so by {@link Manifests}.
 */
public final class StrictYaml {
  private static final ObjectMapper STRICT = new ObjectMapper(new YAMLFactory())
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private StrictYaml() {}

  /** Whether the file repeats a key in one map. */
  public static boolean repeatsAKey(Path file) throws IOException {
    try (MappingIterator<Object> docs = STRICT.readerFor(Object.class).readValues(Files.readString(file))) {
      while (docs.hasNext()) docs.next();
      return false;
    } catch (RuntimeException | IOException e) {
      if (String.valueOf(e.getMessage()).contains("Duplicate field")) return true;
      throw e;
    }
  }
}
