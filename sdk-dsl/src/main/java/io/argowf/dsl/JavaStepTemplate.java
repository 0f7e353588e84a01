package io.argowf.dsl;

import static io.argowf.dsl.internal.Lists.plus;

import io.argowf.model.k8s.Container;
import io.argowf.model.k8s.EnvVar;
import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.Inputs;
import io.argowf.model.workflow.Outputs;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.RawArtifact;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.ValueFrom;
import io.argowf.step.spi.PodLayout;
import io.argowf.step.spi.Port;
import io.argowf.step.spi.StepClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A container template made from a Java step class ({@link io.argowf.step.JavaStep}): the input record's
 * components are its inputs, the output record's its outputs, and its container runs
 * {@code java -cp CLASSPATH io.argowf.step.Main STEP_CLASS}. Every container setting composes as for
 * {@link ContainerTemplate} (image, resources, env, retry, customize, ...).
 *
 * <pre>{@code
 * var train = javaStep(Train.class)                       // template "train"
 *     .image("registry.example.com/ml/steps:1.4")          // or workflow().customize(JavaSteps.image(...))
 *     .requests(cpu("4"), memory("16Gi"))
 *     .retry(retry(3).withBackoff(backoff("30s", 2, "10m")));
 * var prep = preprocess.task("preprocess");
 * dag("main").tasks(prep, train.task("train").with(TrainIn::dataset, prep.output(PrepOut::data)).dependsOn(prep));
 * }</pre>
 *
 * <p>What the template holds (see step-runtime's {@code PodLayout}): each text or JSON input as an input parameter,
 * plus one raw input artifact {@code argowf-parameters} whose data is Argo's {@code {{inputs.parameters}}}, which
 * the entry point reads (every character survives a file); each {@code Path} input as an input artifact under
 * {@code /tmp/argowf/inputs/artifacts/}; each output as an output parameter ({@code valueFrom.path}) or artifact
 * under {@code /tmp/argowf/outputs/}; the env {@code ARGOWF_WORKFLOW_NAME} and, when the template retries,
 * {@code ARGOWF_RETRY}.
 *
 * @param <I> the step's input record, or {@code Void}
 * @param <O> the step's output record, or {@code Void}
 */
public final class JavaStepTemplate<I, O> extends ContainerBased<JavaStepTemplate<I, O>> {
  /** The classpath of an image Jib builds from a Maven project: resources, classes, then every dependency jar. */
  public static final String JIB_CLASSPATH = "/app/resources:/app/classes:/app/libs/*";

  private final StepClass<I, O> step;
  private String classpath = JIB_CLASSPATH;
  private final List<String> javaOptions = new ArrayList<>();

  JavaStepTemplate(String name, StepClass<I, O> step) {
    super(name);
    this.step = Objects.requireNonNull(step, "step");
  }

  /** @return the step class, its inputs and outputs */
  public StepClass<I, O> stepClass() {
    return step;
  }

  /**
   * Where the JVM finds the entry point, the step class and their dependencies in the image; Jib's layout,
   * {@value #JIB_CLASSPATH}, unless set.
   *
   * @param classpath e.g. {@code /opt/app/lib/*}
   */
  public JavaStepTemplate<I, O> classpath(String classpath) {
    this.classpath = Objects.requireNonNull(classpath, "classpath");
    return this;
  }

  /**
   * Options for the JVM, written before {@code -cp}.
   *
   * @param options e.g. {@code -XX:MaxRAMPercentage=75}
   */
  public JavaStepTemplate<I, O> javaOptions(String... options) {
    javaOptions.addAll(List.of(options));
    return this;
  }

  @Override
  Template complete(Template common) {
    return common.withInputs(inputs(common.inputs())).withOutputs(outputs(common.outputs()))
        .withContainer(javaContainer());
  }

  /** Adds {@code ARGOWF_RETRY} once every customization is applied, as Argo defines {@code {{retries}}} only then. */
  @Override
  public Template toModel() {
    Template t = super.toModel();
    if (t.retryStrategy() == null || t.container() == null) return t;
    EnvVar retry = EnvVar.builder().name(PodLayout.RETRY_ENV).value("{{retries}}").build();
    return t.withContainer(t.container().withEnv(plus(t.container().env(), retry)));
  }

  private Container javaContainer() {
    Container c = container;
    if (c.command() == null || c.command().isEmpty()) {
      List<String> command = new ArrayList<>(List.of("java"));
      command.addAll(javaOptions);
      command.addAll(List.of("-cp", classpath, PodLayout.ENTRY_POINT, step.type().getName()));
      c = c.withCommand(command);
    }
    EnvVar workflow = EnvVar.builder().name(PodLayout.WORKFLOW_ENV).value("{{workflow.name}}").build();
    return c.withEnv(join(List.of(workflow), c.env()));
  }

  private Inputs inputs(Inputs declared) {
    PodLayout pod = PodLayout.pod();
    List<Parameter> parameters = new ArrayList<>();
    List<Artifact> artifacts = new ArrayList<>();
    for (Port p : step.inputs()) {
      if (p.isArtifact()) {
        artifacts.add(Artifact.builder().name(p.name()).path(pod.inputArtifact(p.name())).build());
      } else {
        parameters.add(Parameter.builder().name(p.name()).build());
      }
    }
    if (!parameters.isEmpty()) {
      artifacts.add(Artifact.builder().name(PodLayout.PARAMETERS_ARTIFACT).path(pod.parametersFile())
          .raw(RawArtifact.builder().data("{{inputs.parameters}}").build()).build());
    }
    if (parameters.isEmpty() && artifacts.isEmpty()) return declared;
    Inputs in = declared == null ? Inputs.builder().build() : declared;
    return in.withParameters(join(parameters, in.parameters())).withArtifacts(join(artifacts, in.artifacts()));
  }

  private Outputs outputs(Outputs declared) {
    PodLayout pod = PodLayout.pod();
    List<Parameter> parameters = new ArrayList<>();
    List<Artifact> artifacts = new ArrayList<>();
    for (Port p : step.outputs()) {
      if (p.isArtifact()) {
        artifacts.add(Artifact.builder().name(p.name()).path(pod.outputArtifact(p.name())).build());
      } else {
        parameters.add(Parameter.builder().name(p.name())
            .valueFrom(ValueFrom.builder().path(pod.outputParameter(p.name())).build()).build());
      }
    }
    if (parameters.isEmpty() && artifacts.isEmpty()) return declared;
    Outputs out = declared == null ? Outputs.builder().build() : declared;
    return out.withParameters(join(parameters, out.parameters())).withArtifacts(join(artifacts, out.artifacts()));
  }

  /** @return ours then the declared ones, or null when both are empty (the model omits absent lists) */
  private static <T> List<T> join(List<T> ours, List<T> declared) {
    List<T> all = plus(ours, declared == null ? List.of() : declared);
    return all.isEmpty() ? null : all;
  }
}
