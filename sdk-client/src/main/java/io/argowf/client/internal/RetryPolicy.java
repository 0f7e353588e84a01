package io.argowf.client.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Bounded retries with exponential backoff and equal jitter: retry {@code n} waits between half and
 * all of {@code min(max, initial * 2^(n-1))}. A server's {@code Retry-After} replaces the backoff,
 * unless it asks for longer than {@code maxRetryAfter}, in which case the client gives up at once.
 *
 * @param maxRetries retries after the first attempt (0 disables retries)
 * @param initialBackoff backoff before the first retry
 * @param maxBackoff upper bound of one backoff
 * @param maxRetryAfter longest {@code Retry-After} the client is willing to wait
 * @param sleeper how the client waits (replaced in tests)
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter,
    Sleeper sleeper) {

  /** Waits; {@link Thread#sleep} in production. */
  @FunctionalInterface
  public interface Sleeper {
    /** Sleeps for {@code d}; throws when interrupted. */
    void sleep(Duration d) throws InterruptedException;

    /** The real thing. */
    Sleeper THREAD = d -> Thread.sleep(d.toMillis());
  }

  /** The defaults: 3 retries, 250 ms doubling up to 5 s, Retry-After honoured up to 60 s. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(3, Duration.ofMillis(250), Duration.ofSeconds(5), Duration.ofSeconds(60), Sleeper.THREAD);
  }

  /** @return the jittered backoff before retry number {@code retry} (1-based) */
  public Duration backoff(int retry) {
    long initial = Math.max(1, initialBackoff.toMillis());
    long cap = Math.max(initial, maxBackoff.toMillis());
    long exp = retry >= 31 ? cap : Math.min(cap, initial << Math.max(0, retry - 1));
    long half = exp / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(exp - half + 1));
  }
}
