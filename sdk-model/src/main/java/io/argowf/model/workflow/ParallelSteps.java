package io.argowf.model.workflow;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One group of a {@code steps} template: the steps that run in parallel (in YAML, one inner list of
 * {@code steps}). Groups run one after another.
 *
 * <pre>{@code
 * ParallelSteps group = ParallelSteps.of(
 *     WorkflowStep.builder().name("hello2a").template("whalesay").build(),
 *     WorkflowStep.builder().name("hello2b").template("whalesay").build());
 * }</pre>
 */
public final class ParallelSteps {
  private final List<WorkflowStep> steps;

  private ParallelSteps(List<WorkflowStep> steps) {
    this.steps = Collections.unmodifiableList(new ArrayList<>(steps));
  }

  /**
   * A group of steps.
   *
   * @param steps the parallel steps, in order
   * @return the group
   */
  public static ParallelSteps of(WorkflowStep... steps) {
    return new ParallelSteps(Arrays.asList(steps));
  }

  /**
   * A group of steps.
   *
   * @param steps the parallel steps, in order
   * @return the group
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ParallelSteps of(List<WorkflowStep> steps) {
    Objects.requireNonNull(steps, "steps");
    return new ParallelSteps(steps);
  }

  /**
   * The steps of this group.
   *
   * @return an unmodifiable list
   */
  @JsonValue
  public List<WorkflowStep> steps() {
    return steps;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParallelSteps && ((ParallelSteps) o).steps.equals(steps);
  }

  @Override
  public int hashCode() {
    return steps.hashCode();
  }

  @Override
  public String toString() {
    return steps.toString();
  }
}
