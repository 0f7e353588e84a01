package io.argowf.client.internal;

import java.util.function.Supplier;

/**
 * A caller's deadline for the calls made on this thread (e.g. the reads of a {@code waitFor} with a timeout): the
 * transport bounds each request by it and refuses a retry wait that would pass it, so a 429 with a long
 * {@code Retry-After} fails at once instead of sleeping past the caller's timeout.
 */
public final class CallDeadline {
  private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

  private CallDeadline() {}

  /**
   * Runs {@code call} with a deadline ({@link System#nanoTime()} based; {@link Long#MAX_VALUE} for none); an outer
   * deadline that comes sooner stays.
   */
  public static <T> T within(long deadlineNanos, Supplier<T> call) {
    Long outer = DEADLINE.get();
    if (deadlineNanos != Long.MAX_VALUE && (outer == null || deadlineNanos - outer < 0)) {
      DEADLINE.set(deadlineNanos);
    }
    try {
      return call.get();
    } finally {
      if (outer == null) {
        DEADLINE.remove();
      } else {
        DEADLINE.set(outer);
      }
    }
  }

  /** @return nanoseconds left until this thread's deadline, or {@link Long#MAX_VALUE} when it has none */
  static long remainingNanos() {
    Long deadline = DEADLINE.get();
    return deadline == null ? Long.MAX_VALUE : deadline - System.nanoTime();
  }
}
