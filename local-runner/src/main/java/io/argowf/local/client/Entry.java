package io.argowf.local.client;

import io.argowf.local.LocalRun;
import io.argowf.model.workflow.Workflow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One workflow of a local backend: its run, and what the backend adds to the run's snapshots (the
 * {@code spec.suspend} and {@code spec.shutdown} the client set, a {@code resourceVersion}, Argo's phase labels).
 */
final class Entry {
  final String namespace;
  final String name;
  final LocalRun run;
  /** Set while a change of the run waits for the dispatcher, so a burst of run events makes one snapshot. */
  final AtomicBoolean dirty = new AtomicBoolean();
  volatile boolean suspended;
  volatile String shutdown;
  /**
   * The last snapshot published (with its resourceVersion), and the same without it (to tell changes); written
   * under the {@link LocalRuns} lock.
   */
  volatile Workflow current;
  volatile Workflow bare;

  Entry(String namespace, String name, LocalRun run, boolean suspended) {
    this.namespace = namespace;
    this.name = name;
    this.run = run;
    this.suspended = suspended;
  }

  String key() {
    return namespace + "/" + name;
  }
}
