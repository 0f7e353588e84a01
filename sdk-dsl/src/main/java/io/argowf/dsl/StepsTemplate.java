package io.argowf.dsl;

import io.argowf.model.workflow.ParallelSteps;
import io.argowf.model.workflow.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A template that runs groups of steps one after another; the steps of a group run in parallel.
 *
 * <pre>{@code
 * steps("hello-hello-hello")
 *     .then(whalesay.step("hello1").with(message, "hello1"))
 *     .thenParallel(whalesay.step("hello2a").with(message, "hello2a"),
 *                   whalesay.step("hello2b").with(message, "hello2b"));
 * }</pre>
 */
public final class StepsTemplate extends BaseTemplate<StepsTemplate> {
  private final List<List<Step>> groups = new ArrayList<>();

  StepsTemplate(String name) {
    super(name);
  }

  /**
   * Adds a group with one step, run after the groups before it.
   */
  public StepsTemplate then(Step step) {
    groups.add(List.of(step));
    return this;
  }

  /**
   * Adds a group of steps that run in parallel, after the groups before it.
   */
  public StepsTemplate thenParallel(Step... steps) {
    groups.add(List.of(steps));
    return this;
  }

  /**
   * Runs at most this many steps of this template at once.
   *
   * @param limit e.g. {@code 2}
   */
  public StepsTemplate parallelism(int limit) {
    return set(t -> t.withParallelism(limit));
  }

  @Override
  Template complete(Template common) {
    return common.withSteps(groups.stream()
        .map(g -> ParallelSteps.of(g.stream().map(Step::toModel).toList()))
        .toList());
  }

  @Override
  void calls(String path, BiConsumer<String, Call<?>> each) {
    for (int g = 0; g < groups.size(); g++) {
      for (int j = 0; j < groups.get(g).size(); j++) groups.get(g).get(j).visit(path + ".steps[" + g + "][" + j + "]", each);
    }
  }

  @Override
  List<BaseTemplate<?>> uses() {
    return groups.stream().flatMap(List::stream).flatMap(s -> s.uses().stream()).toList();
  }
}
