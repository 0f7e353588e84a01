package io.argowf.dsl;

import io.argowf.model.Manifests;
import io.argowf.model.workflow.Template;

/**
 * A template that runs a script's source in a container; what it prints is its {@code result}.
 *
 * <pre>{@code
 * var flip = script("flip-coin").image("python:alpine3.23").command("python")
 *     .source("import random\nprint('heads' if random.randint(0, 1) == 0 else 'tails')\n");
 * }</pre>
 */
public final class ScriptTemplate extends ContainerBased<ScriptTemplate> {
  private String source;

  ScriptTemplate(String name) {
    super(name);
  }

  /**
   * The script.
   *
   * @param source the program text, run by the command
   */
  public ScriptTemplate source(CharSequence source) {
    this.source = source.toString();
    return this;
  }

  @Override
  Template complete(Template common) {
    io.argowf.model.workflow.ScriptTemplate script =
        Manifests.jsonMapper().convertValue(container, io.argowf.model.workflow.ScriptTemplate.class);
    return common.withScript(script.withSource(source));
  }
}
