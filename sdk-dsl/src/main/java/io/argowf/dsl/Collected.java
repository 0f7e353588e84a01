package io.argowf.dsl;

import io.argowf.model.Lint;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The templates a workflow uses: the ones listed explicitly, in their order, then the entry point, exit handler and hooks, each
 * followed (depth first) by the templates its steps and tasks run. Two different template objects with one
 * name are a clash, said once: what Lint then finds at the steps and tasks calling that name (it cannot tell the
 * two apart) is left out.
 */
final class Collected {
  final List<BaseTemplate<?>> templates = new ArrayList<>();
  final List<Lint.Problem> problems = new ArrayList<>();
  /** The templates that lost a name clash: Lint reads their name as the first template's. */
  final Set<BaseTemplate<?>> shadowed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<BaseTemplate<?>, Boolean> seen = new IdentityHashMap<>();

  Collected(List<BaseTemplate<?>> listed, List<BaseTemplate<?>> roots, String path) {
    listed.forEach(this::add);
    listed.forEach(t -> t.uses().forEach(this::visit));
    roots.forEach(this::visit);
    Map<String, Integer> first = new java.util.HashMap<>();
    for (int i = 0; i < templates.size(); i++) {
      Integer before = first.putIfAbsent(templates.get(i).name(), i);
      if (before != null) {
        shadowed.add(templates.get(i));
        problems.add(new Lint.Problem(Lint.Severity.ERROR, path + ".templates[" + i + "].name",
            "template name '" + templates.get(i).name() + "' is taken by a different template at " + path
                + ".templates[" + before + "]; give one of them another name"));
      }
    }
  }

  private void visit(BaseTemplate<?> template) {
    if (add(template)) template.uses().forEach(this::visit);
  }

  private boolean add(BaseTemplate<?> template) {
    if (template == null || seen.put(template, true) != null) return false;
    templates.add(template);
    return true;
  }
}
