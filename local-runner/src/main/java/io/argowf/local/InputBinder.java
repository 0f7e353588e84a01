package io.argowf.local;

import io.argowf.model.workflow.Arguments;
import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.ValueFrom;
import java.util.LinkedHashMap;
import java.util.Map;

/** Gives a template's inputs their values from a call's arguments, defaults and ConfigMaps, as Argo does. */
final class InputBinder {
  private final Catalog catalog;

  InputBinder(Catalog catalog) {
    this.catalog = catalog;
  }

  /** @throws IllegalArgumentException with Argo's wording when an input has no value */
  Bound bind(Template template, Arguments arguments, Vars globals) {
    Bound bound = Bound.none();
    if (template.inputs() == null) return bound;
    Map<String, Parameter> argParams = new LinkedHashMap<>();
    Map<String, Artifact> argArtifacts = new LinkedHashMap<>();
    if (arguments != null && arguments.parameters() != null) arguments.parameters().forEach(p -> argParams.put(p.name(), p));
    if (arguments != null && arguments.artifacts() != null) arguments.artifacts().forEach(a -> argArtifacts.put(a.name(), a));
    if (template.inputs().parameters() != null) {
      for (Parameter p : template.inputs().parameters()) {
        String v = value(argParams.get(p.name()), p);
        if (v == null) throw new IllegalArgumentException("inputs.parameters." + p.name() + " was not supplied");
        bound.parameters().put(p.name(), Substitution.apply(v, globals, false));
      }
    }
    if (template.inputs().artifacts() != null) {
      Vars withInputs = globals.with(inputParameters(bound));   // Argo substitutes input parameters in artifact keys too
      for (Artifact a : template.inputs().artifacts()) {
        Artifact source = source(argArtifacts.get(a.name()), a);
        if (source == null && !Boolean.TRUE.equals(a.optional())) {
          throw new IllegalArgumentException("inputs.artifacts." + a.name() + " was not supplied");
        }
        if (source != null) bound.artifacts().put(a.name(), Substitution.apply(source, Artifact.class, withInputs, false));
      }
    }
    return bound;
  }

  private static Map<String, String> inputParameters(Bound bound) {
    Map<String, String> m = new LinkedHashMap<>();
    bound.parameters().forEach((k, v) -> m.put("inputs.parameters." + k, v));
    m.put("inputs.parameters", bound.parametersJson());
    return m;
  }

  private String value(Parameter arg, Parameter declared) {
    if (arg != null) {
      if (arg.value() != null) return arg.value();
      String fromMap = configMap(arg.valueFrom());
      if (fromMap != null) return fromMap;
    }
    if (declared.value() != null) return declared.value();
    if (declared.defaultValue() != null) return declared.defaultValue();
    String fromMap = configMap(declared.valueFrom());
    if (fromMap != null) return fromMap;
    return declared.valueFrom() != null && declared.valueFrom().defaultValue() != null
        ? declared.valueFrom().defaultValue() : null;
  }

  private String configMap(ValueFrom from) {
    if (from == null || from.configMapKeyRef() == null) return null;
    return catalog.configMapValue(from.configMapKeyRef().name(), from.configMapKeyRef().key());
  }

  /** The artifact to load: the argument when given, otherwise the template's own source (raw, a key, a URL). */
  private static Artifact source(Artifact arg, Artifact declared) {
    if (arg != null && Artifacts.hasSource(arg)) return Artifacts.withPath(arg, declared);
    if (Artifacts.hasSource(declared)) return declared;
    return null;
  }
}
