package io.argowf.local;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link StandIn} or a {@link LeafExecutor} reports: the exit code and output parameters it gives directly.
 *
 * <pre>{@code
 * return LeafResult.ok().withOutput("accuracy", "0.93");
 * return LeafResult.exit(2);
 * }</pre>
 *
 * <p>Output parameters given here win over a {@code valueFrom.path} file of the same name. Immutable.
 */
public final class LeafResult {
  private final int exitCode;
  private final Map<String, String> outputs;

  private LeafResult(int exitCode, Map<String, String> outputs) {
    this.exitCode = exitCode;
    this.outputs = outputs;
  }

  /** Exit code 0 and no outputs. */
  public static LeafResult ok() {
    return new LeafResult(0, Map.of());
  }

  /** The given exit code and no outputs; non-zero fails the node as a container's would. */
  public static LeafResult exit(int exitCode) {
    return new LeafResult(exitCode, Map.of());
  }

  /** A copy with one more output parameter. */
  public LeafResult withOutput(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(outputs);
    copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new LeafResult(exitCode, Collections.unmodifiableMap(copy));
  }

  /** The exit code (0 is success). */
  public int exitCode() {
    return exitCode;
  }

  /** Output parameters by name, in the order they were added. */
  public Map<String, String> outputs() {
    return outputs;
  }

  @Override
  public String toString() {
    return "LeafResult{exitCode=" + exitCode + ", outputs=" + outputs + "}";
  }
}
