package io.argowf.dsl;

import io.argowf.model.workflow.WorkflowStep;

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

  /** @return the step as the model writes it */
  public WorkflowStep toModel() {
    return WorkflowStep.builder()
        .name(name).template(templateName()).inline(inlineTemplate())
        .templateRef(reference == null ? null : reference.toModel()).arguments(arguments)
        .continueOn(continueOn).hooks(hooksOrNull()).onExit(onExitName()).when(when)
        .withItems(withItems).withParam(withParam).withSequence(withSequence)
        .build();
  }
}
