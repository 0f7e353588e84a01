package io.argowf.local.client;

import java.util.concurrent.atomic.AtomicLong;

/** The {@code resourceVersion}s of one local backend: one counter for every object, as etcd's revision is. */
final class Versions {
  private final AtomicLong last = new AtomicLong();

  String next() {
    return Long.toString(last.incrementAndGet());
  }
}
