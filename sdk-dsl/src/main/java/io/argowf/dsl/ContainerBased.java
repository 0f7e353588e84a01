package io.argowf.dsl;

import static io.argowf.dsl.internal.Lists.plus;

import io.argowf.model.k8s.Container;
import io.argowf.model.k8s.EnvVar;
import io.argowf.model.k8s.Quantity;
import io.argowf.model.k8s.ResourceRequirements;
import io.argowf.model.k8s.SecurityContext;
import io.argowf.model.k8s.VolumeMount;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * What container and script templates share: the container they run.
 *
 * <pre>{@code
 * container("render").image("blender:3.3").command("blender").args("-b", filename)
 *     .workingDir("/").env("SAMPLES", "300")
 *     .requests(cpu("1"), memory("8Gi")).limits(cpu("2"), memory("16Gi"))
 *     .volumeMount("data-storage", "/data");
 * }</pre>
 *
 * @param <SELF> the concrete template type
 */
public abstract sealed class ContainerBased<SELF extends ContainerBased<SELF>> extends BaseTemplate<SELF>
    permits ContainerTemplate, ScriptTemplate, JavaStepTemplate {
  Container container;

  ContainerBased(String name) {
    super(name);
    this.container = Container.builder().build();
  }

  private SELF change(UnaryOperator<Container> change) {
    container = change.apply(container);
    return self();
  }

  /**
   * The image to run.
   *
   * @param image e.g. {@code busybox}
   */
  public SELF image(CharSequence image) {
    return change(c -> c.withImage(image.toString()));
  }

  /**
   * The command (the image's entrypoint is replaced).
   *
   * @param command strings or handles
   */
  public SELF command(CharSequence... command) {
    return change(c -> c.withCommand(plus(c.command(), strings(command))));
  }

  /**
   * The command's arguments.
   *
   * @param args strings or handles, e.g. {@code param("message")}
   */
  public SELF args(CharSequence... args) {
    return change(c -> c.withArgs(plus(c.args(), strings(args))));
  }

  /**
   * The folder the command runs in.
   *
   * @param dir e.g. {@code /}
   */
  public SELF workingDir(String dir) {
    return change(c -> c.withWorkingDir(dir));
  }

  /**
   * An environment variable.
   *
   * @param name e.g. {@code LOG_LEVEL}
   * @param value a string or a handle
   */
  public SELF env(String name, CharSequence value) {
    return env(EnvVar.builder().name(name).value(value.toString()).build());
  }

  /**
   * An environment variable, e.g. one read from a secret.
   *
   * @param variable the model's variable
   */
  public SELF env(EnvVar variable) {
    return change(c -> c.withEnv(plus(c.env(), variable)));
  }

  /**
   * When to pull the image.
   *
   * @param policy {@code Always}, {@code IfNotPresent} or {@code Never}
   */
  public SELF imagePullPolicy(String policy) {
    return change(c -> c.withImagePullPolicy(policy));
  }

  /**
   * When to pull the image.
   *
   * <pre>{@code
   * container("x").image("busybox:1.36").imagePullPolicy(ImagePullPolicy.IF_NOT_PRESENT);
   * }</pre>
   */
  public SELF imagePullPolicy(ImagePullPolicy policy) {
    return imagePullPolicy(policy.toString());
  }

  /**
   * What the container is guaranteed.
   *
   * @param amounts e.g. {@code cpu("1"), memory("8Gi")}
   */
  public SELF requests(ResourceAmount... amounts) {
    ResourceRequirements r = resources();
    return change(c -> c.withResources(r.withRequests(merge(r.requests(), amounts))));
  }

  /**
   * What the container may use at most.
   *
   * @param amounts e.g. {@code cpu("2"), memory("16Gi")}
   */
  public SELF limits(ResourceAmount... amounts) {
    ResourceRequirements r = resources();
    return change(c -> c.withResources(r.withLimits(merge(r.limits(), amounts))));
  }

  /**
   * Mounts a volume of the workflow or template.
   *
   * @param volume the volume's name
   * @param path where, e.g. {@code /data}
   */
  public SELF volumeMount(String volume, String path) {
    return change(c -> c.withVolumeMounts(plus(c.volumeMounts(), VolumeMount.builder().name(volume).mountPath(path).build())));
  }

  /**
   * The container's security context.
   *
   * @param context e.g. {@code SecurityContext.builder().runAsNonRoot(true).build()}
   */
  public SELF containerSecurityContext(SecurityContext context) {
    return change(c -> c.withSecurityContext(context));
  }

  /**
   * Changes the container with the model's vocabulary (ports, probes, ...).
   *
   * @param change e.g. {@code c -> c.withStdin(true)}
   */
  public SELF container(UnaryOperator<Container> change) {
    return change(Objects.requireNonNull(change, "change"));
  }

  private ResourceRequirements resources() {
    return container.resources() == null ? ResourceRequirements.builder().build() : container.resources();
  }

  private static Map<String, Quantity> merge(Map<String, Quantity> map, ResourceAmount... amounts) {
    Map<String, Quantity> all = map == null ? new LinkedHashMap<>() : new LinkedHashMap<>(map);
    for (ResourceAmount a : amounts) all.put(a.resource(), a.quantity());
    return all;
  }

  private static java.util.List<String> strings(CharSequence... values) {
    return Stream.of(values).map(CharSequence::toString).toList();
  }
}
