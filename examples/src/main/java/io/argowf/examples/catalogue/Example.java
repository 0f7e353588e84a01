package io.argowf.examples.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One runnable example: a name (the tutorial manifest's name without its number), what it shows, and the
 * manifests it makes.
 *
 * <pre>{@code
 * Example e = Catalogue.find("hello-hello-hello").orElseThrow();
 * String yaml = Manifests.toYamlAll(e.manifests());
 * }</pre>
 *
 * @param name e.g. {@code blender-render}
 * @param description one line
 * @param source makes the manifests (each call builds them afresh)
 */
public record Example(String name, String description, Supplier<List<Object>> source) {
  /** Checks that nothing is missing. */
  public Example {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(source, "source");
  }

  /**
   * Builds the example's manifests.
   *
   * @return one or more documents
   */
  public List<Object> manifests() {
    return source.get();
  }
}
