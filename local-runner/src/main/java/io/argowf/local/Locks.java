package io.argowf.local;

import io.argowf.model.workflow.Mutex;
import io.argowf.model.workflow.SemaphoreRef;
import io.argowf.model.workflow.Synchronization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Argo's {@code synchronization} within one run: mutexes by name, semaphores sized by their ConfigMap key (the
 * ConfigMap given to the runner with the workflow). A node waiting for a lock is {@code Pending} with Argo's message.
 */
final class Locks {
  /** Locks a node holds; release gives them back. */
  interface Held {
    void release();
  }

  private final Catalog catalog;
  private final Map<String, Semaphore> byName = new ConcurrentHashMap<>();

  Locks(Catalog catalog) {
    this.catalog = catalog;
  }

  Held acquire(Synchronization sync, Ctx ctx, RunState run) {
    if (sync == null) return () -> { };
    List<String> names = new ArrayList<>();
    List<Integer> limits = new ArrayList<>();
    collect(sync, names, limits, run.identity.namespace());
    List<Semaphore> taken = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Semaphore s = semaphore(names.get(i), limits.get(i));
      if (!s.tryAcquire()) {
        run.phase(ctx.node(), Phases.PENDING, "Waiting for " + names.get(i) + " lock. Lock status: 0/"
            + limits.get(i));
        try {
          s.acquire();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          taken.forEach(Semaphore::release);
          throw new IllegalStateException("interrupted while waiting for " + names.get(i));
        }
      }
      taken.add(s);
    }
    return () -> taken.forEach(Semaphore::release);
  }

  @SuppressWarnings("deprecation")
  private void collect(Synchronization sync, List<String> names, List<Integer> limits, String ns) {
    List<Mutex> mutexes = new ArrayList<>();
    if (sync.mutex() != null) mutexes.add(sync.mutex());
    if (sync.mutexes() != null) mutexes.addAll(sync.mutexes());
    for (Mutex m : mutexes) {
      names.add(ns + "/Mutex/" + m.name());
      limits.add(1);
    }
    List<SemaphoreRef> sems = new ArrayList<>();
    if (sync.semaphore() != null) sems.add(sync.semaphore());
    if (sync.semaphores() != null) sems.addAll(sync.semaphores());
    for (SemaphoreRef s : sems) {
      var ref = s.configMapKeyRef();
      names.add(ns + "/ConfigMap/" + ref.name() + "/" + ref.key());
      limits.add(Integer.parseInt(catalog.configMapValue(ref.name(), ref.key()).trim()));
    }
  }

  private Semaphore semaphore(String name, int limit) {
    return byName.computeIfAbsent(name, n -> new Semaphore(Math.max(1, limit), true));
  }
}
