package io.argowf.dsl;

import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.step.spi.PodLayout;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Workflow-wide settings of Java steps, as workflow customizers.
 *
 * <pre>{@code
 * workflow().generateName("training-")
 *     .customize(JavaSteps.image("registry.example.com/ml/steps:1.4"))   // every Java step without an image
 *     .entrypoint(pipeline)
 *     .build();
 * }</pre>
 */
public final class JavaSteps {
  private JavaSteps() {}

  /**
   * Gives every Java step's container that has no image this one (a step's own {@code .image(...)} wins).
   *
   * @param image the image holding the step classes, e.g. built with Jib
   */
  public static UnaryOperator<Workflow> image(String image) {
    Objects.requireNonNull(image, "image");
    return wf -> wf.spec() == null || wf.spec().templates() == null ? wf
        : wf.withSpec(wf.spec().withTemplates(wf.spec().templates().stream().map(t -> withImage(t, image)).toList()));
  }

  private static Template withImage(Template t, String image) {
    var c = t.container();
    boolean javaStep = c != null && c.command() != null && c.command().contains(PodLayout.ENTRY_POINT);
    return javaStep && (c.image() == null || c.image().isEmpty()) ? t.withContainer(c.withImage(image)) : t;
  }
}
