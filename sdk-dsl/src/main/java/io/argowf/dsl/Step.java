package io.argowf.dsl;

import io.argowf.model.workflow.WorkflowStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One step of a {@link StepsTemplate}: a template run with arguments. Its outputs render
 * {@code {{steps.NAME...}}} and may be used by the steps of later groups.
 *
 * <pre>{@code
 * var flip = flipCoin.step("flip-coin");
 * steps("coinflip")
 *     .then(flip)
 *     .thenParallel(heads.step("heads").when(flip.result().eq("heads")),
 *                   tails.step("tails").when(flip.result().eq("tails")));
 * }</pre>
 */
public final class Step extends Call<Step> {
  private final List<UnaryOperator<WorkflowStep>> customizers = new ArrayList<>();
  Step(String name, BaseTemplate<?> template) {
    super(name, template, null);
  }

  Step(String name, TemplateReference ref) {
    super(name, null, ref);
  }

  @Override
  String scope() {
    return "steps";
  }

  /**
   * Changes the step as the model writes it, for what the DSL has no word for; applied by {@link #toModel()}, in order.
   *
   * <pre>{@code
   * echo.step("A").customize(s -> s.withTemplateRef(TemplateRef.builder().name("lib").template("echo").build()));
   * }</pre>
   *
   * @param change a transform of the model's step
   * @return this
   */
  public Step customize(UnaryOperator<WorkflowStep> change) {
    customizers.add(Objects.requireNonNull(change, "change"));
    return this;
  }

  /** @return the step as the model writes it, every customization applied */
  public WorkflowStep toModel() {
    WorkflowStep built = WorkflowStep.builder()
        .name(name).template(templateName()).inline(inlineTemplate())
        .templateRef(reference == null ? null : reference.toModel()).arguments(arguments)
        .continueOn(continueOn).hooks(hooksOrNull()).onExit(onExitName()).when(when)
        .withItems(withItems).withParam(withParam).withSequence(withSequence)
        .build();
    for (UnaryOperator<WorkflowStep> c : customizers) built = c.apply(built);
    return built;
  }
}
