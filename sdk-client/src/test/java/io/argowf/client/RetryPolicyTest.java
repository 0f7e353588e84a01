package io.argowf.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.client.internal.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  @Test
  void backoffDoublesWithJitterAndIsCapped() {
    RetryPolicy p = RetryPolicy.defaults();
    for (int i = 0; i < 200; i++) {
      assertThat(p.backoff(1)).isBetween(Duration.ofMillis(125), Duration.ofMillis(250));
      assertThat(p.backoff(3)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
      assertThat(p.backoff(40)).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(5));
    }
  }
}
