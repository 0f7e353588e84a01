package io.argowf.local.client;

import io.argowf.client.ArgoException;
import io.argowf.client.spi.BackendSupport;
import io.argowf.local.RunEvent;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * The workflows of one local backend (every namespace) and the watches on them. A run's events mark its entry
 * changed; one dispatcher thread then takes a snapshot and, when it differs from the last one, gives it a new
 * {@code resourceVersion} and tells the watches ({@code MODIFIED}). Reads take a fresh snapshot the same way, so
 * what {@code get} returns and what a watch delivers never go back in time.
 */
final class LocalRuns {
  private static final String PHASE_LABEL = "workflows.argoproj.io/phase";
  private static final String COMPLETED_LABEL = "workflows.argoproj.io/completed";

  private final Versions versions;
  private final Map<String, Entry> entries = new TreeMap<>();
  private final List<LocalWatch> watches = new CopyOnWriteArrayList<>();
  private boolean closed;
  private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "argowf-local-client");
    t.setDaemon(true);
    return t;
  });

  LocalRuns(Versions versions) {
    this.versions = versions;
  }

  synchronized boolean contains(String namespace, String name) {
    return entries.containsKey(namespace + "/" + name);
  }

  /** Adds a started run and follows its events. */
  void add(Entry entry) {
    synchronized (this) {
      entries.put(entry.key(), entry);
      publish(entry);
    }
    entry.run.addListener(event -> {
      if (event.kind() != RunEvent.Kind.LOG) {
        changed(entry);
      }
    });
  }

  private void changed(Entry entry) {
    if (entry.dirty.compareAndSet(false, true)) {
      try {
        dispatcher.execute(() -> {
          entry.dirty.set(false);
          synchronized (this) {
            if (entries.get(entry.key()) == entry) {
              publish(entry);
            }
          }
        });
      } catch (RejectedExecutionException closing) {
        // the backend is closing: nobody reads snapshots any more
      }
    }
  }

  /** The entry with a fresh snapshot. */
  synchronized Entry get(String namespace, String name) {
    checkOpen();
    Entry entry = entries.get(namespace + "/" + name);
    if (entry == null) {
      throw BackendSupport.failure("get workflows in " + namespace + " (local)", 404, "NotFound",
          "workflows.argoproj.io \"" + name + "\" not found", null);
    }
    publish(entry);
    return entry;
  }

  /** Fresh snapshots of a namespace's workflows, in name order. */
  synchronized List<Workflow> list(String namespace) {
    checkOpen();
    List<Workflow> out = new ArrayList<>();
    for (Entry entry : entries.values()) {
      if (entry.namespace.equals(namespace)) {
        publish(entry);
        out.add(entry.current);
      }
    }
    return out;
  }

  /** Publishes the entry's state after the client changed it (suspend, shutdown). */
  synchronized Workflow touch(Entry entry) {
    publish(entry);
    return entry.current;
  }

  synchronized void remove(Entry entry) {
    if (entries.remove(entry.key()) == entry) {
      publish(entry);
      Workflow gone = entry.current.withMetadata(entry.current.metadata().withResourceVersion(versions.next()));
      watches.forEach(w -> w.deliver("DELETED", gone));
    }
  }

  /** Registers a watch and gives it the current objects: all as ADDED, or those newer than {@code since}. */
  synchronized void watch(LocalWatch watch, String since) {
    checkOpen();
    for (Entry entry : entries.values()) {
      publish(entry);
      if (since == null || Long.parseLong(entry.current.metadata().resourceVersion()) > version(since)) {
        watch.deliver(since == null ? "ADDED" : "MODIFIED", entry.current);
      }
    }
    watches.add(watch);
  }

  void unwatch(LocalWatch watch) {
    watches.remove(watch);
  }

  private static long version(String since) {
    try {
      return Long.parseLong(since);
    } catch (NumberFormatException e) {
      throw new io.argowf.client.InvalidException("not a resourceVersion of the local backend: " + since,
          400, 3, "", e);
    }
  }

  /** Stops every run; every watch fails with "the local backend was closed", as do later calls. */
  void close() {
    List<Entry> all;
    synchronized (this) {
      closed = true;
      all = new ArrayList<>(entries.values());
    }
    for (Entry entry : all) {
      if (!entry.run.isDone()) {
        entry.run.terminate();
      }
    }
    dispatcher.shutdownNow();
    watches.forEach(LocalWatch::backendClosed);
    watches.clear();
  }

  synchronized void checkOpen() {
    if (closed) {
      throw closed();
    }
  }

  private void publish(Entry entry) {
    Workflow bare = decorate(entry, entry.run.workflow());
    if (bare.equals(entry.bare)) {
      return;
    }
    boolean first = entry.bare == null;
    entry.bare = bare;
    entry.current = bare.withMetadata(bare.metadata().withResourceVersion(versions.next()));
    Workflow event = entry.current;
    watches.forEach(w -> w.deliver(first ? "ADDED" : "MODIFIED", event));
  }

  private static Workflow decorate(Entry entry, Workflow snapshot) {
    WorkflowSpec spec = snapshot.spec() == null ? WorkflowSpec.builder().build() : snapshot.spec();
    spec = spec.withSuspend(entry.suspended ? Boolean.TRUE : null).withShutdown(entry.shutdown);
    ObjectMeta meta = snapshot.metadata();
    WorkflowStatus status = snapshot.status();
    if (status != null && status.phase() != null && !status.phase().isEmpty()) {
      Map<String, String> labels = new LinkedHashMap<>(Listing.labelsOf(meta));
      labels.put(PHASE_LABEL, status.phase());
      boolean done = List.of("Succeeded", "Failed", "Error").contains(status.phase());
      labels.put(COMPLETED_LABEL, Boolean.toString(done));
      meta = meta.withLabels(labels);
    }
    return snapshot.withMetadata(meta).withSpec(spec);
  }

  static ArgoException closed() {
    return new ArgoException("the local backend was closed", ArgoException.NO_STATUS, ArgoException.NO_GRPC_CODE, "",
        null);
  }
}
