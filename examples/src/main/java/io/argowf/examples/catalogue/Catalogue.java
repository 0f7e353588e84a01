package io.argowf.examples.catalogue;

import io.argowf.examples.training.TrainingJavaSteps;
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
    all.add(new Example("training-java-steps",
        "AI training with Java steps: collect, preprocess, train on a VCI GPU, evaluate, register above a threshold",
        () -> List.of(TrainingJavaSteps.workflow())));
    return Collections.unmodifiableList(all);
  }
}
