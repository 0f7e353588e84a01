package io.argowf.step.spi;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a Java step produced, as the template's outputs hold it: each parameter as the text Argo keeps, each
 * artifact as the file or folder the step returned. Ordered as the output record's components.
 *
 * <pre>{@code
 * StepOutputs out = StepClass.of(Train.class).run(parameters, artifacts, ctx);
 * out.parameters().get("loss");   // "0.12"
 * out.artifacts().get("model");   // the file the step wrote
 * }</pre>
 *
 * @param parameters output parameter values by name
 * @param artifacts output artifacts by name
 */
public record StepOutputs(Map<String, String> parameters, Map<String, Path> artifacts) {
  /** Copies the maps, keeping their order. */
  public StepOutputs {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    artifacts = Collections.unmodifiableMap(new LinkedHashMap<>(artifacts));
  }
}
