package io.argowf.step.spi;

import io.argowf.step.JavaStep;
import io.argowf.step.StepContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Java step class as tools see it: its template name, its inputs and outputs, and a way to run it from
 * parameter texts and artifact files. The pod's {@link io.argowf.step.Main}, the DSL's templates and the local
 * runner all go through here, so a local run binds exactly as a pod does.
 *
 * <pre>{@code
 * StepClass<TrainIn, TrainOut> train = StepClass.of(Train.class);
 * train.templateName();                       // "train"
 * train.inputs();                             // [dataset ARTIFACT, epochs TEXT, ...]
 * StepOutputs out = train.run(Map.of("epochs", "3"), Map.of("dataset", file), StepContext.of(dir));
 * }</pre>
 *
 * @param <I> the input record, or {@code Void}
 * @param <O> the output record, or {@code Void}
 */
public final class StepClass<I, O> {
  private final Class<? extends JavaStep<I, O>> type;
  private final Class<?> input;
  private final Class<?> output;
  private final List<Port> inputs;
  private final List<Port> outputs;

  private StepClass(Class<? extends JavaStep<I, O>> type) {
    this.type = type;
    Class<?>[] io = Signature.inputAndOutput(type);
    this.input = io[0];
    this.output = io[1];
    this.inputs = Binder.ports(input);
    this.outputs = Binder.ports(output);
  }

  /**
   * @param type a class implementing {@code JavaStep<I, O>} with records (or {@code Void}) for I and O
   * @return its description
   * @throws IllegalArgumentException when I or O is not a record, or a component has no Argo form
   */
  public static <I, O> StepClass<I, O> of(Class<? extends JavaStep<I, O>> type) {
    return new StepClass<>(Objects.requireNonNull(type, "type"));
  }

  /**
   * Loads a step class by name, as the entry point does.
   *
   * @param className e.g. {@code com.acme.Train}
   * @param loader where to find it
   * @return its description
   * @throws StepFailure ({@link StepFailure#NOT_STARTED}) when there is no such step class
   */
  @SuppressWarnings("unchecked")
  public static StepClass<?, ?> forName(String className, ClassLoader loader) throws StepFailure {
    Class<?> found;
    try {
      found = Class.forName(className, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw StepFailure.notStarted("no step class " + className + " on the classpath (" + e + ")", e);
    }
    if (!JavaStep.class.isAssignableFrom(found)) {
      throw StepFailure.notStarted(className + " is not a step: it does not implement " + JavaStep.class.getName());
    }
    try {
      return new StepClass<>((Class<? extends JavaStep<Object, Object>>) found);
    } catch (IllegalArgumentException e) {
      throw StepFailure.notStarted(e.getMessage(), e);
    }
  }

  /** @return the step class */
  public Class<? extends JavaStep<I, O>> type() {
    return type;
  }

  /** @return the input record, or {@code Void} */
  public Class<?> inputType() {
    return input;
  }

  /** @return the output record, or {@code Void} */
  public Class<?> outputType() {
    return output;
  }

  /** @return the class's simple name in kebab case, e.g. {@code prepare-data} for {@code PrepareData} */
  public String templateName() {
    String simple = type.getSimpleName();
    return simple.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("([A-Z])([A-Z][a-z])", "$1-$2")
        .replace('_', '-').toLowerCase(java.util.Locale.ROOT);
  }

  /** @return the input record's components, in order */
  public List<Port> inputs() {
    return inputs;
  }

  /** @return the output record's components, in order */
  public List<Port> outputs() {
    return outputs;
  }

  /**
   * @param name a component of the input record
   * @return its port, if there is one
   */
  public Optional<Port> input(String name) {
    return inputs.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * @param name a component of the output record
   * @return its port, if there is one
   */
  public Optional<Port> output(String name) {
    return outputs.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * Binds the inputs, runs a new instance of the step, and takes its outputs apart.
   *
   * @param parameters input parameter texts by name (extra names are ignored, as Argo ignores them)
   * @param artifacts input artifact files by name
   * @param ctx where it runs
   * @return the outputs
   * @throws StepFailure when an input does not bind, the step throws, or its outputs cannot be used
   */
  public StepOutputs run(Map<String, String> parameters, Map<String, Path> artifacts, StepContext ctx)
      throws StepFailure {
    Object in = Binder.bind(input, parameters, artifacts);
    JavaStep<I, O> step = instantiate();
    Object out;
    try {
      out = step.run(castInput(in), ctx);
    } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
      throw StepFailure.threw(e);
    }
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, Path> files = new LinkedHashMap<>();
    Binder.unbind(output, out, texts, files);
    return new StepOutputs(texts, files);
  }

  @SuppressWarnings("unchecked")
  private I castInput(Object in) {
    return (I) in;
  }

  private JavaStep<I, O> instantiate() throws StepFailure {
    try {
      Constructor<? extends JavaStep<I, O>> c = type.getDeclaredConstructor();
      c.trySetAccessible();
      return c.newInstance();
    } catch (NoSuchMethodException e) {
      throw StepFailure.notStarted("cannot make a " + type.getName() + ": it needs a constructor without arguments", e);
    } catch (InvocationTargetException e) {
      throw StepFailure.threw(e.getCause());
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw StepFailure.notStarted("cannot make a " + type.getName() + ": " + e, e);
    }
  }

  @Override
  public String toString() {
    return "StepClass[" + type.getName() + ": " + inputs + " -> " + outputs + "]";
  }
}
