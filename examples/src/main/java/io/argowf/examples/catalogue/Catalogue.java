package io.argowf.examples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Every example, in the tutorial's reading order.
 *
 * <pre>{@code
 * Catalogue.all().forEach(e -> System.out.println(e.name()));
 * }</pre>
 */
public final class Catalogue {
  private static final List<Example> ALL = build();

  private Catalogue() {}

  /** @return every example, in order */
  public static List<Example> all() {
    return ALL;
  }

  /**
   * The example of that name.
   *
   * @param name e.g. {@code hello-hello-hello}
   * @return the example, or empty
   */
  public static Optional<Example> find(String name) {
    return ALL.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  private static List<Example> build() {
    List<Example> all = new ArrayList<>();
    all.addAll(TutorialWorkflows.examples());
    all.addAll(VciExamples.examples());
    all.addAll(UseCases.examples());
    all.addAll(PatternExamples.examples());
    all.addAll(io.argowf.examples.training.TrainingJavaSteps.examples());
    return Collections.unmodifiableList(all);
  }
}
