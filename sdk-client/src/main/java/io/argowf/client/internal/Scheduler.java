package io.argowf.client.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** One daemon thread for timeouts, made on first use and stopped with the client. */
public final class Scheduler implements AutoCloseable {
  private ScheduledExecutorService executor;

  /** @return the executor, started now if needed */
  public synchronized ScheduledExecutorService get() {
    if (executor == null) {
      executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "argowf-client-timer");
        t.setDaemon(true);
        return t;
      });
    }
    return executor;
  }

  /** Stops the thread, if any. */
  @Override
  public synchronized void close() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
