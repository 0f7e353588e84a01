package io.argowf.dsl;

import io.argowf.model.workflow.Template;

/**
 * A template that runs one container.
 *
 * <pre>{@code
 * var message = param("message");
 * var whalesay = container("whalesay").inputs(message)
 *     .image("docker/whalesay:latest").command("cowsay").args(message);
 * }</pre>
 */
public final class ContainerTemplate extends ContainerBased<ContainerTemplate> {
  ContainerTemplate(String name) {
    super(name);
  }

  @Override
  Template complete(Template common) {
    return common.withContainer(container);
  }
}
