package io.argowf.dsl;

/**
 * The Argo Workflows version a manifest is written for.
 *
 * <pre>{@code
 * cronWorkflow("nightly").targeting(ArgoVersion.V3_5).schedule("0 2 * * *")...   // writes schedule: "0 2 * * *"
 * }</pre>
 */
public enum ArgoVersion {
  /** Argo v3.5: one {@code schedule}, one {@code mutex}, one {@code semaphore}. */
  V3_5,
  /** Argo v4 (and v3.6+): {@code schedules}, {@code mutexes}, {@code semaphores}; the default. */
  V4
}
