package io.argowf.model.internal.lint;

import io.argowf.model.Lint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects problems once each, in the order found. */
final class Problems {
  private final List<Lint.Problem> list = new ArrayList<>();
  private final Set<Lint.Problem> seen = new HashSet<>();

  void error(String path, String message) {
    add(new Lint.Problem(Lint.Severity.ERROR, path, message));
  }

  void warn(String path, String message) {
    add(new Lint.Problem(Lint.Severity.WARNING, path, message));
  }

  private void add(Lint.Problem p) {
    if (seen.add(p)) list.add(p);
  }

  List<Lint.Problem> list() {
    return list;
  }
}
