package io.argowf.model;

import io.argowf.model.internal.Versions;
import io.argowf.model.k8s.Resource;
import java.util.List;
import java.util.Objects;

/**
 * An Argo Workflows version a manifest is written for or checked against: the DSL, {@link Lint} and the client
 * share it. {@link #convert} rewrites a manifest for the version, so one model serves v3.5 and v4 servers.
 *
 * <pre>{@code
 * CronWorkflow v4 = Manifests.read(Path.of("nightly.yaml"), CronWorkflow.class);  // schedules: ["0 2 * * *"]
 * CronWorkflow v35 = ArgoVersion.V3_5.convert(v4);                                // schedule: "0 2 * * *"
 * Lint.check(v35, List.of(), Lint.Mode.CREATE, ArgoVersion.V3_5);                 // checked as v3.5 reads it
 * }</pre>
 */
public enum ArgoVersion {
  /** Argo v3.5: one {@code schedule}, one {@code mutex}, one {@code semaphore}. */
  V3_5,
  /** Argo v4 (v4.0 and v4.1): {@code schedules}, {@code mutexes}, {@code semaphores}; the default. */
  V4;

  /**
   * The manifest as this version writes it: a list of one {@code schedules}, {@code mutexes} or {@code semaphores}
   * becomes v3.5's single {@code schedule}, {@code mutex} or {@code semaphore} and back for v4, wherever it sits.
   * The same object comes back when nothing needed converting.
   *
   * <pre>{@code
   * Workflow forOldServer = ArgoVersion.V3_5.convert(wf);   // mutexes: [{name: db}] -> mutex: {name: db}
   * }</pre>
   *
   * @throws LintException listing, with its path, every field the version lacks and that cannot be converted
   *     without a loss (several schedules for v3.5, a template {@code priority} for v4, ...)
   */
  public <T extends Resource> T convert(T manifest) {
    Conversion<T> c = conversion(manifest);
    if (!c.problems().isEmpty()) throw new LintException(c.problems());
    return c.manifest();
  }

  /**
   * Converts as {@link #convert} does, without throwing: what converts is converted, what cannot is left as it
   * was and listed.
   *
   * <pre>{@code
   * ArgoVersion.Conversion<Workflow> c = ArgoVersion.V3_5.conversion(wf);
   * c.problems().forEach(System.err::println);   // error spec.synchronization.mutexes: Argo v3.5 takes one mutex ...
   * }</pre>
   */
  public <T extends Resource> Conversion<T> conversion(T manifest) {
    Objects.requireNonNull(manifest, "manifest");
    return Versions.convert(manifest, this == V3_5);
  }

  /**
   * A converted manifest and what could not be converted (errors, each with its path).
   *
   * @param manifest the converted manifest
   * @param problems the fields the version lacks that were left as they were; empty when all converted
   * @param <T> the manifest's kind
   */
  public record Conversion<T>(T manifest, List<Lint.Problem> problems) {
    /** Copies the problems. */
    public Conversion {
      Objects.requireNonNull(manifest, "manifest");
      problems = List.copyOf(problems);
    }
  }
}
