package io.argowf.client;

import io.argowf.client.internal.CallDeadline;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowWatchEvent;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows one workflow to its end: reads it once, then watches it (the watch reconnects by itself);
 * if watching fails for a reason other than the workflow or the credentials, polls instead. Every read is
 * bounded by the caller's deadline ({@link CallDeadline}), retry waits included.
 */
final class Waiter {
  private static final Logger LOG = LoggerFactory.getLogger(Waiter.class);

  /** Closes the watch when the deadline passes; one daemon thread for every waiter of the JVM. */
  private static final java.util.concurrent.ScheduledThreadPoolExecutor TIMER = timer();

  private final Workflows workflows;
  private final String name;
  private final WaitOptions options;
  private final long deadline;
  private WaitProgress last;

  Waiter(Workflows workflows, String name, WaitOptions options) {
    this.workflows = workflows;
    this.name = name;
    this.options = options;
    this.deadline = options.timeout() == null ? Long.MAX_VALUE : System.nanoTime() + options.timeout().toNanos();
  }

  Workflow await() {
    Workflow wf = read();
    if (report(wf)) {
      return wf;
    }
    try {
      return viaWatch();
    } catch (UnauthenticatedException | ForbiddenException | NotFoundException | InvalidException e) {
      throw e;
    } catch (ArgoException e) {
      if (remaining() <= 0) {
        throw timedOut();
      }
      LOG.warn("watching workflow {}/{} failed ({}); polling every {} ms instead", workflows.namespace(), name,
          e.getMessage(), options.pollInterval().toMillis());
      return viaPolling();
    }
  }

  private Workflow viaWatch() {
    try (ArgoStream<WorkflowWatchEvent> events = workflows.watch().name(name).open()) {
      ScheduledFuture<?> timer = deadline == Long.MAX_VALUE ? null
          : TIMER.schedule(events::close, Math.max(0, remaining()), TimeUnit.NANOSECONDS);
      try {
        for (WorkflowWatchEvent event : events) {
          if (!isOurs(event.object())) {
            continue; // a server that ignores the field selector: other workflows' events are not ours
          }
          if ("DELETED".equals(event.type())) {
            throw new NotFoundException("workflow " + workflows.namespace() + "/" + name
                + " was deleted while waiting for it", ArgoException.NO_STATUS, ArgoException.NO_GRPC_CODE, "", null);
          }
          Workflow wf = event.object();
          if (wf != null && report(wf)) {
            return wf;
          }
        }
      } finally {
        if (timer != null) {
          timer.cancel(false);
        }
      }
    }
    throw timedOut();
  }

  private Workflow viaPolling() {
    while (true) {
      long left = remaining();
      if (left <= 0) {
        throw timedOut();
      }
      try {
        Thread.sleep(Math.min(options.pollInterval().toMillis(), Math.max(1, TimeUnit.NANOSECONDS.toMillis(left))));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ArgoException("interrupted while waiting for workflow " + name, ArgoException.NO_STATUS, 1, "", e);
      }
      Workflow wf = read();
      if (report(wf)) {
        return wf;
      }
    }
  }

  /** One read, bounded by the deadline: a retry wait (a 429's Retry-After) that would pass it ends the wait. */
  private Workflow read() {
    try {
      return CallDeadline.within(deadline, () -> workflows.get(name));
    } catch (ArgoTimeoutException e) {
      if (deadline == Long.MAX_VALUE) {
        throw e;
      }
      ArgoTimeoutException timedOut = timedOut();
      timedOut.addSuppressed(e);
      throw timedOut;
    }
  }

  private static java.util.concurrent.ScheduledThreadPoolExecutor timer() {
    java.util.concurrent.ScheduledThreadPoolExecutor timer = new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "argowf-wait-timer");
      t.setDaemon(true);
      return t;
    });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  private boolean isOurs(Workflow wf) {
    return wf == null || wf.metadata() == null || wf.metadata().name() == null || name.equals(wf.metadata().name());
  }

  /** Tells the callback about changes; true when the workflow has finished. */
  private boolean report(Workflow wf) {
    WaitProgress now = WaitProgress.of(wf);
    if (!now.sameAs(last)) {
      last = now;
      options.progress().accept(now);
    }
    return now.finished();
  }

  private long remaining() {
    return deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - System.nanoTime();
  }

  private ArgoTimeoutException timedOut() {
    Duration limit = options.timeout();
    return new ArgoTimeoutException("workflow " + workflows.namespace() + "/" + name + " did not finish within "
        + limit + (last == null ? "" : "; last seen: " + last), ArgoException.NO_STATUS, ArgoException.NO_GRPC_CODE,
        "", null);
  }
}
