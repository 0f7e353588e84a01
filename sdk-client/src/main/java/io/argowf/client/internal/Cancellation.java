package io.argowf.client.internal;

import okhttp3.Call;

/**
 * Lets another thread cancel a stream at any moment, including while its request is still waiting
 * for the response headers or between reconnects.
 */
public final class Cancellation {
  private volatile boolean cancelled;
  private volatile Call call;

  /** Remembers the call in flight; cancels it at once if cancellation came first. */
  void track(Call current) {
    call = current;
    if (cancelled) {
      current.cancel();
    }
  }

  /** Cancels the call in flight and every later one. */
  public void cancel() {
    cancelled = true;
    Call current = call;
    if (current != null) {
      current.cancel();
    }
  }

  /** True once {@link #cancel()} was called. */
  public boolean isCancelled() {
    return cancelled;
  }
}
