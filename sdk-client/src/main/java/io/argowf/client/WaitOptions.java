package io.argowf.client;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How {@link Workflows#waitFor(String, WaitOptions)} waits: timeout, progress callback, poll interval
 * (used only when watching is impossible). Immutable.
 *
 * <pre>{@code
 * WaitOptions opts = WaitOptions.defaults()
 *     .withTimeout(Duration.ofMinutes(20))
 *     .withProgress(p -> System.out.printf("%s %s running=%d%n", p.phase(), p.progress(), p.running()));
 * }</pre>
 *
 * @param timeout how long to wait at most; {@code null} waits forever
 * @param progress called whenever phase, progress or node counts change (on the waiting thread)
 * @param pollInterval time between reads when falling back to polling
 */
public record WaitOptions(Duration timeout, Consumer<WaitProgress> progress, Duration pollInterval) {
  /** Checks the values. */
  public WaitOptions {
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(pollInterval, "pollInterval");
    if (timeout != null && timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative");
    }
  }

  /** @return no timeout, no callback, polling every 2 s when watching fails */
  public static WaitOptions defaults() {
    return new WaitOptions(null, p -> { }, Duration.ofSeconds(2));
  }

  /**
   * @return a copy with this timeout
   */
  public WaitOptions withTimeout(Duration limit) {
    return new WaitOptions(limit, progress, pollInterval);
  }

  /**
   * @return a copy with this callback
   */
  public WaitOptions withProgress(Consumer<WaitProgress> callback) {
    return new WaitOptions(timeout, callback, pollInterval);
  }

  /**
   * @return a copy with this interval
   */
  public WaitOptions withPollInterval(Duration interval) {
    return new WaitOptions(timeout, progress, interval);
  }
}
