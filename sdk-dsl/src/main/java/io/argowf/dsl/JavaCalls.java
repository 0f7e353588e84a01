package io.argowf.dsl;

import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.Parameter;
import io.argowf.step.spi.Port;
import io.argowf.step.spi.StepClass;
import java.util.List;
import java.util.Map;

/** The typed side of steps and tasks that run a {@link JavaStepTemplate}: components resolved, types checked. */
final class JavaCalls {
  private static final Map<String, String> BOXES = Map.of("int", "java.lang.Integer", "long", "java.lang.Long",
      "double", "java.lang.Double", "float", "java.lang.Float", "boolean", "java.lang.Boolean",
      "short", "java.lang.Short", "byte", "java.lang.Byte", "char", "java.lang.Character");

  private JavaCalls() {}

  static <S extends Call<S>> S with(S call, Component<?, ?> input, TypedOutput<?> from) {
    return from(call, input(call, input), from);
  }

  static <S extends Call<S>> S from(S call, Port port, TypedOutput<?> from) {
    if (!boxed(port).equals(boxed(from.port()))) {
      throw new IllegalArgumentException(call.who() + ": input " + port.describe() + " cannot take output "
          + from.port().describe() + " " + from + ": the types differ");
    }
    return expression(call, port, from);
  }

  static <S extends Call<S>> S value(S call, Port port, Object value) {
    if (value instanceof Expr) {
      throw new IllegalArgumentException(call.who() + ": pass handles with from(output) or expr(expression), "
          + "not value(...)");
    }
    try {
      return call.with(param(port), port.text(value));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(call.who() + ": input " + e.getMessage(), e);
    }
  }

  static <S extends Call<S>> S artifact(S call, Port port, Artifact source) {
    if (!port.isArtifact()) throw new IllegalArgumentException(call.who() + ": input " + port.describe() + " is a parameter");
    return call.with(artifact(port), source);
  }

  static <T> TypedOutput<T> output(Call<?> call, Component<?, T> output) {
    return typed(call, outputPort(call, output));
  }

  static <T> TypedOutput<List<T>> aggregated(Call<?> call, Component<?, T> output) {
    Port port;
    try {
      port = outputPort(call, output).aggregated();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(call.who() + ": output " + e.getMessage(), e);
    }
    return typed(call, port);
  }

  private static <T> TypedOutput<T> typed(Call<?> call, Port port) {
    String kind = port.isArtifact() ? ".outputs.artifacts." : ".outputs.parameters.";
    return new TypedOutput<>(call.scope() + "." + call.name() + kind + port.name(), port);
  }

  private static Port outputPort(Call<?> call, Component<?, ?> output) {
    StepClass<?, ?> step = step(call);
    ComponentRefs.Named named = ComponentRefs.of(output);
    return find(call, step.outputType(), named, step.output(named.name()).orElse(null), "output");
  }

  static <S extends Call<S>> S expression(S call, Port port, CharSequence expression) {
    return port.isArtifact() ? call.with(artifact(port), expression) : call.with(param(port), expression);
  }

  static Port input(Call<?> call, Component<?, ?> input) {
    StepClass<?, ?> step = step(call);
    ComponentRefs.Named named = ComponentRefs.of(input);
    return find(call, step.inputType(), named, step.input(named.name()).orElse(null), "input");
  }

  private static Port find(Call<?> call, Class<?> record, ComponentRefs.Named named, Port port, String which) {
    if (!record.getName().equals(named.record())) {
      throw new IllegalArgumentException(call.who() + " runs " + call.template.name() + ", whose " + which
          + "s are " + record.getName() + "; " + named.record() + "::" + named.name() + " is not one of them");
    }
    if (port == null) {
      throw new IllegalArgumentException(call.who() + ": " + record.getName() + "." + named.name()
          + " is a method, not a record component");
    }
    return port;
  }

  private static StepClass<?, ?> step(Call<?> call) {
    if (call.template instanceof JavaStepTemplate<?, ?> java) return java.stepClass();
    String what = call.template == null ? "a templateRef" : "template '" + call.template.name() + "'";
    throw new IllegalArgumentException(call.who() + " runs " + what + ", not a Java step: name its inputs and "
        + "outputs with param(...)/outputParam(...) handles");
  }

  private static InputParam param(Port port) {
    return new InputParam(Parameter.builder().name(port.name()).build());
  }

  private static InputArtifact artifact(Port port) {
    return new InputArtifact(Artifact.builder().name(port.name()).build());
  }

  private static String boxed(Port port) {
    String name = port.type().getTypeName();
    return BOXES.getOrDefault(name, name);
  }
}
