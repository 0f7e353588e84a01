package io.argowf.client;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A blocking stream of items from argo-server (watch events, log lines, list items). Iterate it once;
 * close it to stop early. {@link #close()} may be called from any thread and unblocks a reader.
 *
 * <pre>{@code
 * try (ArgoStream<WorkflowWatchEvent> events = argo.workflows("argo").watch().open()) {
 *   for (WorkflowWatchEvent e : events) {
 *     System.out.println(e.type() + " " + e.object().metadata().name());
 *   }
 * }
 * }</pre>
 *
 * @param <T> item type
 */
public final class ArgoStream<T> implements Iterable<T>, AutoCloseable {
  private final Iterator<T> items;
  private final Runnable closer;
  private boolean iterated;

  private ArgoStream(Iterator<T> items, Runnable closer) {
    this.items = items;
    this.closer = closer;
  }

  /**
   * A stream over a backend's iterator (for backends and fakes). {@code closer} must be idempotent,
   * safe from any thread, and make a blocked {@code hasNext()} return.
   *
   * <pre>{@code
   * ArgoStream<WorkflowWatchEvent> events = ArgoStream.of(List.of(e1, e2).iterator(), () -> {});
   * }</pre>
   */
  public static <T> ArgoStream<T> of(Iterator<T> items, Runnable closer) {
    return new ArgoStream<>(java.util.Objects.requireNonNull(items, "items"), java.util.Objects.requireNonNull(closer, "closer"));
  }

  /**
   * The items, in order; {@code hasNext()} blocks until one arrives or the stream ends.
   *
   * @return the iterator (only one per stream)
   * @throws IllegalStateException on a second call
   */
  @Override
  public synchronized Iterator<T> iterator() {
    if (iterated) {
      throw new IllegalStateException("an ArgoStream can be iterated only once");
    }
    iterated = true;
    return items;
  }

  /**
   * The items as a sequential {@link Stream}; closing the {@code Stream} closes this.
   *
   * <pre>{@code
   * try (Stream<LogEntry> lines = argo.workflows("argo").logs("wf").lines().stream()) {
   *   lines.map(LogEntry::content).forEach(System.out::println);
   * }
   * }</pre>
   *
   * @return the stream
   */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
  }

  /** Stops the stream and releases its connection; idempotent and safe from any thread. */
  @Override
  public void close() {
    closer.run();
  }
}
