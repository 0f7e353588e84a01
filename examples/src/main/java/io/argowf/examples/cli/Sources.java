package io.argowf.examples.cli;

import io.argowf.examples.catalogue.Catalogue;
import io.argowf.examples.catalogue.Example;
import io.argowf.model.ManifestException;
import io.argowf.model.Manifests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a {@code NAME|FILE} argument names: an example of the catalogue, or a YAML/JSON file of manifests.
 * A name that is neither fails with the closest example names.
 */
final class Sources {
  private Sources() {}

  /** The documents of an example or a file, in order. */
  static Loaded load(String nameOrFile) {
    Optional<Example> example = Catalogue.find(nameOrFile);
    if (example.isPresent()) return new Loaded(nameOrFile, new ArrayList<>(example.get().manifests()));
    Path file = Path.of(nameOrFile);
    if (Files.isRegularFile(file)) return new Loaded(nameOrFile, readFile(file));
    throw new CliException(notFound(nameOrFile));
  }

  /** The example of that name, or a failure naming the closest ones. */
  static Example example(String name) {
    return Catalogue.find(name).orElseThrow(() -> new CliException(notFound(name)));
  }

  static List<Object> readFile(Path file) {
    try {
      return new ArrayList<>(Manifests.readAll(file));
    } catch (ManifestException e) {
      throw new CliException(e.getMessage());
    }
  }

  private static String notFound(String name) {
    List<String> close = Suggest.closest(name, Catalogue.all().stream().map(Example::name).toList());
    String hint = close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
    return "no example or file named '" + name + "'" + hint + " ('list' shows the examples)";
  }

  /** Documents and where they came from. */
  record Loaded(String source, List<Object> manifests) {
    /** The first document of one of these types, or a failure saying what the source lacks. */
    <T> T first(Class<T> type) {
      return manifests.stream().filter(type::isInstance).map(type::cast).findFirst()
          .orElseThrow(() -> new CliException(source + ": holds no " + type.getSimpleName()));
    }
  }
}
