package io.argowf.dsl;

import io.argowf.model.workflow.Template;

/**
 * A template given as a model object, e.g. read from YAML, so that DSL steps and tasks can run it and the
 * DSL's settings apply to it.
 *
 * <pre>{@code
 * Template read = Manifests.read(Path.of("echo.yaml"), Template.class);
 * var echo = template(read).retry(2);
 * steps("main").then(echo.step("hello"));
 * }</pre>
 */
public final class ModelTemplate extends BaseTemplate<ModelTemplate> {
  ModelTemplate(Template model) {
    super(model);
  }

  @Override
  Template complete(Template common) {
    return common;
  }
}
