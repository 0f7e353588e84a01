package io.argowf.local;

import io.argowf.model.Manifests;
import io.argowf.model.workflow.Workflow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Our own workflow fixtures under {@code src/test/resources/workflows}. */
final class Fixtures {
  private Fixtures() {}

  static Workflow workflow(String name) {
    return (Workflow) all(name).get(0);
  }

  /** Every document of the fixture (the workflow first, then templates, ConfigMaps...). */
  static List<Object> all(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/workflows/" + name + ".yaml")) {
      if (in == null) throw new IllegalArgumentException("no fixture " + name);
      return new ArrayList<>(Manifests.readAll(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Object> rest(String name) {
    List<Object> all = all(name);
    return all.subList(1, all.size());
  }
}
