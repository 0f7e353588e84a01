package io.argowf.dsl;

import static io.argowf.dsl.internal.Lists.plus;

import io.argowf.model.k8s.VolumeMount;
import io.argowf.model.workflow.ContainerNode;
import io.argowf.model.workflow.ContainerSetRetryStrategy;
import io.argowf.model.k8s.IntOrString;
import io.argowf.model.workflow.Template;

/**
 * A template that runs several containers in one pod, in order of their dependencies.
 *
 * <pre>{@code
 * containerSet("main")
 *     .container(containerNode("a", "argoproj/argosay:v2"))
 *     .container(containerNode("b", "argoproj/argosay:v2").withDependencies("a"));
 * }</pre>
 */
public final class ContainerSetTemplate extends BaseTemplate<ContainerSetTemplate> {
  private io.argowf.model.workflow.ContainerSetTemplate set = io.argowf.model.workflow.ContainerSetTemplate.builder().build();

  ContainerSetTemplate(String name) {
    super(name);
  }

  /**
   * Adds a container; the one named {@code main} gives the template's result.
   *
   * @param node e.g. {@code containerNode("a", "busybox").withCommand("echo", "hi")}
   */
  public ContainerSetTemplate container(ContainerNode node) {
    set = set.withContainers(plus(set.containers(), node));
    return this;
  }

  /**
   * Mounts a volume into every container.
   *
   * @param volume the volume's name
   * @param path where, e.g. {@code /workspace}
   */
  public ContainerSetTemplate volumeMount(String volume, String path) {
    set = set.withVolumeMounts(plus(set.volumeMounts(), VolumeMount.builder().name(volume).mountPath(path).build()));
    return this;
  }

  /**
   * Retries failed containers inside the pod.
   *
   * @param retries e.g. {@code 2}
   */
  public ContainerSetTemplate retries(int retries) {
    set = set.withRetryStrategy(ContainerSetRetryStrategy.builder().retries(IntOrString.of(retries)).build());
    return this;
  }

  @Override
  Template complete(Template common) {
    return common.withContainerSet(set);
  }
}
